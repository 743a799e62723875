package io.benchwarden.system.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL as it really runs: a commit it acknowledges is on disk. */
class EmbeddedDatabaseDurabilityIntegrationTests extends ApiTestSupport {

    @Test
    void shouldRunTheEmbeddedDatabaseWithFsyncSynchronousCommitAndFullPageWrites() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    private String setting(String name) {
        return jdbc.sql("SHOW " + name).query(String.class).single();
    }
}
