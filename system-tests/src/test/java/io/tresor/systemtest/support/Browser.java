package io.tresor.systemtest.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium with a profile of its own, for one test. The driver and browser are the
 * Debian packages, named by path, so Selenium Manager never tries to download anything.
 * Close it (try-with-resources) to end the browser and remove the profile.
 */
public final class Browser implements AutoCloseable {

    private static final String DOWNLOADS = "downloads";

    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final String BINARY = "/usr/bin/chromium";

    private final Path profile;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static Browser open() {
        Path profile;
        try {
            // A fresh profile each time: no cookies or cache leak from one test into the next.
            profile = Files.createTempDirectory("tresor-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                // CI runs as root, where Chromium's sandbox cannot start.
                "--no-sandbox",
                "--disable-gpu",
                // Containers often have a tiny /dev/shm; Chromium then crashes on larger pages.
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                // No calls home: the tests must run offline and see only Tresor's traffic.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=en",
                "--user-data-dir=" + profile);
        // Downloads land in the profile without asking, where downloaded() finds them.
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", profile.resolve(DOWNLOADS).toString(),
                "download.prompt_for_download", false));
        // The server's certificate is self-signed.
        options.setAcceptInsecureCerts(true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER)
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(profile, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits for a download whose name ends so to be complete and returns the file. */
    public Path downloaded(String suffix, Duration timeout) throws InterruptedException {
        Path dir = profile.resolve(DOWNLOADS);
        for (Instant deadline = Instant.now().plus(timeout); Instant.now().isBefore(deadline); Thread.sleep(200)) {
            // Chromium writes a .crdownload file and renames it once the download is complete.
            try (Stream<Path> files = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
                Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + dir, e);
            }
        }
        throw new IllegalStateException("No download ending in " + suffix + " within " + timeout.toSeconds() + " s");
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        Path target = TresorServer.buildDirectory().resolve("screenshots")
                .resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
        try {
            Files.createDirectories(target.getParent());
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the screenshot " + target, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A profile left in the temp directory is untidy, not a test failure.
        }
    }
}
