package org.pustaka.central.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver (never a downloaded one), with a fresh profile.
 * Screenshots go to {@code target/screens/staff}.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENS = Path.of("target", "screens", "staff");

    final ChromeDriver driver;
    private final Path profile;

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("staff-chromium");
            Files.createDirectories(SCREENS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary("/usr/bin/chromium");
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** Clicks what loads another page (a link, a form's button) and waits until that page has loaded. */
    static void clickAndWait(ChromeDriver d, By by) {
        clickAndWait(d, d.findElement(by));
    }

    /** As {@link #clickAndWait(ChromeDriver, By)}, for an element already found. */
    static void clickAndWait(ChromeDriver d, WebElement element) {
        WebElement html = d.findElement(By.tagName("html"));
        element.click();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(x -> "complete".equals(d.executeScript("return document.readyState;")));
    }

    void screenshot(String name) {
        try {
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
