package io.benchwarden.runner.command;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Single microbenchmarks, drop-ins for the reference open and connect scripts.",
        subcommands = { BenchOpenCommand.class, BenchConnectCommand.class })
final class BenchCommand {
}
