package io.benchwarden.contract;

import java.util.Optional;

/**
 * Files a strict upload carries beyond the contract's artifacts (a workflow that writes one more file must not
 * break its uploads): the service stores up to {@link #MAX_FILES} of them as they are, and the runner's upload sends
 * what the service keeps. An extra file is stored and served back under its name, so the name is a plain file
 * name — no directories, nothing hidden, nothing a terminal or a database would trip on.
 */
public final class ExtraFiles {

    /** How many extra files one upload may carry. */
    public static final int MAX_FILES = 16;
    public static final int MAX_LENGTH = 255;

    private ExtraFiles() {
    }

    /** What is wrong with the name of an extra file, if anything. */
    public static Optional<String> problem(String name) {
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
