package nl.eenplan;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromium-driver, headless. Tests that need it skip with a
 * message when it is not installed; CI installs it (.ci/run), so there they always run.
 */
public final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium of chromedriver ontbreekt (apt-get install chromium chromium-driver): browsertest overgeslagen");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=nl",
                // A Dutch browser, as a school's is: headless chromium takes its languages (navigator.languages, which
                // Camunda's webapps choose their language by) from this switch, not from --lang.
                "--accept-lang=nl-NL,nl");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, opties);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /**
     * A picture of one of EenPlan's main pages: saved as {@link #screenshot}, and also as {@code <naam>.png} in the
     * folder of system property {@code eenplan.schermafbeeldingen} when set (the docs' pictures; see
     * docs/schermafbeeldingen/README.md).
     */
    public static void voorDocs(ChromeDriver driver, String naam) {
        Path bestand = screenshot(driver, naam);
        String map = System.getProperty("eenplan.schermafbeeldingen", "");
        if (!map.isBlank()) {
            try {
                Path doel = Files.createDirectories(Path.of(map)).resolve(naam + ".png");
                Files.copy(bestand, doel, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Saves a screenshot (and the page's HTML) under target/screenshots for the reviewer. */
    public static Path screenshot(ChromeDriver driver, String naam) {
        try {
            Path map = Files.createDirectories(Path.of("target", "screenshots"));
            Path bestand = map.resolve(naam + ".png");
            Files.write(bestand, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(map.resolve(naam + ".html"), driver.getPageSource());
            return bestand;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
