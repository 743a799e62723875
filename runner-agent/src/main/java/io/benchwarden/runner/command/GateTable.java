package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictGate;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.rounds.Certainty;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.rounds.WorkloadRounds;

/**
 * The strict gate's table as {@code run} prints it: each row's value against its budget and its status, and beside
 * each row the runner has rounds for, the 95 % interval of its ratio and whether that is certain or inconclusive
 * against the row's budget.
 */
final class GateTable {

    private GateTable() {
    }

    static void print(PrintWriter out, StrictVerdict verdict, Map<WorkloadKind, WorkloadRounds> results) {
        for (GateRow row : verdict.rows()) {
            String confidence = interval(row, results).map(judged -> String.format(Locale.ROOT, "  %s (95 %% interval %.4f-%.4f)",
                    judged.certainty().label(), judged.interval().low(), judged.interval().high())).orElse("");
            out.printf(Locale.ROOT, "%-24s %-20s %12.4f %s %-10s %s%s%n", row.scenario(), row.metric(), row.value(),
                    row.comparator(), trim(row.budget()), row.status(), confidence);
        }
    }

    record Judged(RatioInterval interval, Certainty certainty) {
    }

    /**
     * The interval behind a row and its certainty against the row's budget as a ratio; empty for rows that are not
     * a with-agent over baseline ratio measured in rounds (the artifact contract, soak rows).
     */
    static Optional<Judged> interval(GateRow row, Map<WorkloadKind, WorkloadRounds> results) {
        return switch (row.metric()) {
            case "p95_ratio" -> p95(row.scenario(), results).map(interval -> judged(interval, row.budget()));
            case "p95_overhead_pct" -> p95(row.scenario(), results)
                    .map(interval -> judged(interval, 1 + row.budget() / 100));
            case "delta_pct" -> usPerOp(row.scenario(), results).map(interval -> judged(interval, 1 + row.budget() / 100));
            default -> Optional.empty();
        };
    }

    private static Judged judged(RatioInterval interval, double budget) {
        return new Judged(interval, Certainty.of(interval, budget));
    }

    private static Optional<RatioInterval> p95(String scenario, Map<WorkloadKind, WorkloadRounds> results) {
        WorkloadKind kind = scenario.equals(StrictGate.AUDIT_MODE_OPEN) ? WorkloadKind.OPEN_CLOSE
                : scenario.equals(StrictGate.AUDIT_MODE_CONNECT) ? WorkloadKind.CONNECT_LOOPBACK : null;
        return Optional.ofNullable(kind).map(results::get).map(WorkloadRounds::p95Ratio);
    }

    /** The open compare's row (named either way the gate has named it) or a workload row. */
    private static Optional<RatioInterval> usPerOp(String scenario, Map<WorkloadKind, WorkloadRounds> results) {
        if (scenario.equals(Comparison.OPEN_COMPARE_NAME) || scenario.equals(StrictGate.AUDIT_MODE_OPEN)) {
            return Optional.ofNullable(results.get(WorkloadKind.OPEN_COMPARE)).map(WorkloadRounds::usPerOpRatio);
        }
        return results.values().stream().filter(rounds -> scenario.equals("workload_" + rounds.kind().artifactName()))
                .findFirst().map(WorkloadRounds::usPerOpRatio);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
