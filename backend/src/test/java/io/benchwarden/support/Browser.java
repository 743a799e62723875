package io.benchwarden.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a whole test class, driven through the distribution's chromedriver. Without the
 * browser the tests are skipped on a workstation and fail in CI, where a missing browser is a broken build.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Dimension LAPTOP = new Dimension(1366, 900);
    private static final String SCREENSHOTS_PROPERTY = "benchwarden.screenshots";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message + "; they are required when CI is set");
            }
            Assumptions.abort(message);
        }
        try {
            Path profile = Files.createTempDirectory("benchwarden-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(LAPTOP);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Loads the page and waits until it is complete. The driver can hand a page back while it is still
     * "interactive", before its stylesheet applies; laid out unstyled, its tables were wider than a phone, and a test
     * measuring then judged a page nobody sees.
     */
    public void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(loaded -> "complete".equals(script("return document.readyState")));
    }

    /** Console messages at warning level or above since the last call: CSP violations and script errors land here. */
    public List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Lays pages out at this viewport width (CSS pixels), as a phone would; headless Chromium's window cannot be
     * made narrower than 500 pixels, so the width is emulated. {@link #laptop()} undoes it.
     */
    public void viewportWidth(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
                LAPTOP.height, "deviceScaleFactor", 1, "mobile", false));
    }

    public void laptop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Answers {@code prefers-color-scheme} with {@code light} or {@code dark}, as an operating system setting would. */
    public void colourScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Saves the whole page (beyond the viewport) as {@code <name>.png} in the screenshot directory, overwriting the
     * last one. The directory is {@code target/screenshots} of the module, so a test run changes nothing tracked;
     * {@code -Dbenchwarden.screenshots=docs/screenshots} (a path relative to the repository root) refreshes the
     * pictures in the documentation instead.
     */
    public void screenshot(String name) {
        Number height = (Number) script("return document.documentElement.scrollHeight");
        Number width = (Number) script("return window.innerWidth");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(), "height",
                Math.min(height.intValue(), 6000), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path dir = screenshotDirectory();
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Tests run in the backend module's directory, so the repository root is its parent. */
    private static Path screenshotDirectory() {
        String chosen = System.getProperty(SCREENSHOTS_PROPERTY, "");
        return chosen.isBlank() ? Path.of("target", "screenshots") : Path.of("..").resolve(chosen).normalize();
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ex) {
            // a leftover temporary profile is harmless
        }
    }
}
