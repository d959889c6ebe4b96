package nl.eenplan.schoolwissel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * An installation as shipped: the school change is off (eenplan.schoolwissel.actief=false) until the school the pupil
 * leaves confirms it. A school that types another school's pupil's BSN receives nothing of that pupil, and the other
 * school's dossier stays open and its own.
 */
@TestPropertySource(properties = "eenplan.schoolwissel.actief=false")
class SchoolwisselUitIT extends IntegratieTest {

    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;
    @Autowired
    DossierService dossierService;

    @Test
    void eenAndereSchoolKrijgtMetEenBsnNietsVanDeLeerlingVanDeVorigeSchool() {
        gebruikers.maakAlsNieuw("zcRegenboogUit", "Rita", "Regenboog", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcRegenboogUit", SchoolwisselIT.OUD);
        gebruikers.maakAlsNieuw("zcBakenUit", "Bart", "Baken", "demo", Groepen.ZORGCOORDINATOR);
        organisaties.voegToeAanSchool("zcBakenUit", SchoolwisselIT.NIEUW);
        String bsn = Testdossiers.nieuwBsn();
        String oud = http().als("zcRegenboogUit").post("/api/dossiers", Testdossiers.metBsn(bsn)).json()
                .get("nummer").asText();
        dossierService.voegDoelenToe(oud, List.of("Sam leest vlot op AVI-niveau E6"));
        Http.Antwoord geopend = http().als("zcBakenUit").post("/api/dossiers", Testdossiers.metBsn(bsn)
                .replace(SchoolwisselIT.OUD, SchoolwisselIT.NIEUW).replace("\"PO\"", "\"VO\"")
                .replace("\"leerjaar\": 7", "\"leerjaar\": 1").replaceAll(",\\s*\"ouders\": \\[[^\\]]*\\]", ""));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        String nieuw = geopend.json().get("nummer").asText();

        Http.Antwoord gemeld = http().als("zcBakenUit").post("/api/dossiers/" + nieuw + "/schoolwissel",
                "{\"ingeschrevenOp\": \"" + vandaag() + "\"}");
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(409);
        assertThat(gemeld.body()).contains("nog niet", "vorige school de overstap bevestigt");

        assertThat(http().als("zcBakenUit").get("/api/dossiers/" + nieuw).json().get("doelen")).isEmpty();
        Http.Antwoord vorige = http().als("zcRegenboogUit").get("/api/dossiers/" + oud);
        assertThat(vorige.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(vorige.json().at("/doelen/0/omschrijving").asText()).isEqualTo("Sam leest vlot op AVI-niveau E6");
        assertThat(http().als("zcBakenUit").metKop("Accept", "text/html").get("/leerlingen/" + nieuw).body())
                .as("no button for what cannot be done").doesNotContain("Schoolwissel melden");
    }
}
