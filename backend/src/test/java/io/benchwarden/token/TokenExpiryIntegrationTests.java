package io.benchwarden.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenExpiryIntegrationTests extends ApiTestSupport {

    private static Map<String, String> fields(String project, String ciRunId) {
        return Map.of("project", project, "branch", "main", "commit", "abc1234", "ci_run_id", ciRunId);
    }

    @Test
    void shouldAcceptATokenBeforeItsExpiryAndRefuseItAfterwardsSayingWhen() {
        String project = newProject("expiry");
        JsonNode created = asAdmin("POST", "/api/v1/admin/tokens",
                "{\"name\":\"ci-expiring\",\"expires_in_days\":30}").json();
        String secret = created.get("secret").stringValue();
        long id = created.at("/token/id").longValue();
        Instant expiresAt = Instant.parse(created.at("/token/expires_at").stringValue());
        Instant created30DaysOn = Instant.parse(created.at("/token/created_at").stringValue()).plus(Duration.ofDays(30));
        assertThat(Duration.between(expiresAt, created30DaysOn).abs()).isLessThan(Duration.ofSeconds(5));

        Reply before = upload(MultipartBody.of(fields(project, "before-expiry"), Examples.strictRun()), secret);
        assertThat(before.status()).isEqualTo(201);

        // time passes: the expiry is now behind us
        Instant expired = Instant.parse("2026-01-02T03:04:05Z");
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(expired), id).update();
        Reply after = upload(MultipartBody.of(fields(project, "after-expiry"), Examples.strictRun()), secret);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("message").stringValue())
                .isEqualTo("the bearer token expired on 2026-01-02T03:04:05Z");
        assertThat(runsOf(project)).isEqualTo(1);
    }

    @Test
    void shouldStoreAnExpiryGivenAsAnInstantAndListIt() {
        Instant at = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        Reply created = asAdmin("POST", "/api/v1/admin/tokens",
                "{\"name\":\"ci-dated\",\"expires_at\":\"" + at + "\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().at("/token/id").longValue();
        JsonNode listed = null;
        for (JsonNode token : asAdmin("GET", "/api/v1/admin/tokens", null).json()) {
            if (token.get("id").longValue() == id) {
                listed = token;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(Instant.parse(listed.get("expires_at").stringValue())).isEqualTo(at);
    }

    @Test
    void shouldRefuseAnExpiryInThePastOrGivenTwice() {
        Reply past = asAdmin("POST", "/api/v1/admin/tokens",
                "{\"name\":\"late\",\"expires_at\":\"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("message").stringValue()).isEqualTo("expires_at (2020-01-01T00:00:00Z) is not in the future");

        Reply both = asAdmin("POST", "/api/v1/admin/tokens",
                "{\"name\":\"both\",\"expires_at\":\"2099-01-01T00:00:00Z\",\"expires_in_days\":3}");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().get("message").stringValue()).isEqualTo("give expires_at or expires_in_days, not both");

        Reply zero = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"zero\",\"expires_in_days\":0}");
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.json().get("message").stringValue()).isEqualTo("expires_in_days must be 1 to 3650, got 0");

        Reply garbled = asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"garbled\",\"expires_at\":\"tomorrow\"}");
        assertThat(garbled.status()).isEqualTo(422);
        assertThat(garbled.json().get("message").stringValue()).contains("expires_at must be an ISO-8601 instant");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE name IN ('late', 'both', 'zero', 'garbled')")
                .query(Long.class).single()).isZero();
    }
}
