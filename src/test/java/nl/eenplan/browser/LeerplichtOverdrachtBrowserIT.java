package nl.eenplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.BrowserTest;
import nl.eenplan.Http;
import nl.eenplan.Testdossiers;
import nl.eenplan.Toegankelijkheid;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.organisatie.Gemeenten;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The handover history on leerplicht's pages (Leerplichtwet 1969 art. 21: the gemeente where the pupil lives handles
 * the case). A pupil of the demo school in Utrecht (GM0344) moves to Zeist, then on to Nieuwegein: Nieuwegein's officer
 * sees on the escalation's page where it came from; Utrecht's sees in its inbox only that it handed it over to Zeist,
 * when and why (not the move on to Nieuwegein, which is newer); a gemeente that never had it (Wijk bij Duurstede) sees
 * nothing, on the page nor by id. Gemeente codes no other test uses. Every page passes axe-core.
 */
class LeerplichtOverdrachtBrowserIT extends BrowserTest {

    @Autowired
    LeerplichtService leerplicht;
    @Autowired
    Gemeenten gemeenten;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;

    @Test
    void deOntvangendeGemeenteZietWaarHetVandaanKwam_deOverdragendeAlleenAanWieWanneerEnWaarom() {
        gemeente("GM0355", "Zeist", "leerplichtzeist");
        gemeente("GM0356", "Nieuwegein", "leerplichtnieuwegein");
        gemeente("GM0352", "Wijk bij Duurstede", "leerplichtwijk");
        Http school = http().als("zorgcoordinator");
        Http.Antwoord dossier = school.post("/api/dossiers", Testdossiers.zonderBsn()
                .replace("\"leerjaar\": 7,", "\"leerjaar\": 7, \"woonadres\": " + adres("GM0344") + ","));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String nummer = dossier.json().get("nummer").asText();
        String naam = school.get("/api/dossiers/" + nummer).json().at("/leerling/voornaam").asText() + " Jansen";
        Long id = leerplicht.escaleer(nummer, Reden.VERZUIM, "16 uur ongeoorloofd verzuim in 4 lesweken.",
                "browsertest").getId();
        overdrachtenNaarLeerplicht();
        assertThat(school.put("/api/dossiers/" + nummer + "/leerling/woonadres", adres("GM0355")).status())
                .isEqualTo(200);
        assertThat(school.put("/api/dossiers/" + nummer + "/leerling/woonadres", adres("GM0356")).status())
                .isEqualTo(200);

        // Nieuwegein has it: its page says where it came from, both steps.
        browser.get("http://localhost:" + port + "/leerplicht/escalaties/" + id);
        meldAanOpEenPlan("leerplichtnieuwegein");
        browser.get("http://localhost:" + port + "/leerplicht/escalaties/" + id);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("kop-herkomst")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(naam,
                "Van gemeente Utrecht (GM0344) aan gemeente Zeist (GM0355) op",
                "Van gemeente Zeist (GM0355) aan gemeente Nieuwegein (GM0356) op",
                "Leerplichtwet 1969 art. 21", "door zorgcoordinator");
        Toegankelijkheid.controleer(browser, "escalatie met herkomst");

        // Utrecht handed it over: its inbox lists to whom, when and why; not the move on to Nieuwegein; no link to the case.
        String utrecht = inbox("leerplicht");
        assertThat(utrecht).contains("Overgedragen aan een andere gemeente", naam,
                "overgedragen aan gemeente Zeist (GM0355) op", "toen geregistreerd", "Leerplichtwet 1969 art. 21")
                .doesNotContain("Nieuwegein");
        assertThat(browser.findElements(By.cssSelector("a[href='/leerplicht/escalaties/" + id + "']"))).isEmpty();
        Toegankelijkheid.controleer(browser, "escalaties leerplicht met overdrachten");
        assertThat(http().als("leerplicht").get("/leerplicht/escalaties/" + id).status()).isEqualTo(404);

        // Zeist sees its own handover to Nieuwegein.
        assertThat(inbox("leerplichtzeist")).contains(naam, "overgedragen aan gemeente Nieuwegein (GM0356) op");

        // Wijk bij Duurstede never had it: nothing, on the page nor by id.
        assertThat(inbox("leerplichtwijk")).doesNotContain(naam).doesNotContain("Overgedragen aan een andere gemeente");
        assertThat(http().als("leerplichtwijk").get("/leerplicht/escalaties/" + id).status()).isEqualTo(404);
        assertThat(http().als("leerplichtwijk").get("/api/escalaties/" + id).status()).isEqualTo(404);
    }

    /** The inbox's text as this officer sees it, signed in afresh. */
    private String inbox(String gebruiker) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/leerplicht");
        meldAanOpEenPlan(gebruiker);
        browser.get("http://localhost:" + port + "/leerplicht");
        wacht.until(ExpectedConditions.textToBe(By.tagName("h1"), "Escalaties leerplicht"));
        return browser.findElement(By.tagName("main")).getText();
    }

    private void gemeente(String code, String naam, String gebruiker) {
        gemeenten.registreer(code, naam);
        gebruikers.maakAlsNieuw(gebruiker, "Leerplicht", naam, "demo", Groepen.LEERPLICHT);
        organisaties.voegToeAanOrganisatie(gebruiker, Organisaties.gemeenteGroep(naam));
    }

    private static String adres(String gemeentecode) {
        return "{\"postcode\": \"3701 AB\", \"huisnummer\": \"12a\", \"woonplaats\": \"Zeist\", \"gemeentecode\": \""
                + gemeentecode + "\", \"vertrouwelijk\": false}";
    }
}
