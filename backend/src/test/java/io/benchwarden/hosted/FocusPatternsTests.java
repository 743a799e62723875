package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.Problem;

class FocusPatternsTests {

    @Test
    void shouldIgnoreBlankLinesAndCommentsAndTrimEachLine() {
        FocusPatterns focus = parse("# high-signal families\n\n  ^BM_ParsePolicy$  \r\n^BM_DenyEntriesLookup/\n");

        assertThat(focus.patterns()).extracting(Object::toString)
                .containsExactly("^BM_ParsePolicy$", "^BM_DenyEntriesLookup/");
    }

    @Test
    void shouldMatchAPatternFoundAnywhereInTheSeriesName() {
        FocusPatterns focus = parse("DenyEntries\n^BM_ParsePolicy$");

        assertThat(focus.includes("BM_DenyEntriesLookup/100")).isTrue();
        assertThat(focus.includes("BM_ParsePolicy")).isTrue();
        assertThat(focus.includes("BM_ParsePolicyFull")).isFalse();
        assertThat(focus.includes("BM_JsonEscape")).isFalse();
    }

    @Test
    void shouldIncludeEverySeriesWhenThereAreNoPatterns() {
        assertThat(parse("# nothing yet\n\n").includes("BM_Anything")).isTrue();
        assertThat(FocusPatterns.ALL.includes("BM_Anything")).isTrue();
    }

    @Test
    void shouldReportEachInvalidPatternWithItsLineNumber() {
        Parsed<FocusPatterns> parsed = FocusPatterns.parse("^BM_A$\n# ok\n^BM_(B\n[z-a]\n");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problems()).extracting(Problem::artifact).containsOnly("benchmark_focus_patterns.txt");
        assertThat(parsed.problems()).extracting(Problem::field).containsExactly("line 3", "line 4");
        assertThat(parsed.problems().get(0).message())
                .startsWith("is not a valid regular expression: Unclosed group").endsWith("in \"^BM_(B\"");
    }

    @Test
    void shouldRejectPatternsLongerThan512Characters() {
        Parsed<FocusPatterns> parsed = FocusPatterns.parse("a".repeat(513));

        assertThat(parsed.problems()).containsExactly(new Problem("benchmark_focus_patterns.txt", "line 1",
                "is 513 characters long; a pattern may have at most 512"));
    }

    static FocusPatterns parse(String text) {
        Parsed<FocusPatterns> parsed = FocusPatterns.parse(text);
        assertThat(parsed.problems()).isEmpty();
        return parsed.value().orElseThrow();
    }
}
