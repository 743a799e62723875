package io.benchwarden.hosted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's filters for hosted comparison, applied in this order to each row:
 * <ol>
 * <li>a row that reports {@code error_occurred} is excluded ({@code benchmark_error});</li>
 * <li>when the report has aggregate rows, only {@code mean} aggregates go on: median, stddev, cv and plain
 * repetitions are {@code not_mean_aggregate}. When it has none, the plain repetitions of each run name are averaged
 * (unweighted, as Google Benchmark's own mean aggregate is) into one mean row;</li>
 * <li>a mean whose real_time is below {@value #MIN_MEAN_REAL_TIME_NS} ns after converting its time_unit is
 * {@code below_50ns}: that short, shared-runner jitter dominates;</li>
 * <li>a series whose run name matches none of the focus patterns is {@code not_in_focus}.</li>
 * </ol>
 */
public final class HostedFilter {

    public static final double MIN_MEAN_REAL_TIME_NS = 50.0;

    private HostedFilter() {
    }

    public static FilterResult apply(BenchmarkReport report, FocusPatterns focus) {
        List<ComparedRow> compared = new ArrayList<>();
        List<ExcludedRow> excluded = new ArrayList<>();
        List<Candidate> means = means(report, excluded);
        int inFocusBelowFloor = 0;
        for (Candidate candidate : means) {
            if (candidate.realTimeNs() < MIN_MEAN_REAL_TIME_NS) {
                excluded.add(new ExcludedRow(candidate.name(), ExclusionReason.BELOW_50NS, candidate.realTimeNs()));
                inFocusBelowFloor += focus.includes(candidate.series()) ? 1 : 0;
            }
            else if (!focus.includes(candidate.series())) {
                excluded.add(new ExcludedRow(candidate.name(), ExclusionReason.NOT_IN_FOCUS, candidate.realTimeNs()));
            }
            else {
                compared.add(new ComparedRow(candidate.series(), candidate.realTimeNs(), candidate.cpuTimeNs()));
            }
        }
        return new FilterResult(compared, excluded, warnings(compared, means.size(), inFocusBelowFloor));
    }

    /** Why nothing was compared, in words, when nothing was; the reference filter fails its job then. */
    private static List<String> warnings(List<ComparedRow> compared, int means, int inFocusBelowFloor) {
        if (!compared.isEmpty()) {
            return List.of();
        }
        if (means == 0) {
            return List.of("nothing was compared: the report has no mean rows (every row failed or is not a mean)");
        }
        if (inFocusBelowFloor > 0) {
            return List.of("nothing was compared: every focus-matching series (" + inFocusBelowFloor + ") is under "
                    + (int) MIN_MEAN_REAL_TIME_NS + " ns, too short to compare on shared runners");
        }
        return List.of("nothing was compared: no series of the report matches the focus patterns");
    }

    /** The mean row of each series, recording the rows that cannot be one. */
    private static List<Candidate> means(BenchmarkReport report, List<ExcludedRow> excluded) {
        boolean aggregates = report.hasAggregates();
        List<Candidate> means = new ArrayList<>();
        Map<String, List<BenchmarkRow>> repetitions = new LinkedHashMap<>();
        for (BenchmarkRow row : report.rows()) {
            if (row.errorOccurred()) {
                excluded.add(new ExcludedRow(row.name(), ExclusionReason.BENCHMARK_ERROR, row.realTimeNs()));
            }
            else if (aggregates && !row.isMeanAggregate()) {
                excluded.add(new ExcludedRow(row.name(), ExclusionReason.NOT_MEAN_AGGREGATE, row.realTimeNs()));
            }
            else if (aggregates) {
                means.add(new Candidate(row.name(), row.runName(), row.realTimeNs(), row.cpuTimeNs()));
            }
            else {
                repetitions.computeIfAbsent(row.runName(), name -> new ArrayList<>()).add(row);
            }
        }
        repetitions.forEach((runName, rows) -> means.add(new Candidate(runName, runName,
                rows.stream().mapToDouble(BenchmarkRow::realTimeNs).average().orElseThrow(),
                rows.stream().mapToDouble(BenchmarkRow::cpuTimeNs).average().orElseThrow())));
        return means;
    }

    private record Candidate(String name, String series, double realTimeNs, double cpuTimeNs) {
    }
}
