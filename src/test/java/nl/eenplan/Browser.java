package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium headless shell (or, where only chromium is installed, the full browser) driven by Debian's
 * chromium-driver. Tests that need it skip with a message when it is not installed; CI installs it (.ci/run), so there
 * they always run.
 */
public final class Browser {

    /**
     * Chromium's headless shell (Debian's package chromium-headless-shell: Chromium's old headless mode, the same
     * rendering and JavaScript engine without the browser's own layer, made for automated tests): the browser classes
     * on their own took a sixth less time than with the full browser, in the whole run a few per cent (measured on
     * 2026-12-06; docs/architecture.md, "Keeping mvn verify fast"). Without it the full browser, so that a machine with
     * only chromium still runs every browser test.
     * Debian's binaries themselves, not its scripts in /usr/bin: the headless shell's script starts it as a child and
     * does not hand over to it, so chromedriver would stop the script and leave the browser running after the tests.
     * /usr/bin/chromium last, for a chromium installed otherwise. System property {@code eenplan.chromium} names
     * another binary.
     */
    static final Path CHROMIUM = Path.of(System.getProperty("eenplan.chromium", Stream.of(
                    "/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium", "/usr/bin/chromium")
            .filter(b -> Files.isExecutable(Path.of(b))).findFirst()
            .orElse("/usr/lib/chromium/chromium-headless-shell")));
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The window a test starts with. */
    static final Dimension SCHERM = new Dimension(1400, 1000);

    private Browser() {
    }

    public static ChromeDriver start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium (" + CHROMIUM + ") of chromedriver (" + CHROMEDRIVER + ") ontbreekt (apt-get install "
                        + "chromium-headless-shell chromium-driver): browsertest overgeslagen");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        // chromedriver's switch that makes the browser write chrome_debug.log, beside the headless shell's binary in
        // /usr/lib/chromium; no test reads it.
        opties.setExperimentalOption("excludeSwitches", List.of("enable-logging"));
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + SCHERM.getWidth() + "," + SCHERM.getHeight(), "--lang=nl",
                // A Dutch browser, as a school's is: headless chromium takes its languages (navigator.languages, which
                // Camunda's webapps choose their language by) from this switch, not from --lang.
                "--accept-lang=nl-NL,nl",
                // One renderer process for every page instead of a new one for each site and for many navigations
                // (34 processes over four browser classes): a test's pages are EenPlan's and the test identity
                // provider's on localhost, so isolating sites from each other protects nothing here. The pages and
                // their checks are the same; measured 2026-12-05, twice each way, five browser classes 189 -> 168 s.
                // The first switch turns site isolation off (Chromium's site-per-process is a switch, not a feature).
                "--disable-site-isolation-trials", "--disable-features=IsolateOrigins", "--renderer-process-limit=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, opties);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().window().setSize(SCHERM);
        return driver;
    }

    /**
     * Makes a used chromium as a new one for the next test of the application at {@code herkomst}
     * ("http://localhost:port"): no dialog, one tab, a blank page, no cookies (of any site: the test identity provider's
     * too), no storage of the application or of the site the last test ended on, the start size.
     */
    public static void alsNieuw(ChromeDriver driver, String herkomst) {
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException geenDialoog) {
            // the usual case
        }
        List<String> tabs = new ArrayList<>(driver.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            driver.switchTo().window(tab).close();
        }
        driver.switchTo().window(tabs.get(0));
        Set<String> herkomsten = new LinkedHashSet<>(List.of(herkomst));
        URI vorige = URI.create(driver.getCurrentUrl());
        if (vorige.getScheme() != null && vorige.getScheme().startsWith("http")) {
            herkomsten.add(vorige.getScheme() + "://" + vorige.getAuthority());
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (String h : herkomsten) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", h, "storageTypes", "all"));
        }
        opStartgrootte(driver);
    }

    /**
     * Back to the start size, checked: a test that worked at a phone's width must not leave the next one at it (a
     * Tasklist at 390 px folds its header, and "Proces starten" is no longer visible text).
     */
    static void opStartgrootte(ChromeDriver driver) {
        for (int poging = 0; poging < 5 && !SCHERM.equals(driver.manage().window().getSize()); poging++) {
            driver.manage().window().setSize(SCHERM);
        }
        assertThat(driver.manage().window().getSize()).as("venster op de startgrootte").isEqualTo(SCHERM);
    }

    /**
     * The chromium of a test run (a JUnit store value): started when a test first needs it, started again if it died,
     * closed by JUnit when the run ends. It counts its starts on standard output ("Chromium gestart").
     */
    public static final class Gedeeld implements ExtensionContext.Store.CloseableResource {

        private ChromeDriver driver;
        private int starts;

        public ChromeDriver levend() {
            if (driver != null && !leeft(driver)) {
                sluit();
            }
            if (driver == null) {
                driver = start();
                starts++;
                System.out.println("Chromium gestart (" + starts + "e keer in deze test-JVM)");
            }
            return driver;
        }

        private static boolean leeft(ChromeDriver driver) {
            try {
                driver.getWindowHandles();
                return true;
            } catch (WebDriverException dood) {
                return false;
            }
        }

        private void sluit() {
            try {
                driver.quit();
            } catch (WebDriverException alDood) {
                // nothing left to close
            } finally {
                driver = null;
            }
        }

        @Override
        public void close() {
            if (driver != null) {
                sluit();
            }
        }
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
