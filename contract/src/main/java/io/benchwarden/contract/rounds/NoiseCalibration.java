package io.benchwarden.contract.rounds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code noise_calibration.json}: the host's A/A noise floor as the runner's {@code calibrate} measured it, with an
 * idle process standing in for the agent. It travels with a run's artifacts.
 *
 * @param gateP95Ratio the budget the p95 spreads count false fails against
 * @param iterationsPerRound operations per round and side, by workload name
 * @param openUsPerOp the open compare's us_per_op ratio, counted against the open compare's budget; may be null
 * @param falseFails A/A runs in which either p95 ratio was over {@code gateP95Ratio}
 * @param runsRoundsP95Us every run's per-round p95s, by workload name, so another statistic can be judged on the
 *     same measurements
 */
public record NoiseCalibration(int runs, int roundsPerRun, String estimator, String idleCommand, String timing,
        String cpuGovernor, double gateP95Ratio, Map<String, Integer> iterationsPerRound, Spread openP95,
        Spread connectP95, Spread openUsPerOp, long falseFails, List<Map<String, Sides>> runsRoundsP95Us) {

    public static final String SCHEMA = "benchwarden.noise-calibration";
    public static final int SCHEMA_VERSION = 1;

    /**
     * How far one ratio strayed over the A/A runs.
     *
     * @param falseFails runs whose ratio was over the budget it is counted against
     */
    public record Spread(double median, double min, double max, double iqr, long falseFails, List<Double> ratios) {

        public Spread {
            ratios = List.copyOf(ratios);
        }

        void writeTo(ObjectNode node) {
            node.put("median", median);
            node.put("min", min);
            node.put("max", max);
            node.put("iqr", iqr);
            node.put("false_fails", falseFails);
            ArrayNode all = node.putArray("ratios");
            ratios.forEach(all::add);
        }

        static Spread read(JsonNode node) {
            return new Spread(JsonValues.number(node, "median"), JsonValues.number(node, "min"),
                    JsonValues.number(node, "max"), JsonValues.number(node, "iqr"),
                    JsonValues.integer(node, "false_fails"), JsonValues.numbers(node.path("ratios")));
        }
    }

    /** One workload's per-round p95s of one run, baseline and with-agent, in the order they ran. */
    public record Sides(List<Double> baseline, List<Double> withAgent) {

        public Sides {
            baseline = List.copyOf(baseline);
            withAgent = List.copyOf(withAgent);
        }
    }

    public NoiseCalibration {
        iterationsPerRound = Collections.unmodifiableMap(new LinkedHashMap<>(iterationsPerRound));
        runsRoundsP95Us = List.copyOf(runsRoundsP95Us);
    }

    public String toJson() {
        ObjectNode json = StrictJson.mapper().createObjectNode();
        json.put("schema", SCHEMA);
        json.put("schema_version", SCHEMA_VERSION);
        json.put("runs", runs);
        json.put("rounds_per_run", roundsPerRun);
        json.put("estimator", estimator);
        json.put("idle_command", idleCommand);
        json.put("timing", timing);
        json.put("cpu_governor", cpuGovernor);
        json.put("gate_p95_ratio", gateP95Ratio);
        ObjectNode iterations = json.putObject("iterations_per_round");
        iterationsPerRound.forEach(iterations::put);
        openP95.writeTo(json.putObject("open_p95_ratio"));
        connectP95.writeTo(json.putObject("connect_p95_ratio"));
        if (openUsPerOp != null) {
            openUsPerOp.writeTo(json.putObject("open_us_per_op_ratio"));
        }
        json.put("false_fails", falseFails);
        ArrayNode perRun = json.putArray("runs_rounds_p95_us");
        for (Map<String, Sides> run : runsRoundsP95Us) {
            ObjectNode workloads = perRun.addObject();
            run.forEach((workload, sides) -> {
                ObjectNode node = workloads.putObject(workload);
                sides.baseline().forEach(node.putArray("baseline")::add);
                sides.withAgent().forEach(node.putArray("with_agent")::add);
            });
        }
        return StrictJson.mapper().writeValueAsString(json) + "\n";
    }

    /** Present when the bytes are a calibration with its run count and both p95 spreads. */
    public static Optional<NoiseCalibration> read(byte[] artifact) {
        return StrictJson.object(ArtifactNames.NOISE_CALIBRATION, artifact, new ArrayList<>())
                .filter(json -> json.path("runs").isIntegralNumber() && json.path("open_p95_ratio").isObject()
                        && json.path("connect_p95_ratio").isObject())
                .map(NoiseCalibration::read);
    }

    private static NoiseCalibration read(JsonNode json) {
        double gate = JsonValues.number(json, "gate_p95_ratio");
        Map<String, Integer> iterations = new LinkedHashMap<>();
        json.path("iterations_per_round").properties().forEach(entry -> {
            if (entry.getValue().isIntegralNumber()) {
                iterations.put(entry.getKey(), entry.getValue().intValue());
            }
        });
        JsonNode usPerOp = json.path("open_us_per_op_ratio");
        List<Map<String, Sides>> perRun = new ArrayList<>();
        for (JsonNode run : json.path("runs_rounds_p95_us")) {
            Map<String, Sides> workloads = new LinkedHashMap<>();
            run.properties().forEach(entry -> workloads.put(entry.getKey(),
                    new Sides(JsonValues.numbers(entry.getValue().path("baseline")),
                            JsonValues.numbers(entry.getValue().path("with_agent")))));
            perRun.add(workloads);
        }
        return new NoiseCalibration(json.get("runs").intValue(), (int) JsonValues.integer(json, "rounds_per_run"),
                JsonValues.text(json, "estimator"), JsonValues.text(json, "idle_command"), JsonValues.text(json, "timing"),
                JsonValues.text(json, "cpu_governor"), Double.isNaN(gate) ? BudgetDefaults.KPI_P95_RATIO : gate,
                iterations, Spread.read(json.get("open_p95_ratio")), Spread.read(json.get("connect_p95_ratio")),
                usPerOp.isObject() ? Spread.read(usPerOp) : null, JsonValues.integer(json, "false_fails"), perRun);
    }
}
