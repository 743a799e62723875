package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.time.Duration;

import io.benchwarden.runner.bench.Timing;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.host.CpuGovernor;
import io.benchwarden.runner.nativeio.NativeTiming;
import picocli.CommandLine.Option;

/** Where and how the benches run: the reference scripts' FILE, HOST and PORT plus pinning and warm-up. */
public final class BenchOptions {

    @Option(names = "--file", descriptionKey = "FILE", defaultValue = "/etc/hosts", paramLabel = "PATH",
            description = "The file the open and read benches open (env FILE). Default: ${DEFAULT-VALUE}.")
    String file;

    @Option(names = "--host", descriptionKey = "HOST", defaultValue = "127.0.0.1",
            description = "The IPv4 address the connect bench connects its UDP sockets to (env HOST). Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", descriptionKey = "PORT", defaultValue = "9",
            description = "The UDP port the connect bench connects to (env PORT). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bench-cpu", descriptionKey = "BENCH_CPU", defaultValue = "0", paramLabel = "CPU",
            description = "The CPU the benchmark thread is pinned to, like taskset -c (env BENCH_CPU). Default: ${DEFAULT-VALUE}.")
    int benchCpu;

    @Option(names = "--warmup", descriptionKey = "WARMUP", defaultValue = "1024", paramLabel = "OPS",
            description = "How many untimed operations run before each timed loop (env WARMUP). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--timing", descriptionKey = "TIMING", defaultValue = "native_loop",
            paramLabel = "native_loop|jna_calls",
            description = "How each operation is timed: native_loop runs the timed loop in the runner's small C library "
                    + "(one JNA call per loop), jna_calls times every libc call from Java through JNA; native_loop falls "
                    + "back to jna_calls with a warning when the library cannot be loaded (env TIMING). Default: ${DEFAULT-VALUE}.")
    String timing;

    @Option(names = "--pause-ms", descriptionKey = "PAUSE_MS", defaultValue = "100", paramLabel = "MS",
            description = "Quiet time before every timed pass, baseline and with-agent alike, so that no pass starts in the "
                    + "wake of starting or stopping the agent (env PAUSE_MS). Default: ${DEFAULT-VALUE}.")
    long pauseMillis;

    @Option(names = "--progress", descriptionKey = "PROGRESS", defaultValue = "auto", paramLabel = "auto|tty|plain|none",
            description = "How progress is shown on stderr: tty redraws one line, plain prints a line at each round's end "
                    + "and at least every 10 s (for CI logs), none prints nothing; auto is tty when stderr is a terminal, "
                    + "else plain (env PROGRESS). Default: ${DEFAULT-VALUE}.")
    Progress.Mode progress;

    @Option(names = "--quiet", description = "The same as --progress=none.")
    boolean quiet;

    @Option(names = "--governor-ok", descriptionKey = "GOVERNOR_OK", defaultValue = "false", paramLabel = "true|false",
            arity = "0..1", fallbackValue = "true",
            description = "Acknowledges that the bench CPU's scaling governor is not 'performance' (a host that exposes "
                    + "none, a VM): the governor is still recorded in the profiles, but no warning is printed (env "
                    + "GOVERNOR_OK). Default: ${DEFAULT-VALUE}.")
    boolean governorOk;

    public String file() {
        return file;
    }

    public int benchCpu() {
        return benchCpu;
    }

    /** The timing that will be used: the requested one, or jna_calls when the native library is missing. */
    Timing timing() {
        return Timing.effective(Timing.parse(timing));
    }

    Duration pause() {
        return Duration.ofMillis(pauseMillis);
    }

    /** Resolves the timing and warns on stderr when the native loop was asked for but cannot be loaded. */
    Timing checkTiming(PrintWriter err) {
        Timing requested = Timing.parse(timing);
        Timing effective = Timing.effective(requested);
        if (effective != requested) {
            err.println("warning: the native timing loop (lib" + NativeTiming.LIBRARY + ".so) cannot be loaded ("
                    + NativeTiming.loadFailure().orElse("unknown reason") + "); timing each call through JNA instead, "
                    + "which adds about 0.7 us per open_close operation. The profiles say \"timing\":\"jna_calls\".");
        }
        return effective;
    }

    /** Progress on stderr as --progress (or --quiet) asks; close it when the command is done. */
    Progress progress(PrintWriter err) {
        return Progress.of(err, quiet ? Progress.Mode.NONE : progress);
    }

    /** Records the bench CPU's governor and warns on stderr unless it is 'performance' or acknowledged. */
    String checkGovernor(PrintWriter err) {
        String governor = CpuGovernor.of(benchCpu);
        String warning = CpuGovernor.warningFor(benchCpu, governor);
        if (warning != null && !governorOk) {
            err.println(warning);
        }
        return governor;
    }
}
