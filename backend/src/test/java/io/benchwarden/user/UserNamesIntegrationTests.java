package io.benchwarden.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.MigrationSchema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Admin" and "admin" are one account: unique regardless of case, and logged in to regardless of case. */
class UserNamesIntegrationTests extends ApiTestSupport {

    @Autowired
    private DataSource dataSource;

    private Reply createUser(String name, String role) {
        return asAdmin("POST", "/api/v1/admin/users",
                "{\"username\":\"" + name + "\",\"password\":\"a-long-password-1\",\"role\":\"" + role + "\"}");
    }

    private long accountsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(?)").param(name)
                .query(Long.class).single();
    }

    @Test
    void shouldRefuseAUserNameThatDiffersFromAnotherOnlyByCase() {
        String name = "Casey-" + newProject("u");
        assertThat(createUser(name, "viewer").status()).isEqualTo(201);

        Reply clash = createUser(name.toLowerCase(java.util.Locale.ROOT), "admin");

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("message").stringValue())
                .isEqualTo("user " + name + " exists; user names are compared regardless of case");
        assertThat(accountsNamed(name)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT role FROM app_user WHERE lower(username) = lower(?)").param(name)
                .query(String.class).single()).isEqualTo("viewer");
    }

    @Test
    void shouldLogInRegardlessOfCaseAndRecordTheAccountsOwnSpelling() {
        String name = "Dana-" + newProject("u");
        assertThat(createUser(name, "admin").status()).isEqualTo(201);
        String basic = Base64.getEncoder().encodeToString((name.toUpperCase(java.util.Locale.ROOT)
                + ":a-long-password-1").getBytes(StandardCharsets.UTF_8));

        Reply reply = send(HttpRequest.newBuilder(uri("/api/v1/admin/tokens")).header("Content-Type",
                "application/json").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"by " + name + "\"}")).build());

        assertThat(reply.status()).isEqualTo(201);
        long alert = hostedAlertIn(newProject("spelling"));
        send(HttpRequest.newBuilder(uri("/api/v1/alerts/" + alert + "/events")).header("Content-Type",
                "application/json").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\":\"seen\"}")).build());
        assertThat(jdbc.sql("SELECT actor FROM alert_event WHERE alert_id = ? AND note = 'seen'").param(alert)
                .query(String.class).single()).isEqualTo(name);
    }

    /** Run on a schema of its own, from the migration before this rule up to the newest. */
    @Test
    void shouldRenameLaterAccountsThatClashOnlyByCaseWhenMigrating() {
        try (MigrationSchema schema = MigrationSchema.migratedTo(dataSource, "user_name_migration", "7.1")) {
            for (String name : List.of("admin", "Admin", "ADMIN", "admin-3", "bob")) {
                schema.jdbc().sql("INSERT INTO " + schema.table("app_user") + " (username, password_hash, role)"
                        + " VALUES (?, 'x', 'viewer')").param(name).update();
            }

            schema.migrateToLatest();

            assertThat(schema.jdbc().sql("SELECT id, username FROM " + schema.table("app_user") + " ORDER BY id")
                    .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).list())
                    .containsExactly("1 admin", "2 Admin-2", "3 ADMIN-3-1", "4 admin-3", "5 bob");
        }
    }
}
