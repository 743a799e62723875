package io.benchwarden.runner.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.Rounding;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.gate.Kpi;
import io.benchwarden.contract.rounds.NoiseCalibration;
import io.benchwarden.contract.rounds.ProfileRounds;
import io.benchwarden.contract.rounds.RoundFigures;
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

@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measures the host's noise floor: repeats an A/A run (the agent replaced by an idle process) and "
                + "reports the spread of the open and connect p95 ratios and how many runs would have failed the KPI gate ("
                + BudgetDefaults.KPI_P95_RATIO + "). "
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
        List<Map<String, NoiseCalibration.Sides>> perRun = new ArrayList<>();
        try (Progress progress = bench.progress(err())) {
            for (int run = 1; run <= runs; run++) {
                Map<WorkloadKind, WorkloadRounds> results = new InterleavedSession(plan, progress).run();
                double openRatio = ratio(results.get(WorkloadKind.OPEN_CLOSE));
                double connectRatio = ratio(results.get(WorkloadKind.CONNECT_LOOPBACK));
                WorkloadRounds openRounds = results.get(WorkloadKind.OPEN_CLOSE);
                double usPerOpRatio = Kpi.ratio(openRounds.baselineSummary().usPerOp(),
                        openRounds.withAgentSummary().usPerOp());
                perRun.add(roundsOf(results));
                open.add(openRatio);
                connect.add(connectRatio);
                openUsPerOp.add(usPerOpRatio);
                boolean failed = openRatio > gate || connectRatio > gate;
                falseFails += failed ? 1 : 0;
                out().printf(Locale.ROOT, "run %d/%d: open_p95_ratio=%.4f connect_p95_ratio=%.4f open_us_per_op_ratio=%.4f %s%n",
                        run, runs, openRatio, connectRatio, usPerOpRatio, failed ? "FALSE FAIL" : "ok");
                out().flush();
            }
        }
        Map<String, Integer> iterations = new LinkedHashMap<>();
        plan.iterationsPerRound().forEach((kind, count) -> iterations.put(kind.artifactName(), count));
        // The us_per_op spread is not part of the p95 gate: how far the open compare's figure moves between identical
        // sides, counted against the open compare's default budget, so the noise of the us_per_op rows is known too.
        NoiseCalibration calibration = new NoiseCalibration(runs, plan.rounds(), ProfileRounds.PAIRED_MEDIAN_OF_ROUNDS,
                idleCommand, timing.label(), governor, gate, iterations, spread(open, gate), spread(connect, gate),
                spread(openUsPerOp, OPEN_COMPARE_DEFAULT_RATIO), falseFails, perRun);
        ArtifactFiles.write(outDir.resolve(ArtifactNames.NOISE_CALIBRATION), calibration.toJson());
        out().printf(Locale.ROOT, "false fails: %d of %d A/A runs against %.2f; written to %s%n", falseFails, runs, gate,
                outDir.resolve(ArtifactNames.NOISE_CALIBRATION));
        return ExitCodes.OK;
    }

    private static Map<String, NoiseCalibration.Sides> roundsOf(Map<WorkloadKind, WorkloadRounds> results) {
        Map<String, NoiseCalibration.Sides> run = new LinkedHashMap<>();
        results.forEach((kind, rounds) -> run.put(kind.artifactName(), new NoiseCalibration.Sides(
                rounds.baseline().stream().map(RoundFigures::p95Us).toList(),
                rounds.withAgent().stream().map(RoundFigures::p95Us).toList())));
        return run;
    }

    private static double ratio(WorkloadRounds rounds) {
        return Kpi.ratio(rounds.baselineSummary().p95Us(), rounds.withAgentSummary().p95Us());
    }

    private static NoiseCalibration.Spread spread(List<Double> ratios, double gate) {
        double[] values = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        return new NoiseCalibration.Spread(Rounding.round(RoundStatistics.median(values), 4),
                Rounding.round(Arrays.stream(values).min().orElse(Double.NaN), 4),
                Rounding.round(Arrays.stream(values).max().orElse(Double.NaN), 4),
                Rounding.round(RoundStatistics.iqr(values), 4), ratios.stream().filter(ratio -> ratio > gate).count(),
                ratios.stream().map(ratio -> Rounding.round(ratio, 4)).toList());
    }
}
