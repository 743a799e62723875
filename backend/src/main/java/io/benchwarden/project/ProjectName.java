package io.benchwarden.project;

import java.util.regex.Pattern;

/** The one rule for project names: they appear in URLs, so they are short, lower-case and need no escaping. */
public final class ProjectName {

    public static final String RULE = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final Pattern PATTERN = Pattern.compile(RULE);

    private ProjectName() {
    }

    public static boolean isValid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }
}
