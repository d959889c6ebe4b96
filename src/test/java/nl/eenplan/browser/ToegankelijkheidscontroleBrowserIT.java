package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.eenplan.BrowserTest;
import nl.eenplan.Toegankelijkheid;
import org.junit.jupiter.api.Test;

/**
 * The accessibility check every browser test relies on ({@link Toegankelijkheid}, axe-core against WCAG 2.1 AA): it
 * finds a serious violation in the page and in a frame, and a page it checked before is checked as it is now, with the
 * axe-core already in it (put into a document once, not at every check).
 */
class ToegankelijkheidscontroleBrowserIT extends BrowserTest {

    private static final String KOP = "<!doctype html><html lang='nl'><head><title>Proef</title></head><body><main>"
            + "<h1>Proef</h1>";
    private static final String EINDE = "</main></body></html>";

    @Test
    void eenAfbeeldingZonderTekstValtOpEnNaHerstelNietMeerMetDezelfdeAxe() {
        pagina(KOP + "<img id='foto' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>" + EINDE);

        assertThatThrownBy(() -> Toegankelijkheid.controleer(browser, "proefpagina"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt").hasMessageContaining("#foto");
        browser.executeScript("window.axe.geladenVoorDeEersteControle = true;"
                + "document.getElementById('foto').alt = 'Een foto van de school';");

        Toegankelijkheid.controleer(browser, "proefpagina hersteld");
        assertThat(browser.executeScript("return window.axe.geladenVoorDeEersteControle === true;"))
                .as("de tweede controle gebruikt de axe-core die al in de pagina staat").isEqualTo(true);
    }

    @Test
    void eenInvoerveldZonderLabelInEenFrameValtOpEnNaHerstelNietMeer() {
        pagina(KOP + "<iframe title='Formulier' srcdoc=\"<!doctype html><html lang='nl'><head><title>Formulier"
                + "</title></head><body><main><input id='naam' type='text'></main></body></html>\"></iframe>"
                + EINDE);

        assertThatThrownBy(() -> Toegankelijkheid.controleer(browser, "proefpagina met een frame"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("label").hasMessageContaining("#naam");
        browser.switchTo().frame(0);
        browser.executeScript("window.axe.geladenVoorDeEersteControle = true;"
                + "var label = document.createElement('label'); label.htmlFor = 'naam'; label.textContent = 'Naam';"
                + "document.querySelector('main').prepend(label);");
        browser.switchTo().defaultContent();

        Toegankelijkheid.controleer(browser, "proefpagina met een frame, hersteld");
        browser.switchTo().frame(0);
        assertThat(browser.executeScript("return window.axe.geladenVoorDeEersteControle === true;"))
                .as("de tweede controle gebruikt de axe-core die al in het frame staat").isEqualTo(true);
        browser.switchTo().defaultContent();
    }

    /** Writes the page into the blank document the browser starts each test on. */
    private void pagina(String html) {
        browser.executeScript("document.open(); document.write(arguments[0]); document.close();", html);
    }
}
