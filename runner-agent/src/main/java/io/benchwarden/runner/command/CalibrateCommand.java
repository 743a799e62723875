package io.benchwarden.runner.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.Rounding;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.gate.Kpi;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.bench.Timing;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.rounds.InterleavedSession;
import io.benchwarden.runner.rounds.RoundStatistics;
import io.benchwarden.runner.rounds.SessionPlan;
import io.benchwarden.runner.rounds.WorkloadRounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measures the host's noise floor: repeats an A/A run (the agent replaced by an idle process) and "
                + "reports the spread of the open and connect p95 ratios and how many runs would have failed the 1.05 gate. "
                + "Writes noise_calibration.json into the output directory so it travels with the run's artifacts.")
final class CalibrateCommand extends BaseCommand {

    @Mixin
    BenchOptions bench;

    @Mixin
    AgentOptions agent;

    @Mixin
    WorkloadOptions workloads;

    @Option(names = "--runs", descriptionKey = "CALIBRATION_RUNS", defaultValue = "20", paramLabel = "N",
            description = "How many A/A runs are measured (env CALIBRATION_RUNS). Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--idle-cmd", defaultValue = "sleep infinity", paramLabel = "COMMAND",
            description = "The idle process that stands in for the agent. Default: ${DEFAULT-VALUE}.")
    String idleCommand;

    @Option(names = "--out", defaultValue = "artifacts/perf", paramLabel = "DIR",
            description = "The directory noise_calibration.json is written to. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    /** The open compare's default budget as a ratio. */
    static final double OPEN_COMPARE_DEFAULT_RATIO = 1 + BudgetDefaults.OPEN_DELTA_PCT / 100;

    @Override
    protected int execute() {
        if (runs < 1) {
            throw new InvalidInputException("--runs must be at least 1, got " + runs);
        }
        String governor = bench.checkGovernor(err());
        Timing timing = bench.checkTiming(err());
        SessionPlan plan = workloads.plan(bench, agent.spec(idleCommand, bench.benchCpu),
                EnumSet.of(WorkloadKind.OPEN_CLOSE, WorkloadKind.CONNECT_LOOPBACK));
        double gate = BudgetDefaults.KPI_P95_RATIO;
        List<Double> open = new ArrayList<>();
        List<Double> connect = new ArrayList<>();
        List<Double> openUsPerOp = new ArrayList<>();
        int falseFails = 0;
        ArrayNode perRun = StrictJson.mapper().createArrayNode();
        for (int run = 1; run <= runs; run++) {
            Map<WorkloadKind, WorkloadRounds> results = new InterleavedSession(plan,
                    Progress.forTerminal(err(), bench.quiet)).run();
            double openRatio = ratio(results.get(WorkloadKind.OPEN_CLOSE));
            double connectRatio = ratio(results.get(WorkloadKind.CONNECT_LOOPBACK));
            WorkloadRounds openRounds = results.get(WorkloadKind.OPEN_CLOSE);
            double usPerOpRatio = Kpi.ratio(openRounds.baselineSummary().usPerOp(), openRounds.withAgentSummary().usPerOp());
            perRun.add(roundsOf(results));
            open.add(openRatio);
            connect.add(connectRatio);
            openUsPerOp.add(usPerOpRatio);
            boolean failed = openRatio > gate || connectRatio > gate;
            falseFails += failed ? 1 : 0;
            out().printf(Locale.ROOT, "run %d/%d: open_p95_ratio=%.4f connect_p95_ratio=%.4f open_us_per_op_ratio=%.4f %s%n",
                    run, runs, openRatio, connectRatio, usPerOpRatio, failed ? "FALSE FAIL" : "ok");
        }
        ObjectNode json = StrictJson.mapper().createObjectNode();
        json.put("schema", "benchwarden.noise-calibration");
        json.put("schema_version", 1);
        json.put("runs", runs);
        json.put("rounds_per_run", plan.rounds());
        json.put("estimator", RoundStatistics.ESTIMATOR);
        json.put("idle_command", idleCommand);
        json.put("timing", timing.label());
        json.put("cpu_governor", governor);
        json.put("gate_p95_ratio", gate);
        ObjectNode iterations = json.putObject("iterations_per_round");
        plan.iterationsPerRound().forEach((kind, count) -> iterations.put(kind.artifactName(), count));
        spread(json.putObject("open_p95_ratio"), open, gate);
        spread(json.putObject("connect_p95_ratio"), connect, gate);
        // Not part of the p95 gate: how far the open compare's us_per_op moves between identical sides, counted
        // against its default 10 % budget, so the noise of the us_per_op rows is known too.
        spread(json.putObject("open_us_per_op_ratio"), openUsPerOp, OPEN_COMPARE_DEFAULT_RATIO);
        json.put("false_fails", falseFails);
        // Every run's per-round p95s, so another statistic over rounds can be judged on the same measurements.
        json.set("runs_rounds_p95_us", perRun);
        ArtifactFiles.write(outDir.resolve(ArtifactNames.NOISE_CALIBRATION), ArtifactFiles.compact(json) + "\n");
        out().printf(Locale.ROOT, "false fails: %d of %d A/A runs against %.2f; written to %s%n", falseFails, runs, gate,
                outDir.resolve(ArtifactNames.NOISE_CALIBRATION));
        return ExitCodes.OK;
    }

    private static ObjectNode roundsOf(Map<WorkloadKind, WorkloadRounds> results) {
        ObjectNode run = StrictJson.mapper().createObjectNode();
        results.forEach((kind, rounds) -> {
            ObjectNode sides = run.putObject(kind.artifactName());
            ArrayNode baseline = sides.putArray("baseline");
            rounds.baseline().forEach(round -> baseline.add(round.p95Us()));
            ArrayNode withAgent = sides.putArray("with_agent");
            rounds.withAgent().forEach(round -> withAgent.add(round.p95Us()));
        });
        return run;
    }

    private static double ratio(WorkloadRounds rounds) {
        return Kpi.ratio(rounds.baselineSummary().p95Us(), rounds.withAgentSummary().p95Us());
    }

    private static void spread(ObjectNode node, List<Double> ratios, double gate) {
        double[] values = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        node.put("median", Rounding.round(RoundStatistics.median(values), 4));
        node.put("min", Rounding.round(ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0), 4));
        node.put("max", Rounding.round(ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0), 4));
        node.put("iqr", Rounding.round(RoundStatistics.iqr(values), 4));
        node.put("false_fails", ratios.stream().filter(ratio -> ratio > gate).count());
        ArrayNode all = node.putArray("ratios");
        ratios.forEach(ratio -> all.add(Rounding.round(ratio, 4)));
    }
}
