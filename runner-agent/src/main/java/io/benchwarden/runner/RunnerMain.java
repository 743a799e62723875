package io.benchwarden.runner;

import java.io.PrintWriter;
import java.util.Map;

import io.benchwarden.runner.command.EnvironmentDefaults;
import io.benchwarden.runner.command.ExitCodes;
import io.benchwarden.runner.command.RunnerCommand;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Entry point of the runner jar. */
public final class RunnerMain {

    private RunnerMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(System.getenv()).execute(args));
    }

    /** The command tree with option defaults taken from {@code environment} (the reference scripts' variables). */
    public static CommandLine commandLine(Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new RunnerCommand());
        EnvironmentDefaults defaults = new EnvironmentDefaults(environment);
        commandLine.setDefaultValueProvider(defaults);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((ex, args) -> invalidParameter(ex, defaults));
        return commandLine;
    }

    /**
     * A bad value is reported under the name the user set it by: {@code ITERATIONS=abc} names ITERATIONS, not only
     * the --iterations option it fills in.
     */
    private static int invalidParameter(ParameterException ex, EnvironmentDefaults defaults) {
        PrintWriter err = ex.getCommandLine().getErr();
        String variable = defaults.variableThatSet(ex.getArgSpec(), ex.getValue());
        if (variable != null) {
            err.println("error: " + variable + "=" + ex.getValue() + " (the environment variable behind "
                    + ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName() + ") is not valid: " + ex.getMessage());
        }
        else {
            err.println("error: " + ex.getMessage());
        }
        err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
