package io.benchwarden.ingest;

import java.util.Optional;

/**
 * The names an extra file may have: it is stored and served back under its name, so the name is a plain file name
 * — no directories, nothing hidden, nothing a terminal or a database would trip on.
 */
final class ExtraFileName {

    static final int MAX_LENGTH = 255;

    private ExtraFileName() {
    }

    /** What is wrong with the name of an extra file, if anything. */
    static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("has no name; every file part is named by its file name");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("is a file name of " + name.length() + " characters; at most " + MAX_LENGTH + " are kept");
        }
        if (name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ')) {
            return Optional.of("is not a plain file name (no directories, no leading dot, no control characters)");
        }
        return Optional.empty();
    }
}
