package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.runner.upload.Spool;
import io.benchwarden.runner.upload.UploadMetadata;

class FlushCommandTests {

    @TempDir
    Path spoolDir;

    @Test
    void shouldResendOldestFirstAndKeepEverythingWhileTheServiceIsDown() throws Exception {
        Spool spool = new Spool(spoolDir, Clock.fixed(Instant.parse("2025-01-02T00:00:00Z"), ZoneOffset.UTC));
        Spool older = new Spool(spoolDir, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
        spool.store(Map.of("fs-type.txt", "ext2/ext3\n".getBytes()), new UploadMetadata("p", null, null, null, "new", null));
        older.store(Map.of("fs-type.txt", "tmpfs\n".getBytes()), new UploadMetadata("p", null, null, null, "old", null));
        int port;
        try (FakeService probe = FakeService.answering(0, 201, "{}")) {
            port = probe.port();
        }

        CommandRunner.Result down = flush("http://127.0.0.1:" + port);
        assertThat(down.exitCode()).isEqualTo(ExitCodes.UPLOAD_SPOOLED);
        assertThat(spool.pending()).hasSize(2);

        try (FakeService service = FakeService.answering(port, 201, "{\"id\":9,\"url\":\"u\"}")) {
            CommandRunner.Result up = flush(service.url());

            assertThat(up.exitCode()).isEqualTo(ExitCodes.OK);
            List<String> bodies = service.bodies;
            assertThat(bodies).hasSize(2);
            assertThat(bodies.get(0)).contains("tmpfs").contains("old");
            assertThat(bodies.get(1)).contains("ext2/ext3").contains("new");
            assertThat(spoolDir).isEmptyDirectory();
        }
    }

    private CommandRunner.Result flush(String server) {
        return CommandRunner.run(Map.of("BENCHWARDEN_TOKEN", "t", "BENCHWARDEN_SPOOL_DIR", spoolDir.toString()), "flush",
                "--server", server, "--attempts", "2", "--retry-delay-ms", "1");
    }
}
