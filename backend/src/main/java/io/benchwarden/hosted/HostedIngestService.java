package io.benchwarden.hosted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.benchwarden.alert.AlertKind;
import io.benchwarden.alert.AlertRecorder;
import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;
import io.benchwarden.run.RunMetadata;
import io.benchwarden.run.ingest.Fingerprints;
import io.benchwarden.system.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a hosted Google Benchmark run with its comparison against the baseline, in one transaction: the spec's
 * filters (mean aggregates only, nothing under 50 ns, focus patterns), the baseline rule of
 * {@link BaselineSelector}, the project's threshold, and an advisory alert per regressed series.
 */
@Service
public class HostedIngestService {

    public static final String ARTIFACT = GoogleBenchmarkParser.ARTIFACT;

    private final HostedRunStore store;
    private final AlertRecorder alerts;

    HostedIngestService(HostedRunStore store, AlertRecorder alerts) {
        this.store = store;
        this.alerts = alerts;
    }

    public record Prepared(RunMetadata metadata, byte[] content, BenchmarkReport report, String key,
            String fingerprint) {
    }

    public record Outcome(long runId, boolean created) {
    }

    /** Validation of everything but the project's own settings; throws 422 with every problem found. */
    public static Prepared prepare(RunMetadata metadata, byte[] content, List<Problem> formProblems) {
        List<Problem> problems = new ArrayList<>(formProblems);
        if (metadata.commit() == null) {
            problems.add(new Problem("form", "commit", "is required for hosted runs (triage is per commit)"));
        }
        if (metadata.branch() == null) {
            problems.add(new Problem("form", "branch", "is required for hosted runs (the baseline is per branch)"));
        }
        BenchmarkReport report = null;
        if (content == null) {
            problems.add(new Problem(ARTIFACT, "", "is missing: send it as the benchmark.json part or as the JSON body"));
        }
        else {
            Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(content);
            problems.addAll(parsed.problems());
            report = parsed.value().orElse(null);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String fingerprint = Fingerprints.fingerprint(Fingerprints.bundle(Map.of(ARTIFACT, content)), metadata);
        return new Prepared(metadata, content, report, Fingerprints.key(metadata, fingerprint), fingerprint);
    }

    @Transactional
    public Outcome store(Project project, Prepared prepared) {
        var existing = store.findByKey(project.getId(), prepared.key());
        if (existing.isPresent()) {
            return repeat(existing.get(), prepared);
        }
        Parsed<FocusPatterns> focus = FocusPatterns.parse(project.getFocusPatterns());
        FilterResult filtered = HostedFilter.apply(prepared.report(), focus.value().orElse(FocusPatterns.ALL));
        RunMetadata metadata = prepared.metadata();
        Instant startedAt = metadata.startedAt() != null ? metadata.startedAt() : Instant.now();
        BaselineSelector.Baseline baseline = BaselineSelector.select(
                store.baselineCandidates(project.getId(), project.getDefaultBranch(), metadata.commit(), startedAt,
                        project.getHostedBaselineWindow()),
                project.getDefaultBranch(), metadata.commit(), startedAt, project.getHostedBaselineWindow());
        List<SeriesVerdict> verdicts = new HostedComparison(project.getHostedThreshold())
                .compare(filtered.compared(), baseline.seriesNs());
        long runId = store.insertRun(new HostedRunStore.NewRun(project.getId(), metadata.branch(), metadata.commit(),
                metadata.ciRunId(), startedAt, prepared.key(), prepared.fingerprint(),
                baseline.runIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
                project.getHostedThreshold(), prepared.content()));
        Map<String, ComparedRow> rows = filtered.compared().stream()
                .collect(Collectors.toMap(ComparedRow::series, Function.identity()));
        for (SeriesVerdict verdict : verdicts) {
            store.insertSeries(runId, verdict, rows.get(verdict.series()).cpuTimeNs());
            if (verdict.outcome() == HostedOutcome.ALERT) {
                alerts.open(new AlertRecorder.NewAlert(project.getId(), AlertKind.HOSTED, runId, metadata.branch(),
                        metadata.commit(), verdict.series(), String.format(Locale.ROOT,
                                "%s is %.2fx its baseline (%.1f ns vs %.1f ns; threshold %.2fx)", verdict.series(),
                                verdict.ratio(), verdict.currentNs(), verdict.baselineNs(),
                                1 + project.getHostedThreshold())));
            }
        }
        filtered.excluded().forEach(row -> store.insertExclusion(runId, row));
        return new Outcome(runId, true);
    }

    /** After losing a race on the unique key: the run that won is the answer (empty: no run holds the key). */
    @Transactional(readOnly = true)
    public java.util.Optional<Outcome> existing(Project project, Prepared prepared) {
        return store.findByKey(project.getId(), prepared.key()).map(found -> repeat(found, prepared));
    }

    private static Outcome repeat(HostedRunStore.StoredKey stored, Prepared prepared) {
        if (!stored.fingerprint().equals(prepared.fingerprint())) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "hosted run " + stored.id()
                    + " was already uploaded with this key but different content or metadata; nothing was stored");
        }
        return new Outcome(stored.id(), false);
    }
}
