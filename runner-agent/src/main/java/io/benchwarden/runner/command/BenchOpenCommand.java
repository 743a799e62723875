package io.benchwarden.runner.command;

import io.benchwarden.runner.bench.WorkloadKind;
import picocli.CommandLine.Command;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Times open(FILE) + read(1 byte) + close, each operation separately; a drop-in for perf_open_bench.sh.")
final class BenchOpenCommand extends ProfileBenchCommand {

    BenchOpenCommand() {
        super(WorkloadKind.OPEN_CLOSE, 200_000);
    }
}
