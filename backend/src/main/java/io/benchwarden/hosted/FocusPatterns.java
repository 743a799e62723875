package io.benchwarden.hosted;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.benchwarden.contract.Problem;

/**
 * The project's high-signal benchmark families, in the format of {@code config/benchmark_focus_patterns.txt}: one
 * regular expression a line, blank lines and {@code #} comments ignored, surrounding whitespace trimmed. A series is
 * in focus when any pattern is found somewhere in its name ({@link java.util.regex.Matcher#find()}, so anchor with
 * {@code ^}/{@code $} where needed). No patterns means every series is in focus.
 */
public record FocusPatterns(List<Pattern> patterns) {

    public static final String ARTIFACT = "benchmark_focus_patterns.txt";
    public static final int MAX_LINE_LENGTH = 512;
    public static final int MAX_PATTERNS = 500;
    public static final FocusPatterns ALL = new FocusPatterns(List.of());

    public FocusPatterns {
        patterns = List.copyOf(patterns);
    }

    public static Parsed<FocusPatterns> parse(String text) {
        List<Problem> problems = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String field = "line " + (i + 1);
            if (line.length() > MAX_LINE_LENGTH) {
                problems.add(new Problem(ARTIFACT, field,
                        "is " + line.length() + " characters long; a pattern may have at most " + MAX_LINE_LENGTH));
                continue;
            }
            try {
                patterns.add(Pattern.compile(line));
            }
            catch (PatternSyntaxException ex) {
                problems.add(new Problem(ARTIFACT, field, "is not a valid regular expression: "
                        + ex.getDescription() + " near index " + ex.getIndex() + " in \"" + line + "\""));
            }
        }
        if (patterns.size() > MAX_PATTERNS) {
            problems.add(new Problem(ARTIFACT, "", "has " + patterns.size() + " patterns; at most " + MAX_PATTERNS
                    + " are accepted"));
        }
        return problems.isEmpty() ? Parsed.of(new FocusPatterns(patterns)) : Parsed.failed(problems);
    }

    public boolean includes(String seriesName) {
        return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.matcher(seriesName).find());
    }
}
