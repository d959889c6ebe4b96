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
 * the pages name still come, the WebJar by the versioned path the page writes.
 */
class PaginabestandenIT extends IntegratieTest {

    private static final String HTMX = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    private static final String UTRECHT = "/vendor/utrecht-component-library-css-9.0.4/index.css";

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
}
