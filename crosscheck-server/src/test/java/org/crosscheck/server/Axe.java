package org.crosscheck.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of the browser tests: axe-core (npm, unpacked by the build into target/axe, never in
 * the jar) run in the page as it is shown. A page passes when axe finds no violation of impact serious or
 * critical. Shared by every browser test class; stateless apart from the script read once.
 */
final class Axe {
    private static String script;

    private Axe() {
    }

    private static synchronized String script() {
        if (script == null) {
            Path p = Path.of(System.getProperty("crosscheck.axe", "target/axe/axe.min.js"));
            try {
                script = Files.readString(p);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not unpacked at " + p + " (the build's npm step)", e);
            }
        }
        return script;
    }

    /** The serious and critical violations on the page now shown, one line each: rule, impact, first targets. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(script());
        }
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "    .map(function (v) { return { id: v.id, impact: v.impact, help: v.help,"
                + "      targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ') }; }));"
                + "}).catch(function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: '' }]); });");
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            out.add(v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"));
        }
        return out;
    }

    /** Fails with every serious or critical violation of the page now shown, named by {@code page}. */
    static void assertAccessible(WebDriver driver, String page) {
        List<String> found = seriousViolations(driver);
        assertTrue(found.isEmpty(), page + ": axe-core finds " + String.join("; ", found));
    }
}
