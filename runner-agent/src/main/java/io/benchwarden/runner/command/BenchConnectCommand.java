package io.benchwarden.runner.command;

import io.benchwarden.runner.bench.WorkloadKind;
import picocli.CommandLine.Command;

@Command(name = "connect", mixinStandardHelpOptions = true,
        description = "Times socket(UDP) + connect(HOST:PORT) + close, each operation separately; a drop-in for perf_connect_bench.sh.")
final class BenchConnectCommand extends ProfileBenchCommand {

    BenchConnectCommand() {
        super(WorkloadKind.CONNECT_LOOPBACK, 50_000);
    }
}
