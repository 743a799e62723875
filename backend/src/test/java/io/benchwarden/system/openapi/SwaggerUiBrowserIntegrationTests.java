package io.benchwarden.system.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Swagger UI in a real browser: it renders the API description with no Content-Security-Policy violation. */
class SwaggerUiBrowserIntegrationTests extends ApiTestSupport {

    @Test
    void shouldRenderTheApiDescriptionWithoutAConsoleProblem() {
        try (Browser browser = Browser.start()) {
            browser.open("http://localhost:" + port + "/swagger-ui.html");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> !driver
                    .findElements(By.cssSelector(".opblock-summary-path[data-path='/api/v1/runs']")).isEmpty());
            assertThat(browser.driver().findElement(By.cssSelector(".information-container .title")).getText())
                    .startsWith("Benchwarden API");
            assertThat(browser.driver().findElements(By.cssSelector(".auth-wrapper .authorize"))).isNotEmpty();
            assertThat(browser.consoleProblems()).isEmpty();
        }
    }
}
