package io.benchwarden.hosted;

import java.util.List;

/** What {@link HostedFilter} keeps for comparison and what it leaves out, both in report order. */
public record FilterResult(List<ComparedRow> compared, List<ExcludedRow> excluded) {

    public FilterResult {
        compared = List.copyOf(compared);
        excluded = List.copyOf(excluded);
    }
}
