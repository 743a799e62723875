package io.benchwarden.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The hosted policy is one value saved in one transaction, from the admin form and from the API alike: a form whose
 * focus patterns do not compile changes nothing, not even the threshold that came with it.
 */
class HostedPolicyFormIntegrationTests extends ApiTestSupport {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;
    private String project;

    @BeforeEach
    void projectWithDefaults() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        project = newProject("policy");
        assertThat(upload(Examples.strictRun(), Map.of("project", project)).status()).isEqualTo(201);
    }

    @Test
    void shouldLeaveTheWholePolicyUnchangedWhenTheFormsFocusPatternsAreInvalid() throws Exception {
        mvc.perform(post("/admin/projects/" + project + "/hosted-policy").with(user("admin").roles("ADMIN"))
                .with(csrf()).param("defaultBranch", "release").param("hostedThreshold", "0.35")
                .param("hostedBaselineWindow", "5").param("focusPatterns", "^BM_Good$\n^BM_(Unclosed$"))
                .andExpect(redirectedUrl("/admin/projects/" + project))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("line 2")));

        assertThat(policy()).isEqualTo(Map.of("default_branch", "main", "hosted_threshold", 0.2,
                "hosted_baseline_window", 1, "focus_patterns", ""));
    }

    @Test
    void shouldSaveEveryPartOfAValidFormTogether() throws Exception {
        mvc.perform(post("/admin/projects/" + project + "/hosted-policy").with(user("admin").roles("ADMIN"))
                .with(csrf()).param("defaultBranch", "release").param("hostedThreshold", "0.35")
                .param("hostedBaselineWindow", "5").param("focusPatterns", "^BM_Good$"))
                .andExpect(flash().attributeExists("message"));

        assertThat(policy()).isEqualTo(Map.of("default_branch", "release", "hosted_threshold", 0.35,
                "hosted_baseline_window", 5, "focus_patterns", "^BM_Good$"));
    }

    @Test
    void shouldRefuseAnApiChangeAsAWholeWhenOnePartIsInvalid() {
        Reply refused = asAdmin("PUT", "/api/v1/projects/" + project + "/hosted-policy",
                "{\"hosted_threshold\":0.3,\"hosted_baseline_window\":0,\"focus_patterns\":\"(\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").stringValue()).toList())
                .containsExactly("hosted_baseline_window", "line 1");
        assertThat(policy().get("hosted_threshold")).isEqualTo(0.2);
    }

    private Map<String, Object> policy() {
        JsonNode view = get("/api/v1/projects/" + project).json();
        return Map.of("default_branch", view.get("default_branch").stringValue(), "hosted_threshold",
                view.get("hosted_threshold").doubleValue(), "hosted_baseline_window",
                view.get("hosted_baseline_window").intValue(), "focus_patterns", view.get("focus_patterns").stringValue());
    }
}
