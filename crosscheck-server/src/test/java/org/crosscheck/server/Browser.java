package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test's harness: Debian's headless Chromium driven by Selenium against a server on 127.0.0.1, with
 * screenshots into target/screenshots. Skipped when Chromium is not installed, except on CI (CI=true), where its
 * absence fails the run. One per test class; close it after the class.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    final WebDriverWait wait;
    final String base;
    final Path shots;

    private Browser(WebDriver driver, String base) throws IOException {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
        this.shots = Path.of(System.getProperty("crosscheck.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    /** Skips the test class (or fails it on CI) without Chromium. */
    static void assumeChromium() {
        boolean have = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(have, "Debian's chromium and chromium-driver are not installed");
        }
        assertTrue(have, "CI must install Debian's chromium and chromium-driver (.ci/run does)");
    }

    static Browser open(String base, Path profile) throws IOException {
        assumeChromium();
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, o), base);
    }

    /** Opens a page and waits until it says it has loaded (body[data-loaded]) or shows an error. */
    void get(String path) {
        driver.get(base + path);
        waitLoaded();
    }

    void waitLoaded() {
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded"))
                || !d.findElement(By.id("status")).getText().isEmpty()
                && d.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertEquals("true", driver.findElement(By.tagName("body")).getAttribute("data-loaded"),
                "page did not load: " + driver.findElement(By.id("status")).getText());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void shot(String name) throws IOException {
        Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, shots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The full page: the window is made as tall as the document for the shot. */
    void fullShot(String name) throws IOException {
        Dimension before = driver.manage().window().getSize();
        long h = (Long) js("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, h + 150)));
        shot(name);
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
