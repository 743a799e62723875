package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import io.benchwarden.runner.RunnerMain;
import picocli.CommandLine;

/** Runs the CLI in-process with a given environment and captures its writers. */
final class CommandRunner {

    /**
     * Small and quick: enough samples for every percentile, short settle for idle stand-in agents, and no floor under
     * a pass's operations, so the totals are these.
     */
    static final Map<String, String> SMALL = Map.ofEntries(Map.entry("ITERATIONS", "200"),
            Map.entry("OPEN_ITERATIONS", "600"), Map.entry("CONNECT_ITERATIONS", "300"), Map.entry("READ_ITERATIONS", "300"),
            Map.entry("STAT_SAMPLE", "20"), Map.entry("STAT_ITERATIONS", "3"), Map.entry("MIN_PASS_OPERATIONS", "1"),
            Map.entry("WARMUP", "50"), Map.entry("AGENT_SETTLE_MS", "100"), Map.entry("AGENT_CMD", "sleep 1000"),
            Map.entry("PAUSE_MS", "10"));

    private CommandRunner() {
    }

    static Result run(Map<String, String> environment, String... args) {
        CommandLine commandLine = RunnerMain.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    static Map<String, String> small(String... overrides) {
        Map<String, String> environment = new HashMap<>(SMALL);
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            environment.put(overrides[i], overrides[i + 1]);
        }
        return environment;
    }

    record Result(int exitCode, String out, String err) {
    }
}
