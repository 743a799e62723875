package io.benchwarden.contract.report;

import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code perf-slo-summary.json}, schema {@value #SCHEMA} version {@value #SCHEMA_VERSION} (documented in
 * docs/SCHEMAS.md). Values are unrounded; the Markdown report is where rounding for people happens.
 */
public final class SloSummary {

    public static final String SCHEMA = "benchwarden.perf-slo-summary";
    public static final int SCHEMA_VERSION = 1;

    private SloSummary() {
    }

    public static ObjectNode toJson(StrictVerdict verdict, GateBudgets budgets) {
        ObjectNode root = StrictJson.mapper().createObjectNode();
        root.put("schema", SCHEMA);
        root.put("schema_version", SCHEMA_VERSION);
        root.put("pass", verdict.pass());
        ArrayNode failed = root.putArray("failed_rows");
        verdict.failedRows().forEach(row -> failed.add(row.scenario() + "/" + row.metric()));
        ObjectNode budgetNode = root.putObject("budgets");
        budgetNode.put("max_open_p95_ratio", budgets.maxOpenP95Ratio());
        budgetNode.put("max_connect_p95_ratio", budgets.maxConnectP95Ratio());
        putNullable(budgetNode, "open_compare_max_pct", budgets.openCompareMaxPct());
        putNullable(budgetNode, "workload_max_pct", budgets.workloadMaxPct());
        putNullable(budgetNode, "soak_max_drop_ratio_pct", budgets.soakMaxDropRatioPct());
        ArrayNode rows = root.putArray("rows");
        for (GateRow row : verdict.rows()) {
            ObjectNode node = rows.addObject();
            node.put("scenario", row.scenario());
            node.put("metric", row.metric());
            node.put("value", row.value());
            node.put("budget", row.budget());
            node.put("comparator", row.comparator());
            node.put("unit", row.unit());
            node.put("status", row.status());
            node.put("evidence", row.evidence());
        }
        return root;
    }

    public static String render(StrictVerdict verdict, GateBudgets budgets) {
        return StrictJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(verdict, budgets)) + "\n";
    }

    /**
     * The verdict an uploaded summary claims: our own {@code pass}, or the reference canonical format's
     * {@code gate.pass}. Empty when the summary states none.
     */
    public static java.util.Optional<Boolean> claimedPass(JsonNode summary) {
        if (summary.path("pass").isBoolean()) {
            return java.util.Optional.of(summary.get("pass").booleanValue());
        }
        if (summary.path("gate").path("pass").isBoolean()) {
            return java.util.Optional.of(summary.get("gate").get("pass").booleanValue());
        }
        return java.util.Optional.empty();
    }

    private static void putNullable(ObjectNode node, String key, Double value) {
        if (value == null) {
            node.putNull(key);
        }
        else {
            node.put(key, value);
        }
    }
}
