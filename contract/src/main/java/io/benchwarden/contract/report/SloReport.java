package io.benchwarden.contract.report;

import static io.benchwarden.contract.report.Decimals.fixed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictVerdict;

/**
 * {@code perf-slo-report.md} in the reference gate's layout: {@code ## Canonical SLO Table} (every value to four
 * decimals with its unit, as the reference prints it), {@code ## Budget Violations}, {@code ## Gate Result}. A
 * minimum (Benchwarden's soak decision volume) is marked {@code >=} in its budget cell; a budget that came from an
 * artifact's own stricter limit is listed under {@code ## Budget Sources}; each row's interval and confidence, where
 * the runner measured one, under {@code ## Confidence}.
 */
public final class SloReport {

    private SloReport() {
    }

    public static String render(StrictVerdict verdict) {
        List<String> lines = new ArrayList<>(List.of("# Perf SLO Gate Report", "", "## Canonical SLO Table",
                "| Scenario | Metric | Result | Budget | Status | Evidence |", "|---|---|---:|---:|---|---|"));
        for (GateRow row : verdict.rows()) {
            String budget = (row.comparator().equals(GateRow.AT_LEAST) ? ">= " : "") + fixed(row.budget(), 4) + row.unit();
            lines.add("| `" + row.scenario() + "` | `" + row.metric() + "` | `" + fixed(row.value(), 4) + row.unit()
                    + "` | `" + budget + "` | `" + status(row) + "` | `" + row.evidence() + "` |");
        }
        List<String> violations = violations(verdict);
        if (!violations.isEmpty()) {
            lines.add("");
            lines.add("## Budget Violations");
            violations.forEach(violation -> lines.add("- " + violation));
        }
        List<GateRow> fromArtifacts = verdict.rows().stream().filter(row -> row.budgetSource().contains("stricter than"))
                .toList();
        if (!fromArtifacts.isEmpty()) {
            lines.add("");
            lines.add("## Budget Sources");
            fromArtifacts.forEach(row -> lines.add("- " + row.scenario() + "." + row.metric() + ": " + row.budgetSource()));
        }
        lines.add("");
        lines.add("## Confidence");
        List<GateRow> measured = verdict.rows().stream().filter(row -> row.interval() != null).toList();
        if (measured.isEmpty()) {
            lines.add("Each side was measured in one pass, so no row has an interval.");
        }
        measured.forEach(row -> lines.add("- " + row.scenario() + "." + row.metric() + ": " + row.interval().confidence()
                + " (" + fixed(row.interval().level() * 100, 0) + " % interval " + fixed(row.interval().low(), 4)
                + row.unit() + " to " + fixed(row.interval().high(), 4) + row.unit() + " over "
                + row.interval().rounds() + " rounds)"));
        lines.addAll(List.of("", "## Gate Result", "`" + (verdict.pass() ? "PASS" : "FAIL") + "`", ""));
        return String.join("\n", lines);
    }

    /** The reference's wording: {@code audit_mode_open.delta_pct=32.8600% exceeded budget 10.0000%}. */
    public static List<String> violations(StrictVerdict verdict) {
        return verdict.failedRows().stream().map(row -> row.scenario() + "." + row.metric() + "=" + fixed(row.value(), 4)
                + row.unit() + (row.comparator().equals(GateRow.AT_LEAST) ? " fell short of budget " : " exceeded budget ")
                + fixed(row.budget(), 4) + row.unit()).toList();
    }

    static String status(GateRow row) {
        return row.pass() ? "PASS" : "FAIL";
    }

    /** A value for people: ratios with four decimals (the budget is 1.05), percentages two, counts none. */
    public static String value(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "x" -> fixed(value, 4);
            case "" -> fixed(value, 0);
            default -> fixed(value, 2);
        };
    }
}
