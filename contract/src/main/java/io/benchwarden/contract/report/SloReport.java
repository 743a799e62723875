package io.benchwarden.contract.report;

import java.util.Locale;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictVerdict;

/** {@code perf-slo-report.md}: the canonical SLO gate as one Markdown table, then the overall verdict. */
public final class SloReport {

    private SloReport() {
    }

    public static String render(StrictVerdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append("# Perf SLO Gate\n\n");
        out.append("| Scenario | Metric | Value | Budget | Unit | Status | Evidence |\n");
        out.append("|---|---|---:|---:|---|---|---|\n");
        for (GateRow row : verdict.rows()) {
            out.append("| ").append(row.scenario())
                    .append(" | ").append(row.metric())
                    .append(" | ").append(value(row.value(), row.unit()))
                    .append(" | ").append(row.comparator()).append(' ').append(value(row.budget(), row.unit()))
                    .append(" | ").append(row.unit())
                    .append(" | ").append(row.pass() ? "PASS" : "FAIL")
                    .append(" | ").append(row.evidence())
                    .append(" |\n");
        }
        out.append('\n');
        out.append("Gate: **").append(verdict.pass() ? "PASS" : "FAIL").append("** (")
                .append(verdict.failedRows().size()).append(" of ").append(verdict.rows().size())
                .append(" rows failed)\n");
        return out.toString();
    }

    /** Ratios get four decimals (the budget is 1.05), percentages and microseconds two, counts none. */
    public static String value(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "ratio" -> Decimals.fixed(value, 4);
            case "count", "kib" -> Decimals.fixed(value, 0);
            default -> Decimals.fixed(value, 2);
        };
    }
}
