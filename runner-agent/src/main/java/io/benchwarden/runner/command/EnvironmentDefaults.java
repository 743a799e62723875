package io.benchwarden.runner.command;

import java.util.Map;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lets the reference scripts' environment variables (ITERATIONS, FILE, FORMAT, OUT, ...) set option defaults,
 * so the runner is a drop-in. An option names its variable in {@code descriptionKey}; a command-line value
 * still wins, and the annotation's {@code defaultValue} applies when the variable is unset or empty.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {

    private final Map<String, String> environment;

    public EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || option.descriptionKey().isEmpty()) {
            return null;
        }
        String value = environment.get(option.descriptionKey());
        return value == null || value.isEmpty() ? null : value;
    }

    public String get(String name) {
        return environment.get(name);
    }

    /**
     * The environment variable that gave {@code argSpec} the (rejected) {@code value}, or null when the value came
     * from the command line.
     */
    public String variableThatSet(ArgSpec argSpec, String value) {
        if (!(argSpec instanceof OptionSpec option) || option.descriptionKey().isEmpty() || value == null) {
            return null;
        }
        return value.equals(environment.get(option.descriptionKey())) ? option.descriptionKey() : null;
    }
}
