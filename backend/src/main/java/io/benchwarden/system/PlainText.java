package io.benchwarden.system;

import java.util.Locale;
import java.util.Optional;

/**
 * The one check on free text from users (notes, names, patterns, query parameters) for characters that have no
 * business there: control characters, NUL above all, which PostgreSQL cannot store in text at all.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Text on one line: no control character at all. */
    public static Optional<String> problemInLine(String text) {
        return problem(text, false);
    }

    /** Text that may span lines: tabs and line breaks are fine, other control characters are not. */
    public static Optional<String> problemInText(String text) {
        return problem(text, true);
    }

    private static Optional<String> problem(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r');
            if (Character.isISOControl(c) && !allowed) {
                return Optional.of("contains the control character U+" + String.format(Locale.ROOT, "%04X", (int) c)
                        + " at character " + (i + 1) + (lineBreaksAllowed ? "; only tabs and line breaks are allowed"
                                : "; control characters are not allowed"));
            }
        }
        return Optional.empty();
    }
}
