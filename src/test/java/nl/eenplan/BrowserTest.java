package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * Base of the browser tests: a person in Camunda's webapps, in Debian's headless chromium. Skips
 * with a message when chromium is not installed; a test that fails leaves a screenshot and the page's HTML of where it
 * stopped in target/screenshots.
 *
 * <p>One chromium serves every browser test of a test JVM (starting one costs seconds, each test would pay it): before
 * each test it is made as new ({@link Browser#alsNieuw}: no cookies, no storage, one tab, the normal size), and JUnit
 * closes it at the end of the run.
 */
@ExtendWith({BrowserTest.EenChromium.class, BrowserTest.FoutOpScherm.class})
public abstract class BrowserTest extends IntegratieTest {

    protected ChromeDriver browser;
    protected WebDriverWait wacht;

    @BeforeEach
    void browserAlsNieuw() {
        Browser.alsNieuw(browser, "http://localhost:" + port);
        // Conditions are checked often: a page is ready in well under the default half second.
        wacht = new Wacht(browser);
    }

    /**
     * Waits up to 20 s, checking every 100 ms. An element that htmx replaced between finding it and reading it counts
     * as "not yet", also when chromedriver reports it as a plain error ("Node with given id does not belong to the
     * document", seen with chromium 156) instead of a stale element.
     */
    static final class Wacht extends WebDriverWait {

        private final WebDriver browser;

        Wacht(WebDriver browser) {
            super(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
            this.browser = browser;
        }

        @Override
        public <V> V until(Function<? super WebDriver, V> conditie) {
            try {
                return wachtOp(conditie);
            } catch (TimeoutException e) {
                throw new TimeoutException(e.getMessage() + "\n" + toestand(), e);
            }
        }

        /** Where the browser was when a wait gave up (CI keeps no screenshots): address, width, start of the text. */
        private String toestand() {
            try {
                String tekst = browser.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
                return "Pagina " + browser.getCurrentUrl() + ", venster " + browser.manage().window().getSize()
                        + ", tekst: " + tekst.substring(0, Math.min(600, tekst.length()));
            } catch (WebDriverException onleesbaar) {
                return "Pagina onleesbaar: " + onleesbaar.getClass().getSimpleName();
            }
        }

        private <V> V wachtOp(Function<? super WebDriver, V> conditie) {
            return super.until(driver -> {
                try {
                    return conditie.apply(driver);
                } catch (StaleElementReferenceException vervangen) {
                    return null;
                } catch (WebDriverException e) {
                    if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                        return null; // replaced meanwhile: look again at the next check
                    }
                    throw e;
                }
            });
        }
    }

    /**
     * A failed test's page as it was when the test stopped (before its {@code @AfterEach}), or when its
     * {@code @BeforeEach} failed, named after the test (and the case of a parameterized one). Only then: a picture of
     * every passing test cost about 0.13 s each (chromedriver's log, 2026-12-05) and kept only the last test of each
     * class. A test skipped by an assumption leaves none.
     */
    static final class FoutOpScherm implements AfterTestExecutionCallback, LifecycleMethodExecutionExceptionHandler {

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent()) {
                leg(context);
            }
        }

        @Override
        public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable fout)
                throws Throwable {
            try {
                leg(context);
            } catch (RuntimeException geenBeeld) {
                fout.addSuppressed(geenBeeld); // the @BeforeEach's own failure is what the report must show
            }
            throw fout;
        }

        private static void leg(ExtensionContext context) {
            ChromeDriver browser = ((BrowserTest) context.getRequiredTestInstance()).browser;
            if (browser != null) {
                String methode = context.getRequiredTestMethod().getName();
                String geval = context.getDisplayName().equals(methode + "()") ? ""
                        : "-" + context.getDisplayName().replaceAll("[^\\p{Alnum}]+", "_");
                Browser.screenshot(browser, context.getRequiredTestClass().getSimpleName() + "-" + methode + geval
                        + "-fout");
            }
        }
    }

    /** Gives each browser test the one chromium of the run, started by the first (again if it died). */
    static final class EenChromium implements BeforeEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            Browser.Gedeeld gedeeld = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(Browser.Gedeeld.class, k -> new Browser.Gedeeld(), Browser.Gedeeld.class);
            ((BrowserTest) context.getRequiredTestInstance()).browser = gedeeld.levend();
        }
    }

    /** Opens a webapp (tasklist, cockpit, admin) and logs in as a demo user, as a person would. */
    protected void meldAan(String app, String gebruiker) {
        browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
        WebElement naam = wacht.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
        WebElement wachtwoord = browser.findElement(By.cssSelector("input[type=password]"));
        // The login page's controller puts the focus on the name field once it is set up, which can be after the
        // password field got it: then "demo" lands behind the name and the empty password stops the form. So type
        // until both fields hold what was typed (the focus moves only once).
        wacht.until(b -> {
            naam.clear();
            naam.sendKeys(gebruiker);
            wachtwoord.clear();
            wachtwoord.sendKeys("demo");
            return gebruiker.equals(naam.getDomProperty("value")) && "demo".equals(wachtwoord.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Camunda's red "time to migrate to Camunda 8" bar is in the page's header but not shown (user-styles.css of each
     * webapp), in no language.
     */
    protected void geenMigratiebalk() {
        assertThat(browser.findElements(By.cssSelector("[cam-widget-header] .ce-eol-banner")))
                .as("Camunda's migratiebalk staat niet meer in de kop: controleer de user-styles.css van de webapps")
                .isNotEmpty()
                .allSatisfy(balk -> assertThat(balk.isDisplayed()).as("migratiebalk zichtbaar").isFalse());
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
    }

    /** Signs in on EenPlan's own login page (the browser is on it) as a demo user. */
    protected void meldAanOpEenPlan(String gebruiker) {
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(gebruiker);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // Wait for the sign-in to land: a page opened before that would cancel it and find the login page again.
        wacht.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * The input or text area under a form-js label (its text starts with the label; required ones end in *); in a list
     * with rows, the newest row's.
     */
    protected WebElement veld(String label) {
        By pad = By.xpath("//label[starts-with(normalize-space(), '" + label
                + "')]/following::*[self::input or self::textarea][1]");
        wacht.until(ExpectedConditions.elementToBeClickable(pad));
        List<WebElement> velden = browser.findElements(pad);
        return velden.get(velden.size() - 1);
    }

    protected WebElement klik(By waar) {
        WebElement e = wacht.until(ExpectedConditions.elementToBeClickable(waar));
        // In view first: Tasklist's footer covers the bottom of a long list.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
        return e;
    }
}
