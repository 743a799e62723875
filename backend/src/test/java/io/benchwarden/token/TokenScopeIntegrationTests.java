package io.benchwarden.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** A token scoped to one project writes nothing of another project; people are scoped by role only. */
class TokenScopeIntegrationTests extends ApiTestSupport {

    private static final String ROLE_REFUSAL = "these credentials may not do that";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private String tokenFor(String project) {
        return asAdmin("POST", "/api/v1/admin/tokens", "{\"name\":\"ci of " + project + "\",\"project\":\"" + project
                + "\"}").json().get("secret").stringValue();
    }

    private Reply moveWith(String authorization, long alertId, String json) {
        return send(HttpRequest.newBuilder(uri("/api/v1/alerts/" + alertId + "/events"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String stateOf(long alertId) {
        return jdbc.sql("SELECT state FROM alert WHERE id = ?").param(alertId).query(String.class).single();
    }

    private long eventsOf(long alertId) {
        return jdbc.sql("SELECT count(*) FROM alert_event WHERE alert_id = ?").param(alertId).query(Long.class).single();
    }

    @Test
    void shouldRefuseAScopedTokenMovingAnotherProjectsAlertAndChangeNothing() {
        String mine = newProject("scope-mine");
        String theirs = newProject("scope-theirs");
        hostedAlertIn(mine);
        long alert = hostedAlertIn(theirs);
        String secret = tokenFor(mine);

        Reply reply = moveWith("Bearer " + secret, alert, "{\"state\":\"dismissed_as_noise\",\"note\":\"not mine\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("forbidden");
        assertThat(reply.json().get("message").stringValue())
                .isEqualTo("this token may only write to its own project, not to " + theirs);
        assertThat(stateOf(alert)).isEqualTo("untriaged");
        assertThat(eventsOf(alert)).isEqualTo(1);
    }

    @Test
    void shouldLetAScopedTokenMoveItsOwnProjectsAlert() {
        String mine = newProject("scope-own");
        long alert = hostedAlertIn(mine);

        Reply reply = moveWith("Bearer " + tokenFor(mine), alert, "{\"state\":\"acknowledged\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(stateOf(alert)).isEqualTo("acknowledged");
        assertThat(reply.json().at("/history/1/actor").stringValue()).isEqualTo("token:ci of " + mine);
    }

    @Test
    void shouldNotScopeATriagerToAProject() {
        String project = newProject("scope-people");
        long alert = hostedAlertIn(project);
        String triager = newProject("tina");
        assertThat(asAdmin("POST", "/api/v1/admin/users", "{\"username\":\"" + triager
                + "\",\"password\":\"triage-password-1\",\"role\":\"triager\"}").status()).isEqualTo(201);
        String basic = "Basic " + Base64.getEncoder().encodeToString((triager + ":triage-password-1")
                .getBytes(StandardCharsets.UTF_8));

        Reply reply = moveWith(basic, alert, "{\"state\":\"confirmed\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(stateOf(alert)).isEqualTo("confirmed");
    }

    /**
     * Every write of the API, tried with a scoped token: the security configuration refuses all but these five by
     * role, and each of the five checks the token's project (uploads in the ingest, alert events above, summary
     * events and splits in the triage package's tests).
     */
    @Test
    void shouldLetATokenReachOnlyTheWritesThatCheckItsProject() {
        String mine = newProject("scope-all");
        hostedAlertIn(mine);
        long alert = hostedAlertIn(newProject("scope-other"));
        String secret = tokenFor(mine);
        Set<String> reachable = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(method -> method != RequestMethod.GET && method != RequestMethod.HEAD)
                .forEach(method -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(p -> {
                    String path = p.replace("{id}", String.valueOf(alert)).replaceAll("\\{[^}]+}", mine);
                    Reply reply = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                            .header("Authorization", "Bearer " + secret)
                            .method(method.name(), HttpRequest.BodyPublishers.ofString("{}")).build());
                    boolean refusedByRole = reply.status() == 403
                            && ROLE_REFUSAL.equals(reply.json().get("message").stringValue());
                    if (!refusedByRole) {
                        reachable.add(method + " " + p);
                    }
                })));

        assertThat(reachable).containsExactlyInAnyOrder("POST /api/v1/runs", "POST /api/v1/hosted-runs",
                "POST /api/v1/alerts/{id}/events", "POST /api/v1/alerts/{id}/split",
                "POST /api/v1/alert-summaries/{id}/events");
        assertThat(stateOf(alert)).isEqualTo("untriaged");
    }
}
