package io.benchwarden;

import static io.benchwarden.contract.ArtifactNames.CONNECT_WITH_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page at a phone's width and in the dark colour scheme, in one headless Chromium: nothing wider than the
 * screen (tables scroll inside their own box, navigation wraps, charts shrink, forms stack), the artifact list
 * without overlaps, and pages and charts that follow {@code prefers-color-scheme}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsiveLayoutBrowserIntegrationTests extends ApiTestSupport {

    private static final int PHONE = 400;
    /** A name without a break opportunity: it must wrap inside its box, not widen the page. */
    private static final String LONG_BRANCH = "feature/" + "measure-the-connect-path-again-".repeat(3) + "x";
    private static final String SLOW = "BM_ParsePolicy_mean";

    /** Elements reaching past the right edge of the viewport, except inside a box that scrolls or clips them. */
    private static final String OUTSIDE_THE_SCREEN = """
            const width = document.documentElement.clientWidth;
            const clipped = e => {
              for (let p = e.parentElement; p; p = p.parentElement) {
                if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
              }
              return false;
            };
            return Array.from(document.body.querySelectorAll('*')).filter(e => {
              const box = e.getBoundingClientRect();
              return box.width > 0 && box.right > width + 1 && !clipped(e);
            }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + e.className
                + ' right=' + Math.round(e.getBoundingClientRect().right) + ' > ' + width);""";

    /** Pairs of artifact entries whose boxes meet, and entries whose content spills out of their own box. */
    private static final String ARTIFACT_OVERLAPS = """
            const items = Array.from(document.querySelectorAll('#artifacts li'));
            const boxes = items.map(li => li.getBoundingClientRect());
            const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
            const problems = [];
            boxes.forEach((a, i) => boxes.forEach((b, j) => {
              if (i < j && meet(a, b)) problems.push(items[i].textContent.trim() + ' overlaps ' + items[j].textContent.trim());
            }));
            items.forEach((li, i) => li.querySelectorAll('*').forEach(child => {
              const c = child.getBoundingClientRect();
              if (c.left < boxes[i].left - 1 || c.right > boxes[i].right + 1) {
                problems.push(child.textContent.trim() + ' spills out of its entry');
              }
            }));
            return [items.length, problems];""";

    /** Fields of the admin forms that do not start at their label's left edge, below its text. */
    private static final String FIELDS_NOT_UNDER_THEIR_LABEL = """
            return Array.from(document.querySelectorAll('main form.stacked label')).filter(label => {
              const field = label.querySelector('input, select, textarea');
              const l = label.getBoundingClientRect(), f = field.getBoundingClientRect();
              return Math.abs(f.left - l.left) > 1 || f.top <= l.top + 1;
            }).map(label => label.textContent.trim());""";

    private final String project = "aegis-phone";
    private Browser browser;
    private long firstRun;
    private long newestRun;
    private long hostedRun;

    @BeforeAll
    void seedAndStartBrowser() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(4, ChronoUnit.DAYS);
        firstRun = strict(Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, n -> n.put("p95_us", 110.0)),
                "main", start);
        strict(Examples.strictRun(), "main", start.plus(1, ChronoUnit.DAYS));
        newestRun = strict(Examples.strictRun(), LONG_BRANCH, start.plus(2, ChronoUnit.DAYS));
        // c1 is c0 with one benchmark 1.3 times slower: a hosted alert for the triage page
        double[] factors = { 1.0, 1.3 };
        for (int i = 0; i < factors.length; i++) {
            Map<String, String> fields = Map.of("project", project, "branch", "main", "commit", "c" + i + "c" + i + "c" + i
                    + "c", "started_at", start.plus(3, ChronoUnit.DAYS).plus(i, ChronoUnit.HOURS).toString());
            Reply hosted = uploadHosted(Examples.hostedScaled(SLOW, factors[i]), fields);
            assertThat(hosted.status()).as(hosted.body()).isEqualTo(201);
            hostedRun = hosted.json().get("id").longValue();
        }
        Reply budgets = asAdmin("PUT", "/api/v1/projects/" + project + "/budgets",
                "{\"max_open_p95_ratio\":1.05,\"max_connect_p95_ratio\":1.30}");
        assertThat(budgets.status()).as(budgets.body()).isEqualTo(201);
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private long strict(Map<String, byte[]> bundle, String branch, Instant startedAt) {
        Map<String, String> fields = new HashMap<>(Map.of("project", project, "branch", branch, "commit",
                Long.toHexString(startedAt.toEpochMilli()) + "abc", "runner", "perf-1", "ci_run_id",
                project + "-" + startedAt.toEpochMilli(), "started_at", startedAt.toString()));
        Reply reply = upload(bundle, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    private void open(String path) {
        browser.open("http://localhost:" + port + path);
    }

    private void waitFor(String condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(browser.script("return " + condition)));
    }

    private void waitForCharts() {
        waitFor("document.getElementById('trend-charts').dataset.rendered === 'true'");
    }

    /** The page is no wider than the screen, nothing sticks out of it, and it logged no problem. */
    private void assertFitsThePhone(String page) {
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .as(page + " scrollWidth").isLessThanOrEqualTo(PHONE);
        assertThat((List<?>) browser.script(OUTSIDE_THE_SCREEN)).as(page + ": elements beyond the screen").isEmpty();
        // The browser reports an error page's own status as a failed load; anything else is a problem.
        String ownStatus = browser.driver().getCurrentUrl() + " - Failed to load resource: the server responded with a"
                + " status of 400";
        assertThat(browser.consoleProblems()).as(page + " console")
                .allMatch(message -> page.equals("error page") && message.startsWith(ownStatus));
    }

    @Test
    void shouldFitEveryPageIntoAPhonesWidthWithTablesScrollingInTheirOwnBox() {
        browser.colourScheme("light");
        browser.viewportWidth(PHONE);
        browser.consoleProblems();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", "/");
        pages.put("runs list", "/runs?project=" + project);
        pages.put("compare", "/compare?a=" + firstRun + "&b=" + newestRun);
        pages.put("hosted run", "/hosted-runs/" + hostedRun);
        pages.put("triage", "/projects/" + project + "/triage");
        pages.put("login", "/login");
        pages.put("error page", "/runs/abc");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getValue());
            assertFitsThePhone(page.getKey());
        }
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Bad request");

        open("/runs/" + newestRun);
        assertFitsThePhone("run details");
        List<?> artifacts = (List<?>) browser.script(ARTIFACT_OVERLAPS);
        assertThat(((Number) artifacts.get(0)).intValue()).isEqualTo(10);
        assertThat((List<?>) artifacts.get(1)).as("artifact list").isEmpty();
        assertThat(browser.script("const t = document.getElementById('slo-gate');"
                + "return [getComputedStyle(t).overflowX, t.scrollWidth > t.clientWidth]"))
                .as("the gate table is wider than the phone and scrolls inside its box").isEqualTo(List.of("auto", true));
        assertThat(browser.driver().findElement(By.cssSelector("dd.branch")).getText()).isEqualTo(LONG_BRANCH);
        browser.screenshot("run-details-phone");

        open("/projects/" + project + "/trends");
        waitForCharts();
        assertFitsThePhone("trends");
        assertThat((List<?>) browser.script("return Array.from(document.querySelectorAll('#trend-charts canvas'))"
                + ".filter(c => c.getBoundingClientRect().right > document.documentElement.clientWidth).map(c => c.id)"))
                .as("charts wider than the phone").isEmpty();

        logInAsAdmin();
        open("/admin");
        assertFitsThePhone("admin");
        open("/admin/projects/" + project);
        assertFitsThePhone("admin project");
        assertThat(browser.script("return document.querySelector(\"textarea[name='focusPatterns']\")"
                + ".getBoundingClientRect().right <= document.documentElement.clientWidth")).isEqualTo(true);
        assertThat((List<?>) browser.script(FIELDS_NOT_UNDER_THEIR_LABEL)).as("admin project form").isEmpty();
        List<WebElement> versions = browser.driver()
                .findElements(By.cssSelector("#budget-history tbody tr"));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).getText()).startsWith("1 1.05 1.3").contains("admin").endsWith(" UTC");
        browser.screenshot("admin-project-phone");
    }

    private void logInAsAdmin() {
        open("/login");
        browser.driver().findElement(By.name("username")).sendKeys("admin");
        browser.driver().findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldFollowTheDarkSchemeInPagesAndChartsAndSwitchBackWithoutAReload() {
        browser.laptop();
        browser.colourScheme("dark");
        open("/projects/" + project + "/trends");
        waitForCharts();
        String colours = """
                const chart = Chart.getChart(document.getElementById('chart-p95-ratio'));
                const root = getComputedStyle(document.documentElement);
                return {
                  background: getComputedStyle(document.body).backgroundColor,
                  text: getComputedStyle(document.body).color,
                  chartText: root.getPropertyValue('--chart-text').trim(),
                  series: root.getPropertyValue('--chart-series').trim().split(/\\s+/)[0],
                  ticks: chart.options.scales.x.ticks.color,
                  legend: chart.options.plugins.legend.labels.color,
                  line: chart.data.datasets[0].borderColor
                };""";
        Map<String, Object> dark = (Map<String, Object>) browser.script(colours);
        assertThat(luminance(dark.get("background"))).as("dark page background").isLessThan(0.05);
        assertThat(luminance(dark.get("text"))).as("light page text").isGreaterThan(0.6);
        assertThat(dark.get("ticks")).isEqualTo(dark.get("chartText")).isEqualTo(dark.get("legend"));
        assertThat(luminance(dark.get("ticks"))).as("light chart text on the dark page").isGreaterThan(0.5);
        assertThat(dark.get("line")).isEqualTo(dark.get("series"));
        browser.screenshot("trends-dark");

        browser.colourScheme("light");
        waitFor("Chart.getChart(document.getElementById('chart-p95-ratio')).options.scales.x.ticks.color === "
                + "getComputedStyle(document.documentElement).getPropertyValue('--chart-text').trim()");
        Map<String, Object> light = (Map<String, Object>) browser.script(colours);
        assertThat(luminance(light.get("background"))).as("light page background").isGreaterThan(0.85);
        assertThat(luminance(light.get("ticks"))).as("dark chart text on the light page").isLessThan(0.1);
        assertThat(light.get("legend")).isEqualTo(light.get("ticks"));
        assertThat(light.get("line")).isEqualTo(light.get("series")).isNotEqualTo(dark.get("line"));
        assertThat(browser.consoleProblems()).isEmpty();
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})");

    /** Relative luminance (WCAG) of a CSS colour written as rgb(), rgba() or #rrggbb: 0 black, 1 white. */
    static double luminance(Object css) {
        String colour = String.valueOf(css);
        Matcher rgb = RGB.matcher(colour);
        Matcher hex = HEX.matcher(colour);
        int[] channels = new int[3];
        if (rgb.find()) {
            for (int i = 0; i < 3; i++) {
                channels[i] = Integer.parseInt(rgb.group(i + 1));
            }
        }
        else if (hex.find()) {
            for (int i = 0; i < 3; i++) {
                channels[i] = Integer.parseInt(hex.group(i + 1), 16);
            }
        }
        else {
            throw new AssertionError("not a colour: " + colour);
        }
        double[] weights = { 0.2126, 0.7152, 0.0722 };
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = channels[i] / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
