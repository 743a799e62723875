package io.benchwarden.demo;

import static io.benchwarden.contract.Rounding.round2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.report.CanonicalReports;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Artifacts in exactly the shapes the runner writes, for the demo history: the host files are a real perf host's,
 * the numbers follow a story (noise around a level, a cost the agent adds) with a seeded random source, so every
 * start produces the same history. The crash test and the ingest benchmark upload them too.
 */
public final class DemoArtifacts {

    /** The limits the reference workflow writes into its comparisons, as the demo's artifacts carry them. */
    private static final double WORKLOAD = BudgetDefaults.WORKLOAD_DELTA_PCT;

    private final Random random;

    public DemoArtifacts(long seed) {
        this.random = new Random(seed);
    }

    /** @param agentCost with-agent cost as a factor of baseline (1.0 = free), applied to latency and us_per_op */
    public Map<String, byte[]> strictRun(double agentCost) {
        Map<String, byte[]> artifacts = new LinkedHashMap<>();
        double openBase = jitter(5.60, 0.02);
        double connectBase = jitter(34.0, 0.03);
        artifacts.put(ArtifactNames.OPEN_BASELINE, profile(200000, openBase, false, true));
        artifacts.put(ArtifactNames.OPEN_WITH_AGENT, profile(200000, openBase * agentCost * jitter(1.0, 0.01), true, true));
        artifacts.put(ArtifactNames.CONNECT_BASELINE, profile(50000, connectBase, false, false));
        artifacts.put(ArtifactNames.CONNECT_WITH_AGENT, profile(50000, connectBase * jitter(1.0, 0.01), true, false));
        double compareBase = jitter(5.55, 0.01);
        artifacts.put(ArtifactNames.OPEN_COMPARE, json(comparison(null, compareBase,
                compareBase * agentCost * jitter(1.0, 0.01), BudgetDefaults.OPEN_DELTA_PCT)));
        ObjectNode suite = StrictJson.mapper().createObjectNode();
        ArrayNode rows = suite.putArray("benchmarks");
        rows.add(comparison("open_close", jitter(5.61, 0.01), 5.61 * agentCost * jitter(1.0, 0.015), WORKLOAD));
        rows.add(comparison("connect_loopback", jitter(34.2, 0.02), 34.2 * jitter(1.0, 0.02), WORKLOAD));
        rows.add(comparison("full_read", jitter(16.3, 0.01), 16.3 * jitter(1.01, 0.01), WORKLOAD));
        rows.add(comparison("stat_walk", jitter(3.71, 0.01), 3.71 * (1 + (agentCost - 1) / 2) * jitter(1.0, 0.01), WORKLOAD));
        artifacts.put(ArtifactNames.WORKLOAD_SUITE, json(suite));
        for (String host : new String[] { ArtifactNames.KERNEL_INFO, ArtifactNames.OS_RELEASE, ArtifactNames.CPU_INFO,
                ArtifactNames.FS_TYPE }) {
            artifacts.put(host, resource(host));
        }
        // A complete run carries the contract's three reports, as the runner writes them beside its measurements.
        ValidationOutcome checked = BundleValidator.validate(artifacts);
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException("the demo generator drew an invalid run: " + checked.problems());
        }
        CanonicalReports.forMeasurements(checked.bundle(), GateBudgets.defaults())
                .forEach((name, text) -> artifacts.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return artifacts;
    }

    /** The hosted example with each named mean row scaled, plus a little run-to-run noise everywhere. */
    public byte[] hostedRun(Map<String, Double> factors) {
        ObjectNode root = (ObjectNode) StrictJson.mapper().readTree(resource("benchmark.json"));
        root.get("benchmarks").values().forEach(row -> {
            double factor = factors.getOrDefault(row.get("run_name").stringValue(), 1.0) * jitter(1.0, 0.02);
            ((ObjectNode) row).put("real_time", row.get("real_time").doubleValue() * factor);
            ((ObjectNode) row).put("cpu_time", row.get("cpu_time").doubleValue() * factor);
        });
        return StrictJson.mapper().writeValueAsBytes(root);
    }

    private byte[] profile(long iterations, double usPerOp, boolean withAgent, boolean open) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        double p50 = usPerOp * 0.93;
        node.put("iterations", iterations);
        node.put("seconds", io.benchwarden.contract.Rounding.round(usPerOp * iterations / 1e6, 6));
        node.put("us_per_op", round2(usPerOp));
        double p95 = round2(p50 * jitter(1.12, 0.01));
        node.put("p50_us", round2(p50));
        node.put("p95_us", p95);
        // A Gaussian draw has no floor: without one, one seed in a few hundred puts p99 under p95 (seed 244).
        node.put("p99_us", Math.max(p95, round2(p50 * jitter(1.45, 0.05))));
        if (open) {
            node.put("file", "/etc/hosts");
        }
        else {
            node.put("host", "127.0.0.1");
            node.put("port", 9);
        }
        node.put("with_agent", withAgent);
        return json(node);
    }

    private static ObjectNode comparison(String name, double baseline, double withAgent, double maxPct) {
        ObjectNode node = StrictJson.mapper().createObjectNode();
        double b = round2(baseline);
        double w = round2(withAgent);
        double pct = (w - b) / b * 100;
        if (name != null) {
            node.put("name", name);
        }
        node.put("baseline_us_per_op", b);
        node.put("with_agent_us_per_op", w);
        node.put("delta_us_per_op", round2(w - b));
        node.put("delta_pct", round2(pct));
        node.put("max_allowed_pct", maxPct);
        node.put("pass", pct <= maxPct);
        return node;
    }

    private double jitter(double value, double relative) {
        return value * (1 + relative * random.nextGaussian());
    }

    private static byte[] json(ObjectNode node) {
        return StrictJson.mapper().writeValueAsBytes(node);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoArtifacts.class.getResourceAsStream("/demo/" + name)) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
