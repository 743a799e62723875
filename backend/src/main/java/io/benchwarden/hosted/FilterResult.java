package io.benchwarden.hosted;

import java.util.List;

/**
 * What {@link HostedFilter} keeps for comparison and what it leaves out, both in report order, and why the outcome
 * deserves a reader's attention: a filter that leaves nothing to compare is never silently green.
 */
public record FilterResult(List<ComparedRow> compared, List<ExcludedRow> excluded, List<String> warnings) {

    public FilterResult {
        compared = List.copyOf(compared);
        excluded = List.copyOf(excluded);
        warnings = List.copyOf(warnings);
    }
}
