package io.benchwarden.runner.command;

import java.io.PrintWriter;

import io.benchwarden.runner.host.CpuGovernor;
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

    @Option(names = "--quiet", description = "Do not print progress on stderr.")
    boolean quiet;

    public String file() {
        return file;
    }

    public int benchCpu() {
        return benchCpu;
    }

    /** Records the bench CPU's governor and warns on stderr unless it is 'performance'. */
    String checkGovernor(PrintWriter err) {
        String governor = CpuGovernor.of(benchCpu);
        String warning = CpuGovernor.warningFor(benchCpu, governor);
        if (warning != null) {
            err.println(warning);
        }
        return governor;
    }
}
