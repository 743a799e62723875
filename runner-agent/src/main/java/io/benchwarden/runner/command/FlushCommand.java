package io.benchwarden.runner.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "flush", mixinStandardHelpOptions = true,
        description = "Resends spooled bundles oldest first and removes each one only after the service accepted it. "
                + "Exits 3 when the service is still unreachable (the bundles stay spooled).")
final class FlushCommand extends BaseCommand {

    @Mixin
    ServerOptions server;

    @Override
    protected int execute() throws InterruptedException {
        return SpoolFlusher.flush(server.spool(), server.uploader(), out(), err());
    }
}
