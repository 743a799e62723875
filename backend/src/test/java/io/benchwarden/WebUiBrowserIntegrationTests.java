package io.benchwarden;

import static io.benchwarden.contract.ArtifactNames.CONNECT_WITH_AGENT;
import static io.benchwarden.contract.ArtifactNames.OPEN_COMPARE;
import static io.benchwarden.contract.ArtifactNames.OPEN_WITH_AGENT;
import static io.benchwarden.contract.ArtifactNames.WORKLOAD_SUITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.demo.DemoHistory;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Browser;
import io.benchwarden.support.Bundles;
import io.benchwarden.support.RunnerBundles;
import io.benchwarden.support.RunnerBundles.Interval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ArrayNode;

/**
 * The pages in a real browser against the whole application, with history seeded through the upload API: a main
 * branch whose connect overhead jumps half-way (a change point), the unmodified shared example as the newest run,
 * and a branch whose name and one benchmark name try to inject script.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiBrowserIntegrationTests extends ApiTestSupport {

    private static final String XSS_BRANCH = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";
    private static final String XSS_BENCHMARK = "<img src=x onerror=window.__xss=2>";
    private static final int HISTORY = 16;
    private static final int SHIFT = 8;

    private static final String SLOW = "BM_ParsePolicy_mean";

    // Names no other test uses (the data directory is fresh per test JVM); they read well in the screenshots.
    private final String project = "aegis-agent";
    private final String triaged = "aegis-sensor";
    /** One passing strict run: its newest commit may be promoted. */
    private final String promotable = "aegis-probe";
    private final List<Long> history = new ArrayList<>();
    private Browser browser;
    @Autowired
    private DemoHistory demo;
    private long exampleRun;
    private long xssRun;
    /** The triaged project's hosted runs, c0 to c2. */
    private final List<Long> hostedRuns = new ArrayList<>();
    /** A project measured by the runner on one perf host, in rounds with histograms, with a week's gap at the end. */
    private final String measured = "aegis-meter";
    private static final int[] MEASURED_DAYS = { 0, 1, 2, 3, 4, 11 };
    private final List<Long> measuredRuns = new ArrayList<>();

    @BeforeAll
    void seedHistoryAndStartBrowser() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(HISTORY + 2, ChronoUnit.DAYS);
        for (int i = 0; i < HISTORY; i++) {
            double jitter = (i % 3) * 0.4;
            double connectP95 = (i < SHIFT ? 100.0 : 140.0) + jitter;
            double openP95 = 4.30 + jitter / 10;
            var bundle = Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, n -> n.put("p95_us", connectP95));
            bundle = Examples.withJson(bundle, OPEN_WITH_AGENT, n -> n.put("p95_us", openP95));
            bundle = Examples.withJson(bundle, OPEN_COMPARE, n -> n.put("with_agent_us_per_op", 5.0)
                    .put("delta_us_per_op", 0.07).put("delta_pct", 1.42).put("pass", true));
            history.add(uploaded(Examples.withReports(bundle), "main", start.plus(i, ChronoUnit.DAYS)));
        }
        exampleRun = uploaded(Examples.strictRun(), "main", start.plus(HISTORY, ChronoUnit.DAYS));
        var hostile = Examples.withJson(Examples.strictRun(), WORKLOAD_SUITE, suite -> ((ArrayNode) suite.get("benchmarks"))
                .addObject().put("name", XSS_BENCHMARK).put("baseline_us_per_op", 3.71).put("with_agent_us_per_op", 3.79)
                .put("delta_us_per_op", 0.08).put("delta_pct", 2.16).put("max_allowed_pct", 15.0).put("pass", true));
        xssRun = uploaded(hostile, XSS_BRANCH, start.plus(HISTORY + 1, ChronoUnit.DAYS));
        jdbc.sql("UPDATE project SET demo = true WHERE name = ?").param(project).update();
        seedTriage(start);
        seedMeasured(start);
        assertThat(upload(Bundles.passingStrictRun(), Map.of("project", promotable, "branch", "main", "commit",
                "0123abc", "runner", "perf-1", "started_at", start.toString())).status()).isEqualTo(201);
        demo.seed();
        browser = Browser.start();
    }

    /** As in the triage API tests: c1 is hosted noise (strict pass), c2 a confirmed regression (strict fail). */
    private void seedTriage(Instant start) {
        String[] commits = { "c0c0c0c", "c1c1c1c", "c2c2c2c" };
        double[] factors = { 1.0, 1.3, 1.3 * 1.3 };
        for (int i = 0; i < commits.length; i++) {
            Map<String, String> fields = Map.of("project", triaged, "branch", "main", "commit", commits[i],
                    "started_at", start.plus(2L * i, ChronoUnit.HOURS).toString());
            Reply hosted = uploadHosted(Examples.hostedScaled(SLOW, factors[i]), fields);
            assertThat(hosted.status()).isEqualTo(201);
            hostedRuns.add(hosted.json().get("id").longValue());
            Map<String, String> strict = new java.util.HashMap<>(fields);
            strict.put("started_at", start.plus(2L * i + 1, ChronoUnit.HOURS).toString());
            assertThat(upload(i < 2 ? Bundles.passingStrictRun() : Examples.strictRun(), strict).status())
                    .isEqualTo(201);
        }
    }

    /** Connect intervals of half-width 0.010 to 0.030 around 1.03: from the fifth run on, the host has a history. */
    private void seedMeasured(Instant start) {
        double[] connect = { 0.010, 0.030, 0.020, 0.025, 0.015, 0.020 };
        for (int i = 0; i < MEASURED_DAYS.length; i++) {
            Instant at = start.plus(MEASURED_DAYS[i], ChronoUnit.DAYS);
            var bundle = RunnerBundles.measuredInRounds(new Interval(1.006, 1.014),
                    new Interval(1.03 - connect[i], 1.03 + connect[i]), new Interval(1.01, 1.03));
            Reply reply = upload(bundle, Map.of("project", measured, "branch", "main", "runner", "perf-2",
                    "commit", Long.toHexString(at.toEpochMilli()) + "def", "started_at", at.toString()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            measuredRuns.add(reply.json().get("id").longValue());
        }
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private long uploaded(Map<String, byte[]> bundle, String branch, Instant startedAt) {
        Reply reply = upload(bundle, Map.of("project", project, "branch", branch,
                "commit", Long.toHexString(startedAt.toEpochMilli()) + "abc", "runner", "perf-1",
                "ci_run_id", project + "-" + startedAt.toEpochMilli(), "started_at", startedAt.toString()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    private void open(String path) {
        browser.open("http://localhost:" + port + path);
    }

    private String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    /**
     * Opens a project's trend page, waits for its charts and asks Chart.js, for each canvas matching {@code canvas},
     * one value per dataset ({@code perDataset} is a JavaScript expression of the dataset {@code d}).
     */
    @SuppressWarnings("unchecked")
    private Map<String, List<Object>> openTrends(String name, String canvas, String perDataset) {
        open("/projects/" + name + "/trends");
        waitFor("document.getElementById('trend-charts').dataset.rendered === 'true'");
        return (Map<String, List<Object>>) browser.script("""
                const result = {};
                document.querySelectorAll('#trend-charts ' + arguments[0]).forEach(c =>
                    result[c.id] = Chart.getChart(c).data.datasets.map(d => %s));
                return result;""".formatted(perDataset), canvas);
    }

    private void logInAsAdmin() {
        open("/login");
        if (browser.driver().findElements(By.name("username")).isEmpty()) {
            return;
        }
        browser.driver().findElement(By.name("username")).sendKeys("admin");
        browser.driver().findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        browser.driver().findElement(By.cssSelector("main button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void waitFor(String script) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> Boolean.TRUE.equals(browser.script("return " + script)));
    }

    @Test
    void shouldShowEachProjectWithItsVerdictDemoLabelAndTrendLine() {
        open("/");
        WebElement row = browser.driver().findElements(By.cssSelector("#projects tbody tr")).stream()
                .filter(r -> r.getText().contains(project)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("DEMO PROJECT").contains("FAIL").contains("#" + exampleRun);
        String sparkline = "Array.from(document.querySelectorAll('canvas[data-sparkline-url]'))"
                + ".find(c => c.dataset.sparklineUrl.includes('/projects/" + project + "/'))";
        waitFor(sparkline + ".dataset.rendered === 'true'");
        Object points = browser.script("return Chart.getChart(" + sparkline + ").data.datasets.map(d => d.data.length)");
        List<Object> perDataset = new java.util.ArrayList<>((List<?>) points);
        assertThat(perDataset).containsOnly((long) HISTORY + 1);
        browser.screenshot("overview");
    }

    @Test
    void shouldListRunsNewestFirstAndFilterByVerdictAndDate() {
        open("/runs?project=" + project);
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#runs tbody tr"));
        assertThat(rows).hasSize(HISTORY + 2);
        assertThat(rows.get(0).getText()).startsWith("#" + xssRun);
        browser.screenshot("runs");

        browser.driver().findElement(By.name("status")).sendKeys("pass");
        WebElement before = browser.driver().findElement(By.id("runs"));
        browser.driver().findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        assertThat(browser.driver().findElements(By.cssSelector("#runs tbody tr"))).as(browser.driver().getCurrentUrl())
                .hasSize(SHIFT);

        String day = Instant.now().minus(HISTORY + 2, ChronoUnit.DAYS).toString().substring(0, 10);
        open("/runs?project=" + project + "&from=" + day + "&to=" + day);
        assertThat(browser.driver().findElements(By.cssSelector("#runs tbody tr"))).hasSize(1);
    }

    @Test
    void shouldShowTheSloGateOfTheSharedExample() {
        open("/runs/" + exampleRun);
        Map<String, String> gate = new java.util.LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#slo-gate tbody tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
            gate.put(cells.get(0).getText() + " " + cells.get(1).getText(), cells.get(2).getText() + " "
                    + cells.get(4).getText());
        }
        assertThat(gate.get("audit_mode_connect p95_ratio")).startsWith("1.2875").endsWith("FAIL");
        assertThat(gate.get("audit_mode_open p95_ratio")).startsWith("0.6626").endsWith("PASS");
        assertThat(gate.get("audit_mode_open delta_pct")).startsWith("32.86").endsWith("FAIL");
        assertThat(gate.get("audit_mode_connect p95_overhead_pct")).startsWith("28.75").endsWith("FAIL");
        assertThat(text("#latency")).contains("connect p95_us 105.39 135.69 1.2875");
        assertThat(text("#host")).contains("6.18.44-fc-v782");
        assertThat(browser.driver().findElements(By.cssSelector("#artifacts a"))).hasSize(10);
        assertThat(browser.driver().findElement(By.linkText("Diff against the previous run")).getAttribute("href"))
                .endsWith("/compare?a=" + history.get(HISTORY - 1) + "&b=" + exampleRun);
        browser.screenshot("run-details");
    }

    @Test
    void shouldCompareTwoRunsWithDeltas() {
        open("/compare?a=" + history.get(0) + "&b=" + exampleRun);
        String table = text("#compare");
        assertThat(table).contains("audit_mode_connect p95_ratio").contains("connect p95_us with agent 100 135.69");
        browser.screenshot("compare");
    }

    @Test
    void shouldDrawEveryTrendChartWithOnePointPerRunAndMarkTheShift() {
        Map<String, List<Object>> lengths = openTrends(project, "canvas", "d.data.length");
        assertThat(lengths).containsKeys("chart-open-latency", "chart-connect-latency", "chart-p95-ratio",
                "chart-comparison-0", "chart-comparison-4");
        assertThat(lengths.get("chart-open-latency")).hasSize(6);
        assertThat(lengths.get("chart-p95-ratio")).hasSize(3);
        lengths.values().forEach(perDataset -> assertThat(perDataset).containsOnly((long) HISTORY + 1));
        assertThat(lengths.keySet()).noneMatch(id -> id.startsWith("chart-hosted-"));
        assertThat(browser.script("return Chart.getChart(document.getElementById('chart-p95-ratio'))"
                + ".data.datasets[1].pointStyle[arguments[0]]", SHIFT)).isEqualTo("triangle");
        assertThat(text("#trend-charts")).contains("connect p95 ratio moved at run #" + history.get(SHIFT));
        browser.screenshot("trends");

        WebElement canvas = browser.driver().findElement(By.id("chart-p95-ratio"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        Object[] xy = ((List<?>) browser.script("""
                const chart = Chart.getChart(document.getElementById('chart-p95-ratio'));
                const point = chart.getDatasetMeta(0).data[3];
                const box = chart.canvas.getBoundingClientRect();
                return [point.x - box.width / 2, point.y - box.height / 2];""")).toArray();
        new Actions(browser.driver()).moveToElement(canvas, ((Number) xy[0]).intValue(), ((Number) xy[1]).intValue())
                .click().perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/runs/" + history.get(3)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDrawBothLatencyDistributionsOfARunnerRunAndSayWhenNoneWasRecorded() {
        open("/runs/" + measuredRuns.get(MEASURED_DAYS.length - 1));
        waitFor("document.getElementById('distribution-charts').dataset.rendered === 'true'");
        Map<String, List<String>> datasets = (Map<String, List<String>>) browser.script("""
                const result = {};
                document.querySelectorAll('#distribution-charts canvas').forEach(c => result[c.id] =
                    Chart.getChart(c).data.datasets.map(d => d.label + ' ' + (d.data.length > 0)));
                return result;""");
        assertThat(datasets).containsOnlyKeys("distribution-open", "distribution-connect");
        datasets.values().forEach(sides -> assertThat(sides).containsExactly("baseline true", "with agent true"));
        // 1 % of the with-agent operations took 30 µs: its line ends at 0.01, the baseline's never gets that far out
        List<Object> tails = (List<Object>) browser.script("""
                const sets = Chart.getChart(document.getElementById('distribution-open')).data.datasets;
                const last = d => d.data[d.data.length - 1];
                return [last(sets[1]).y, last(sets[1]).x, last(sets[0]).x,
                    Chart.getChart(document.getElementById('distribution-open')).scales.x.type];""");
        assertThat(((Number) tails.get(0)).doubleValue()).isEqualTo(0.01);
        assertThat(((Number) tails.get(1)).doubleValue()).isGreaterThan(30);
        assertThat(((Number) tails.get(2)).doubleValue()).isLessThan(3);
        assertThat(tails.get(3)).isEqualTo("logarithmic");
        assertThat(text("#noise-floor")).contains("Noise floor of perf-2").contains("connect p95 ratio ±0.02")
                .contains("6 most recent runs");
        assertThat(text("#noise-warnings")).contains("audit_mode_connect p95_ratio: this host cannot judge a 5 % budget");
        browser.screenshot("run-measured");

        open("/runs/" + exampleRun);
        assertThat(text("#distributions-none")).startsWith("No latency distribution was recorded for this run");
        assertThat(browser.driver().findElements(By.id("distribution-charts"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldBandTheRatiosWithTheHostsNoiseFloorAndSpacePointsByTime() {
        Map<String, List<Object>> labels = openTrends(measured, "canvas", "d.label");
        assertThat(labels.get("chart-p95-ratio")).containsExactly("open p95 ratio", "connect p95 ratio", "budget",
                "upper noise floor, open p95 ratio", "lower noise floor, open p95 ratio",
                "upper noise floor, connect p95 ratio", "lower noise floor, connect p95 ratio");
        assertThat(labels.get("chart-comparison-0")).containsExactly("delta_pct", "budget",
                "upper noise floor, open compare", "lower noise floor, open compare");
        // the upper edge is shaded down to the lower one
        assertThat(browser.script("return Chart.getChart(document.getElementById('chart-p95-ratio'))"
                + ".data.datasets[5].fill")).isEqualTo("+1");
        // runs on days 0, 1, 2, 3, 4 and 11: the last gap is seven times the first on the axis
        List<Object> xs = (List<Object>) browser.script("""
                const chart = Chart.getChart(document.getElementById('chart-p95-ratio'));
                return chart.getDatasetMeta(1).data.map(point => point.x);""");
        double day = ((Number) xs.get(1)).doubleValue() - ((Number) xs.get(0)).doubleValue();
        double week = ((Number) xs.get(5)).doubleValue() - ((Number) xs.get(4)).doubleValue();
        assertThat(week / day).isCloseTo(7.0, org.assertj.core.data.Offset.offset(0.05));
        browser.screenshot("trends-noise");
    }

    @Test
    void shouldNarrowTheTrendWindowWithTheDateRange() {
        String from = Instant.now().minus(HISTORY + 2, ChronoUnit.DAYS).toString().substring(0, 10);
        String to = Instant.now().minus(HISTORY - 1, ChronoUnit.DAYS).toString().substring(0, 10);
        open("/projects/" + project + "/trends?from=" + from + "&to=" + to);
        waitFor("document.getElementById('trend-charts').dataset.rendered === 'true'");
        assertThat(browser.script("return Chart.getChart(document.getElementById('chart-open-latency'))"
                + ".data.datasets[0].data.length")).isEqualTo(4L);
    }

    @Test
    void shouldRenderEveryPageWithoutConsoleErrorsUnderTheContentSecurityPolicy() {
        browser.consoleProblems();
        for (String page : List.of("/", "/runs", "/runs/" + exampleRun, "/compare?a=" + history.get(0) + "&b="
                + exampleRun, "/projects/" + project + "/triage", "/hosted-runs/" + hostedRuns.get(1))) {
            open(page);
            assertThat(browser.consoleProblems()).as(page).isEmpty();
        }
        openTrends(triaged, "canvas", "d.data.length");
        assertThat(browser.consoleProblems()).as("trends").isEmpty();
        open("/runs/" + measuredRuns.get(MEASURED_DAYS.length - 1));
        waitFor("document.getElementById('distribution-charts').dataset.rendered === 'true'");
        assertThat(browser.consoleProblems()).as("distributions").isEmpty();
        openTrends(measured, "canvas", "d.data.length");
        assertThat(browser.consoleProblems()).as("trends with noise bands").isEmpty();
    }

    @Test
    void shouldShowHostileBranchAndBenchmarkNamesAsText() {
        open("/runs/" + xssRun);
        assertThat(text("main")).contains(XSS_BRANCH).contains(XSS_BENCHMARK);
        open("/runs?project=" + project);
        assertThat(text("#runs")).contains(XSS_BRANCH);
        open("/projects/" + project + "/trends?branch=" + java.net.URLEncoder.encode(XSS_BRANCH,
                java.nio.charset.StandardCharsets.UTF_8));
        waitFor("document.getElementById('trend-charts').dataset.rendered === 'true'");
        assertThat(text("#trend-charts")).contains(XSS_BENCHMARK + " delta");
        assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(browser.driver().findElements(By.cssSelector("img[src='x']"))).isEmpty();
    }

    @Test
    void shouldRunAFullTriageRoundAndDismissAHostedAlertAsNoise() {
        open("/projects/" + triaged + "/triage");
        WebElement noise = browser.driver().findElement(By.id("commit-c1c1c1c"));
        assertThat(noise.getText()).contains("hosted noise").contains("noise or non-critical drift")
                .contains("BM_ParsePolicy").contains("untriaged");
        assertThat(text("#commit-c2c2c2c")).contains("confirmed regression").contains("audit_mode_connect/p95_ratio")
                .contains("FAIL");
        assertThat(browser.driver().findElements(By.cssSelector("form.triage-actions"))).isEmpty();

        logInAsAdmin();
        open("/projects/" + triaged + "/triage");
        WebElement alert = browser.driver().findElement(By.cssSelector("#summaries li.alert[data-commit='c1c1c1c']"));
        String alertId = alert.getAttribute("id");
        alert.findElement(By.cssSelector("details.alone > summary")).click();
        alert.findElement(By.name("note")).sendKeys("shared runner was busy <b>again</b>");
        alert.findElement(By.cssSelector("button[value=dismiss]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(alert));

        assertThat(text(".flash-ok")).contains("is now dismissed as noise");
        WebElement moved = browser.driver().findElement(By.id(alertId));
        assertThat(moved.findElement(By.cssSelector(".state")).getText()).isEqualTo("dismissed as noise");
        moved.findElement(By.tagName("summary")).click();
        assertThat(moved.findElement(By.cssSelector("ol.audit")).getText())
                .contains("system · new → untriaged")
                .contains("admin · untriaged → dismissed_as_noise")
                .contains("shared runner was busy <b>again</b>");
        browser.screenshot("triage");
    }

    @Test
    void shouldOpenAHostedRunFromItsAlertOnTheTriagePage() {
        open("/projects/" + triaged + "/triage");
        browser.driver().findElement(By.cssSelector("#commit-c1c1c1c a.evidence-run")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().endsWith("/hosted-runs/" + hostedRuns.get(1)));

        // c1 is c0 with BM_ParsePolicy 1.3 times slower: the one alert, against c0 as its baseline
        WebElement alertRow = browser.driver().findElement(By.cssSelector("#compared tr.row-fail"));
        assertThat(alertRow.getText()).contains("BM_ParsePolicy").contains("1.3").contains("alert");
        assertThat(text("#baseline-runs")).isEqualTo("H-" + hostedRuns.get(0));
        assertThat(text("#excluded")).contains("only mean aggregates are compared");
        browser.screenshot("hosted-run");
    }

    @Test
    void shouldDrawHostedSeriesWithTheirAlertBand() {
        Map<String, List<Object>> hosted = openTrends(triaged, "canvas[id^='chart-hosted-']",
                "d.label + ' ' + d.data.length");
        assertThat(hosted).isNotEmpty();
        hosted.values().forEach(datasets -> assertThat(datasets).containsExactly("mean real time 3", "baseline 3",
                "upper threshold 3", "lower threshold 3"));
        assertThat(text("#trend-charts")).contains("BM_ParsePolicy");
    }

    @Test
    void shouldLetAnAdminCreateAndRevokeAnUploadTokenAndVersionBudgets() {
        logInAsAdmin();
        open("/admin");
        String name = "browser-token-" + System.nanoTime();
        WebElement create = browser.driver().findElement(By.cssSelector("form[action$='/admin/tokens']"));
        create.findElement(By.name("name")).sendKeys(name);
        create.findElement(By.cssSelector("button[type=submit]")).click();
        String secret = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.id("new-token-secret"))).getText();
        assertThat(secret).startsWith("bw_");
        var bundle = io.benchwarden.contract.fixtures.Examples.strictRun();
        String elsewhere = newProject("token-upload");
        var fields = Map.of("project", elsewhere, "ci_run_id", name);
        assertThat(upload(MultipartBody.of(io.benchwarden.support.Bundles.ciFields(fields), bundle), secret).status()).isEqualTo(201);

        open("/admin");
        assertThat(browser.driver().getPageSource()).as("the secret is shown once").doesNotContain(secret);
        WebElement row = browser.driver().findElements(By.cssSelector("#tokens tbody tr")).stream()
                .filter(r -> r.getText().startsWith(name)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.cssSelector(".flash-ok"))).getText()).contains("revoked");
        var again = Map.of("project", elsewhere, "ci_run_id", name + "-again");
        assertThat(upload(MultipartBody.of(io.benchwarden.support.Bundles.ciFields(again), bundle), secret).status()).isEqualTo(401);

        open("/admin/projects/" + elsewhere);
        WebElement budgets = browser.driver().findElement(By.cssSelector("form[action$='/budgets']"));
        WebElement connect = budgets.findElement(By.name("maxConnectP95Ratio"));
        connect.clear();
        connect.sendKeys("1.3");
        budgets.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElement(By.cssSelector(".flash-ok"))).getText())
                .contains("Budgets version 1 saved");
        assertThat(text("#budget-version")).isEqualTo("1");
        browser.screenshot("admin-project");
    }

    private static List<String> buttons(WebElement form) {
        return form.findElements(By.tagName("button")).stream().map(b -> b.getAttribute("value")).toList();
    }

    @Test
    void shouldTriageAWholeSummaryWithOneActionAndAnAuditEntryPerAlert() {
        logInAsAdmin();
        open("/projects/" + triaged + "/triage");
        WebElement summary = browser.driver().findElement(By.cssSelector("#summaries article.summary[data-kind='strict']"));
        String summaryId = summary.getAttribute("id");
        // c2's confirmed regression: its failing strict rows and the hosted alert of the same commit
        int alerts = summary.findElements(By.cssSelector("li.alert")).size();
        assertThat(summary.findElements(By.cssSelector("li.alert .kind"))).extracting(WebElement::getText)
                .containsOnly("HOSTED", "STRICT").contains("HOSTED");
        assertThat(summary.getText()).contains("audit_mode_connect/p95_ratio");
        assertThat(buttons(summary.findElement(By.cssSelector("form.summary-actions")))).containsExactly("acknowledge",
                "investigate", "confirm", "dismiss", "improvement", "fix", "note");

        summary.findElement(By.cssSelector("form.summary-actions input[name=note]")).sendKeys("bisected to c2");
        summary.findElement(By.cssSelector("form.summary-actions button[value=confirm]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(summary));

        assertThat(text(".flash-ok")).isEqualTo("Summary " + summaryId.substring("summary-".length())
                + " is now confirmed; " + alerts + " alerts moved with it.");
        WebElement moved = browser.driver().findElement(By.id(summaryId));
        assertThat(moved.findElement(By.cssSelector("h3 .state")).getText()).isEqualTo("confirmed");
        assertThat(buttons(moved.findElement(By.cssSelector("form.summary-actions")))).containsExactly("fix", "note");
        for (WebElement alert : moved.findElements(By.cssSelector("li.alert"))) {
            assertThat(alert.findElement(By.cssSelector(".state")).getText()).isEqualTo("confirmed");
            alert.findElement(By.cssSelector("details.alert-trail > summary")).click();
            assertThat(alert.findElement(By.cssSelector("ol.audit")).getText())
                    .contains("admin · untriaged → confirmed").contains("bisected to c2");
        }
        browser.screenshot("triage-summary");

        open("/projects/" + triaged + "/triage?state=confirmed");
        assertThat(browser.driver().findElements(By.cssSelector("#summaries article.summary")))
                .extracting(e -> e.getAttribute("id")).containsExactly(summaryId);
    }

    @Test
    void shouldShowTheDemosRegressionFixedByTheRunThatPassedItsRows() {
        List<Long> demoRuns = jdbc.sql("""
                SELECT r.id FROM strict_run r JOIN project p ON p.id = r.project_id WHERE p.name = ?
                ORDER BY r.started_at, r.id""").param(DemoHistory.PROJECT).query(Long.class).list();

        open("/projects/" + DemoHistory.PROJECT + "/triage?state=fixed");

        List<WebElement> fixed = browser.driver().findElements(By.cssSelector("#summaries article.summary"));
        assertThat(fixed).hasSize(1);
        WebElement summary = fixed.get(0);
        assertThat(summary.findElement(By.cssSelector("h3 .state")).getText()).isEqualTo("fixed");
        // every strict alert of days 20 to 25, and the hosted alert of day 20, belong to the one regression
        long raised = jdbc.sql("""
                SELECT count(*) FROM alert a JOIN project p ON p.id = a.project_id
                WHERE p.name = ? AND a.kind = 'strict' AND a.run_id BETWEEN ? AND ?""")
                .params(DemoHistory.PROJECT, demoRuns.get(20), demoRuns.get(25)).query(Long.class).single();
        List<WebElement> alerts = summary.findElements(By.cssSelector("li.alert"));
        assertThat(alerts).hasSize((int) raised + 1).allSatisfy(a -> assertThat(a.findElement(By.cssSelector(".state"))
                .getText()).isEqualTo("fixed"));
        assertThat(alerts).filteredOn(a -> a.findElement(By.cssSelector(".kind")).getText().equalsIgnoreCase("hosted"))
                .hasSize(1);
        assertThat(summary.findElement(By.cssSelector("a.first-run")).getText()).isEqualTo("#" + demoRuns.get(20));
        assertThat(summary.findElement(By.cssSelector("a.last-run")).getText()).isEqualTo("#" + demoRuns.get(25));
        assertThat(summary.findElement(By.cssSelector("a.fixed-by")).getText()).contains("#" + demoRuns.get(26));
        summary.findElement(By.cssSelector("details.summary-trail > summary")).click();
        assertThat(summary.findElement(By.cssSelector("ol.audit")).getText())
                .contains("system · untriaged → fixed #" + demoRuns.get(26));
        browser.screenshot("triage-demo-fixed");
    }

    @Test
    void shouldShowWhetherTheNewestCommitMayBePromotedWhereverAVerdictIsShown() {
        open("/");
        Map<String, WebElement> rows = new HashMap<>();
        browser.driver().findElements(By.cssSelector("#projects tbody tr"))
                .forEach(r -> rows.put(r.findElement(By.cssSelector("th a")).getText(), r));
        // a project whose runs carry no commit has no newest commit to judge
        Map<String, String> standing = new HashMap<>();
        rows.forEach((name, row) -> row.findElements(By.cssSelector("[data-promotion]"))
                .forEach(line -> standing.put(name, line.getAttribute("data-promotion"))));
        assertThat(standing).containsEntry(promotable, "promotable").containsEntry(project, "blocked")
                .containsEntry(triaged, "blocked").containsEntry(DemoHistory.PROJECT, "awaiting_strict");
        // the demo's newest strict run passed, but its newest commit has only a hosted alert: the page says so
        assertThat(rows.get(DemoHistory.PROJECT).getText()).contains("PASS").contains("may not be promoted")
                .contains("no strict run covers this commit yet");
        assertThat(rows.get(promotable).getText()).contains("may be promoted");

        open("/runs/" + exampleRun);
        assertThat(browser.driver().findElement(By.cssSelector("#run-triage [data-promotion]"))
                .getAttribute("data-promotion")).isEqualTo("blocked");
        List<String> raised = jdbc.sql("SELECT subject FROM alert WHERE kind = 'strict' AND run_id = ?")
                .param(exampleRun).query(String.class).list();
        assertThat(raised).contains("audit_mode_connect/p95_ratio", "audit_mode_open/delta_pct");
        assertThat(browser.driver().findElements(By.cssSelector("#run-alerts a.alert-link")))
                .extracting(WebElement::getText).containsExactlyInAnyOrderElementsOf(raised);
        browser.driver().findElement(By.cssSelector("#run-alerts a.summary-link")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.getCurrentUrl().contains("/projects/" + project + "/triage?branch=main#summary-"));
        assertThat(browser.driver().findElement(By.cssSelector("#promotion [data-promotion]"))
                .getAttribute("data-promotion")).isEqualTo("blocked");
    }
}
