package io.benchwarden.hosted;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.alert.AlertRecorder;
import io.benchwarden.project.Project;
import io.benchwarden.run.RunMetadata;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a hosted Google Benchmark run with its comparison against the baseline, in one transaction: the spec's
 * filters (mean aggregates only, nothing under 50 ns, focus patterns), the baseline rule of
 * {@link BaselineSelector}, the project's threshold, and an advisory alert per regressed series.
 */
@Service
public class HostedRunRecorder {

    private final HostedRunStore store;
    private final AlertRecorder alerts;

    HostedRunRecorder(HostedRunStore store, AlertRecorder alerts) {
        this.store = store;
        this.alerts = alerts;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<HostedRunStore.StoredKey> findByKey(long projectId, String key) {
        return store.findByKey(projectId, key);
    }

    @Transactional
    public long record(Project project, RunMetadata metadata, byte[] content, BenchmarkReport report, String key,
            String fingerprint) {
        HostedPolicy policy = HostedPolicy.of(project);
        FilterResult filtered = HostedFilter.apply(report, policy.focus());
        Instant startedAt = metadata.startedAt() != null ? metadata.startedAt() : Instant.now();
        BaselineSelector.Baseline baseline = BaselineSelector.select(
                store.baselineCandidates(project.getId(), policy.defaultBranch(), metadata.commit(), startedAt,
                        policy.baselineWindow()),
                policy.defaultBranch(), metadata.commit(), startedAt, policy.baselineWindow());
        List<SeriesVerdict> verdicts = new HostedComparison(policy.threshold())
                .compare(filtered.compared(), baseline.seriesNs());
        long runId = store.insertRun(new HostedRunStore.NewRun(project.getId(), metadata.branch(), metadata.commit(),
                metadata.ciRunId(), startedAt, key, fingerprint,
                baseline.runIds(), policy.threshold(), content, filtered.warnings()));
        Map<String, ComparedRow> rows = filtered.compared().stream()
                .collect(Collectors.toMap(ComparedRow::series, Function.identity()));
        for (SeriesVerdict verdict : verdicts) {
            store.insertSeries(runId, verdict, rows.get(verdict.series()).cpuTimeNs());
            if (verdict.outcome() == HostedOutcome.ALERT) {
                alerts.open(new AlertRecorder.NewAlert(project.getId(), AlertKind.HOSTED, runId, metadata.branch(),
                        metadata.commit(), verdict.series(), String.format(Locale.ROOT,
                                "%s is %.2fx its baseline (%.1f ns vs %.1f ns; threshold %.2fx)", verdict.series(),
                                verdict.ratio(), verdict.currentNs(), verdict.baselineNs(), 1 + policy.threshold())));
            }
        }
        filtered.excluded().forEach(row -> store.insertExclusion(runId, row));
        return runId;
    }
}
