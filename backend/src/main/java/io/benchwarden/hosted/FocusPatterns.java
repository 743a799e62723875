package io.benchwarden.hosted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.benchwarden.contract.Problem;
import io.benchwarden.system.PlainText;

/**
 * The project's high-signal benchmark families, in the format of {@code config/benchmark_focus_patterns.txt}: one
 * regular expression a line, blank lines and {@code #} comments ignored, surrounding whitespace trimmed. A series is
 * in focus when any pattern is found somewhere in its name ({@link com.google.re2j.Matcher#find()}, so anchor with
 * {@code ^}/{@code $} where needed). No patterns means every series is in focus.
 * <p>
 * Patterns come from users, so they run on RE2/J, whose matching time grows linearly with the name: no pattern can
 * make an upload take seconds, as {@code (.*a){12}$} does on a backtracking engine. RE2 syntax is Java's without
 * backreferences, lookaround, atomic groups and possessive quantifiers; such patterns are refused with the reason.
 */
public record FocusPatterns(List<Pattern> patterns) {

    public static final String ARTIFACT = "benchmark_focus_patterns.txt";
    public static final int MAX_LINE_LENGTH = 512;
    public static final int MAX_PATTERNS = 500;
    /** Room for the largest pattern list with a comment a line; anything much larger is a mistake. */
    public static final int MAX_TEXT_LENGTH = 2 * MAX_PATTERNS * MAX_LINE_LENGTH;
    public static final FocusPatterns ALL = new FocusPatterns(List.of());

    public FocusPatterns {
        patterns = List.copyOf(patterns);
    }

    public static Parsed<FocusPatterns> parse(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return Parsed.failed(List.of(new Problem(ARTIFACT, "", "is " + text.length()
                    + " characters long; at most " + MAX_TEXT_LENGTH + " are accepted")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String field = "line " + (i + 1);
            // Comments are stored with the patterns, so they must be storable too.
            Optional<String> unprintable = PlainText.problemInLine(lines[i].replace('\t', ' '));
            if (unprintable.isPresent()) {
                problems.add(new Problem(ARTIFACT, field, unprintable.get()));
                continue;
            }
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_LINE_LENGTH) {
                problems.add(new Problem(ARTIFACT, field,
                        "is " + line.length() + " characters long; a pattern may have at most " + MAX_LINE_LENGTH));
                continue;
            }
            try {
                patterns.add(Pattern.compile(line));
            }
            catch (PatternSyntaxException ex) {
                problems.add(new Problem(ARTIFACT, field, refusal(line, ex)));
            }
        }
        if (patterns.size() > MAX_PATTERNS) {
            problems.add(new Problem(ARTIFACT, "", "has " + patterns.size() + " patterns; at most " + MAX_PATTERNS
                    + " are accepted"));
        }
        return problems.isEmpty() ? Parsed.of(new FocusPatterns(patterns)) : Parsed.failed(problems);
    }

    /** Says why: the features RE2 leaves out on purpose are named, anything else is RE2's own description. */
    private static String refusal(String line, PatternSyntaxException ex) {
        String quoted = " in \"" + line + "\"";
        String at = String.valueOf(ex.getPattern());
        if (at.matches("\\(\\?<?[=!].*")) {
            return "uses lookaround ((?=, (?!, (?<=, (?<!), which RE2, the linear-time syntax of focus patterns,"
                    + " does not support" + quoted;
        }
        if (at.matches("\\\\([1-9]|k).*")) {
            return "uses a backreference (\\1, \\k<name>), which RE2, the linear-time syntax of focus patterns,"
                    + " does not support" + quoted;
        }
        return "is not a valid RE2 regular expression: " + ex.getDescription() + " at `" + at + "`"
                + quoted;
    }

    public boolean includes(String seriesName) {
        return patterns.isEmpty() || patterns.stream().anyMatch(pattern -> pattern.matcher(seriesName).find());
    }
}
