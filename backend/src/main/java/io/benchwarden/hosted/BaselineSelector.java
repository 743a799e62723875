package io.benchwarden.hosted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Chooses the baseline a hosted run is compared against. The rule:
 * <ol>
 * <li>candidates are hosted runs on the project's default branch whose commit differs from the current run's
 * commit and whose {@code started_at} is strictly earlier than the current run's;</li>
 * <li>they are ordered newest first by {@code started_at}, ties broken by the higher run id (the later upload);</li>
 * <li>the newest {@code window} of them are taken (default 1, which is simply the newest run);</li>
 * <li>each series' baseline is the median of its values over those runs that have it; a series none of them has
 * gets no baseline and its current value is {@code new}.</li>
 * </ol>
 * A larger window smooths a single noisy baseline run at the cost of reacting later to a real shift.
 */
public final class BaselineSelector {

    public static final int DEFAULT_WINDOW = 1;

    private BaselineSelector() {
    }

    /** @param runIds the runs the baseline was taken from, newest first; empty when no run qualifies */
    public record Baseline(List<Long> runIds, Map<String, Double> seriesNs) {

        public Baseline {
            runIds = List.copyOf(runIds);
            seriesNs = Map.copyOf(seriesNs);
        }
    }

    public static Baseline select(List<HostedRunValues> candidates, String defaultBranch, String currentCommit,
            Instant currentStartedAt, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("baseline window must be at least 1 run, got " + window);
        }
        List<HostedRunValues> chosen = candidates.stream()
                .filter(run -> run.branch().equals(defaultBranch))
                .filter(run -> !run.commit().equals(currentCommit))
                .filter(run -> run.startedAt().isBefore(currentStartedAt))
                .sorted(Comparator.comparing(HostedRunValues::startedAt).thenComparingLong(HostedRunValues::runId)
                        .reversed())
                .limit(window)
                .toList();
        Map<String, List<Double>> valuesBySeries = new TreeMap<>();
        chosen.forEach(run -> run.seriesNs().forEach(
                (series, value) -> valuesBySeries.computeIfAbsent(series, key -> new ArrayList<>()).add(value)));
        Map<String, Double> medians = new TreeMap<>();
        valuesBySeries.forEach((series, values) -> medians.put(series,
                new Median().evaluate(values.stream().mapToDouble(Double::doubleValue).toArray())));
        return new Baseline(chosen.stream().map(HostedRunValues::runId).toList(), medians);
    }
}
