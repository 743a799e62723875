package io.benchwarden.contract.report;

import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code perf-slo-summary.json} with the reference gate's keys — {@code gate_pass}, {@code rows[]} with
 * {@code scenario}, {@code metric}, {@code result}, {@code budget}, {@code unit}, {@code status} (PASS/FAIL),
 * {@code evidence}, then {@code violations} and {@code input_errors} — so the reference's tools read it. Benchwarden's
 * additions are more keys after those: per row {@code comparator}, {@code budget_source}, and {@code confidence}
 * ({@code certain}, {@code inconclusive}, or null without rounds) with its {@code interval}; at the top the
 * {@code schema} ({@value #SCHEMA} version {@value #SCHEMA_VERSION}) and the {@code budgets} applied. Values are
 * unrounded, as the reference writes them; the Markdown report is where rounding for people happens.
 */
public final class SloSummary {

    public static final String SCHEMA = "benchwarden.perf-slo-summary";
    public static final int SCHEMA_VERSION = 2;

    private SloSummary() {
    }

    public static ObjectNode toJson(StrictVerdict verdict, GateBudgets budgets) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("gate_pass", verdict.pass());
        ArrayNode rows = root.putArray("rows");
        for (GateRow row : verdict.rows()) {
            ObjectNode node = rows.addObject();
            node.put("scenario", row.scenario());
            node.put("metric", row.metric());
            node.put("result", row.value());
            node.put("budget", row.budget());
            node.put("unit", row.unit());
            node.put("status", SloReport.status(row));
            node.put("evidence", row.evidence());
            node.put("comparator", row.comparator());
            node.put("budget_source", row.budgetSource());
            if (row.interval() == null) {
                node.putNull("confidence");
                node.putNull("interval");
            }
            else {
                node.put("confidence", row.interval().confidence());
                node.putObject("interval").put("low", row.interval().low()).put("high", row.interval().high())
                        .put("level", row.interval().level()).put("rounds", row.interval().rounds());
            }
        }
        ArrayNode violations = root.putArray("violations");
        SloReport.violations(verdict).forEach(violations::add);
        root.putArray("input_errors");
        root.put("schema", SCHEMA);
        root.put("schema_version", SCHEMA_VERSION);
        ObjectNode budgetNode = root.putObject("budgets");
        budgetNode.put("source", budgets.source());
        budgetNode.put("max_open_p95_ratio", budgets.maxOpenP95Ratio());
        budgetNode.put("max_connect_p95_ratio", budgets.maxConnectP95Ratio());
        budgetNode.put("max_open_delta_pct", budgets.maxOpenDeltaPct());
        budgetNode.put("max_open_p95_overhead_pct", budgets.maxOpenP95OverheadPct());
        budgetNode.put("max_connect_p95_overhead_pct", budgets.maxConnectP95OverheadPct());
        budgetNode.put("max_workload_delta_pct", budgets.maxWorkloadDeltaPct());
        budgetNode.put("max_workload_failed_rows", budgets.maxWorkloadFailedRows());
        budgetNode.put("max_soak_rss_growth_mb", budgets.maxSoakRssGrowthMb());
        budgetNode.put("max_soak_ringbuf_drop_rate_pct", budgets.maxSoakRingbufDropRatePct());
        return root;
    }

    /** Compact, like the reference writes it, with the newline a text file ends with. */
    public static String render(StrictVerdict verdict, GateBudgets budgets) {
        return StrictJson.mapper().writeValueAsString(toJson(verdict, budgets)) + "\n";
    }

    /**
     * The verdict an uploaded gate file claims: the reference summary's {@code gate_pass}, the canonical baseline's
     * {@code gate.pass}, or the {@code pass} of this service's first summary schema. Empty when it states none.
     */
    public static Optional<Claim> claim(JsonNode summary) {
        for (String pointer : List.of("/gate_pass", "/gate/pass", "/pass")) {
            JsonNode claim = summary.at(pointer);
            if (claim.isBoolean()) {
                return Optional.of(new Claim(pointer, claim.booleanValue()));
            }
        }
        return Optional.empty();
    }

    /** A verdict an uploaded file states, and where in it. */
    public record Claim(String pointer, boolean pass) {
    }
}
