package io.benchwarden.runner;

import java.util.Map;

import io.benchwarden.runner.command.EnvironmentDefaults;
import io.benchwarden.runner.command.RunnerCommand;
import picocli.CommandLine;

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
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
