package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
                .isEqualTo("is not a valid RE2 regular expression: missing closing ) at `^BM_(B` in \"^BM_(B\"");
        assertThat(parsed.problems().get(1).message())
                .isEqualTo("is not a valid RE2 regular expression: invalid character class range at `z-a` in \"[z-a]\"");
    }

    @Test
    void shouldMatchInLinearTimeWhereABacktrackingEngineTakesSeconds() {
        FocusPatterns focus = parse("(.*a){12}$");
        String name = "a".repeat(25) + "!";

        long started = System.nanoTime();
        boolean included = focus.includes(name);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(name).hasSize(26);
        assertThat(included).isFalse();
        assertThat(elapsedMs).as("java.util.regex took 4.2 s on this").isLessThan(1000);
        assertThat(focus.includes("a".repeat(26))).isTrue();
    }

    @Test
    void shouldRefuseLookaroundAndBackreferencesSayingWhy() {
        Parsed<FocusPatterns> parsed = FocusPatterns.parse("^BM_(?=Parse)\n(?<!x)BM_\n^(BM)_\\1\n^BM_(?!Json)\n");

        assertThat(parsed.problems()).extracting(Problem::field).containsExactly("line 1", "line 2", "line 3", "line 4");
        assertThat(parsed.problems().get(0).message()).isEqualTo("uses lookaround ((?=, (?!, (?<=, (?<!), which RE2, "
                + "the linear-time syntax of focus patterns, does not support in \"^BM_(?=Parse)\"");
        assertThat(parsed.problems().get(1).message()).startsWith("uses lookaround");
        assertThat(parsed.problems().get(2).message()).isEqualTo("uses a backreference (\\1, \\k<name>), which RE2, "
                + "the linear-time syntax of focus patterns, does not support in \"^(BM)_\\1\"");
        assertThat(parsed.problems().get(3).message()).startsWith("uses lookaround");
    }

    @Test
    void shouldRefuseANulByteOrOtherControlCharacterEvenInAComment() {
        Parsed<FocusPatterns> parsed = FocusPatterns.parse("^BM_A$\n# note\u0000\n^BM_\u0007B\n\t^BM_C\t\n");

        assertThat(parsed.problems()).containsExactly(
                new Problem("benchmark_focus_patterns.txt", "line 2",
                        "contains the control character U+0000 at character 7; control characters are not allowed"),
                new Problem("benchmark_focus_patterns.txt", "line 3",
                        "contains the control character U+0007 at character 5; control characters are not allowed"));
    }

    @Test
    void shouldRefuseATextLargerThanAnyPatternListNeeds() {
        Parsed<FocusPatterns> parsed = FocusPatterns.parse("#".repeat(FocusPatterns.MAX_TEXT_LENGTH + 1));

        assertThat(parsed.problems()).containsExactly(new Problem("benchmark_focus_patterns.txt", "",
                "is 512001 characters long; at most 512000 are accepted"));
    }

    /** The agent project's own file uses (?:...) and character classes; RE2 must decide each name as before. */
    @Test
    void shouldCompileTheAgentsFocusFileAndMatchExactlyAsTheBacktrackingEngineDid() throws Exception {
        String text;
        try (var in = FocusPatternsTests.class.getResourceAsStream("/examples/hosted/benchmark_focus_patterns.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        FocusPatterns focus = parse(text);
        List<java.util.regex.Pattern> before = text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(java.util.regex.Pattern::compile).toList();
        List<String> names = List.of("BM_DenyEntriesLookup/100", "BM_DenyEntriesLookup/10000", "BM_JsonEscape",
                "BM_ParsePolicy", "BM_PathKeyHash", "BM_Sha256Long/64", "BM_Sha256Long", "XBM_Sha256Long/1",
                "BM_DenyEntriesInsert/512", "BM_DenyEntriesInsert", "BM_ParseIpv6", "BM_ParseIpv6Full",
                "BM_ParseIpv6Ful", "BM_ParseIpv6Fuller", "BM_ParseCidrV4", "BM_ParseCidrV6", "BM_ParseCidrV5",
                "BM_ParseCidrV46", "BM_InodeToString", "BM_InodeToString/8", "BM_ProtocolName", "bm_protocolname",
                "BM_DirectionName", "BM_DirectionName_mean");

        assertThat(focus.patterns()).hasSize(8);
        assertThat(names).filteredOn(focus::includes).containsExactly("BM_DenyEntriesLookup/100",
                "BM_DenyEntriesLookup/10000", "BM_Sha256Long/64", "BM_DenyEntriesInsert/512", "BM_ParseIpv6",
                "BM_ParseIpv6Full", "BM_ParseCidrV4", "BM_ParseCidrV6", "BM_InodeToString", "BM_ProtocolName",
                "BM_DirectionName");
        assertThat(names).allSatisfy(name -> assertThat(focus.includes(name)).as(name)
                .isEqualTo(before.stream().anyMatch(pattern -> pattern.matcher(name).find())));
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
