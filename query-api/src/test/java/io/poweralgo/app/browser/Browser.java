package io.poweralgo.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Debian's headless Chromium driven through chromedriver (both installed by .ci/run), with the
 * flags this machine's closed network needs, a fresh profile, and screenshots on request.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("poweralgo-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1366,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Signs in from the sign-in page of a signed-out browser, as a new visitor does: a session that
     * is already signed in would pass the console's authorization and hide a sign-in form that
     * strangers cannot post.
     */
    void signIn(String subject, String role) {
        signOut();
        open("/login");
        WebElement field = driver.findElement(By.id("subject"));
        field.clear();
        field.sendKeys(subject);
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        driver.findElement(By.cssSelector("#dev-sign-in button[type=submit]")).click();
        await(d -> !d.getCurrentUrl().contains("/login") && d.findElements(By.cssSelector(".who .subject")).size() == 1
                && subject.equals(d.findElement(By.cssSelector(".who .subject")).getText().trim()));
    }

    void signOut() {
        open("/");
        List<WebElement> signOut = driver.findElements(By.cssSelector(".who form button"));
        if (!signOut.isEmpty()) {
            signOut.get(0).click();
            await(d -> d.getCurrentUrl().contains("/login"));
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A GET with this browser's session, as a download link would send it: status, content type, disposition, body. */
    @SuppressWarnings("unchecked")
    List<Object> fetch(String path) {
        return (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t =>"
                        + " done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'), t])))"
                        + ".catch(e => done([0, '', '', String(e)]));", path);
    }

    /**
     * Saves the whole page (the window grown to its height, at most 3000 px) as {@code name}.png in
     * the folder given by -Dpoweralgo.screenshots (default target/screenshots).
     */
    void screenshot(String name) {
        Path folder = Path.of(System.getProperty("poweralgo.screenshots", "target/screenshots"));
        Dimension window = driver.manage().window().getSize();
        long height = (Long) script("return Math.min(3000, document.documentElement.scrollHeight + 120)");
        try {
            Files.createDirectories(folder);
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), height)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    void keepFailedPage(String name) {
        Path folder = Path.of("target/screenshots");
        try {
            Files.createDirectories(folder);
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the test's own failure is what matters
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
