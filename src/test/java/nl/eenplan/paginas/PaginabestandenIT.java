package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The files of EenPlan's pages (issue #25): the links a page writes are not looked up as static files, and the files
 * the pages name still come, the WebJar by the versioned path the page writes. The browser keeps them (they hold no
 * pupil data), the page itself never.
 */
class PaginabestandenIT extends IntegratieTest {

    private static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    private static final String UTRECHT = "/vendor/utrecht-component-library-css-9.0.4/index.css";
    private static final String FORMULIER = "/vendor/form-js-1.8.7/form-viewer.umd.js";

    @Autowired
    ApplicationContext context;

    @Test
    void linksZijnGeenBestandenEnDeBestandenKomen() {
        // Beside a WebJars locator Spring Boot turns the resource chain on; its filter looked up every th:href of a page
        // in the class path (Mijn werk at 500 tasks: most of its CPU). Off in application.yaml.
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();

        String mijnWerk = http().als("zorgcoordinator").metKop("Accept", "text/html").get("/").body();
        assertThat(mijnWerk).contains(HTMX, "/css/eenplan.css", UTRECHT);
        for (String bestand : new String[] {HTMX, "/css/eenplan.css", UTRECHT}) {
            assertThat(http().get(bestand).status()).as(bestand).isEqualTo(200);
        }
        // The API's documentation page finds its WebJar's files without the chain (springdoc resolves its version).
        Http.Antwoord swagger = http().get("/swagger-ui/index.html");
        assertThat(swagger.status()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui-bundle.js");
        assertThat(http().get("/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(http().get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs");
    }

    @Test
    void deBrowserHoudtDeBestandenEnNooitDePagina() {
        // With their version in the path: a year, without asking.
        for (String bestand : new String[] {HTMX, UTRECHT, FORMULIER}) {
            Http.Antwoord antwoord = http().get(bestand);
            assertThat(antwoord.status()).as(bestand).isEqualTo(200);
            assertThat(kop(antwoord, "Cache-Control")).as(bestand)
                    .isEqualTo("max-age=31536000, public, immutable");
        }
        // EenPlan's own, named alike in every release: kept, asked again each time, 304 while unchanged.
        for (String bestand : new String[] {"/css/eenplan.css", "/js/formulier.js"}) {
            Http.Antwoord antwoord = http().get(bestand);
            assertThat(kop(antwoord, "Cache-Control")).as(bestand).isEqualTo("no-cache, public");
            String gewijzigd = kop(antwoord, "Last-Modified");
            assertThat(gewijzigd).as(bestand).isNotBlank();
            Http.Antwoord nogmaals = http().metKop("If-Modified-Since", gewijzigd).get(bestand);
            assertThat(nogmaals.status()).as(bestand).isEqualTo(304);
            assertThat(nogmaals.body()).isEmpty();
        }
        // A file that is not there is no 200 (and no cached page).
        assertThat(http().get("/vendor/form-js-1.8.7/bestaat-niet.js").status()).isEqualTo(404);
        // A page and the API: never kept, also not by a browser.
        Http.Antwoord pagina = http().als("zorgcoordinator").metKop("Accept", "text/html").get("/");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(kop(pagina, "Cache-Control")).contains("no-store");
        assertThat(kop(http().als("zorgcoordinator").get("/api/dossiers"), "Cache-Control")).contains("no-store");
    }

    private static String kop(Http.Antwoord antwoord, String naam) {
        return antwoord.headers().firstValue(naam).orElse("");
    }
}
