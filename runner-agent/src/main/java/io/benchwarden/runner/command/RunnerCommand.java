package io.benchwarden.runner.command;

import picocli.CommandLine.Command;

@Command(name = "benchwarden-runner", mixinStandardHelpOptions = true, version = "benchwarden-runner 0.1.0",
        description = "Measures an agent's syscall overhead on a perf host, writes the strict perf artifacts and uploads them.",
        subcommands = { BenchCommand.class, SuiteCommand.class, CompareCommand.class, RunCommand.class,
                ValidateCommand.class, CalibrateCommand.class, UploadCommand.class, FlushCommand.class })
public final class RunnerCommand {
}
