package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Sessie;
import nl.eenplan.Webapp;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.security.EngineGebruiker;
import nl.eenplan.security.Gezinslid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The family's doors (issue #24, docs/security.md "The family"): a parent signed in on the pages reaches /gezin and
 * nothing else, not even their own child's dossier through the API; a family password opens no basic door, no
 * /engine-rest and no Camunda webapp; the family's forms need the session's CSRF token and EenPlan's own origin.
 */
class GezinDeurenIT extends IntegratieTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    @Autowired
    DossierService dossiers;
    @Autowired
    EngineGebruiker engineGebruiker;
    @Autowired
    GezinInrichting inrichting;

    private Sessie ouder() {
        Sessie sessie = new Sessie(port);
        Http.Antwoord aangemeld = sessie.meldAan("ouder", "demo");
        assertThat(aangemeld.status()).isEqualTo(302);
        assertThat(aangemeld.headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
        return sessie;
    }

    private String noor() {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals("Noor de Vries")).findFirst().orElseThrow()
                .nummer();
    }

    @Test
    void eenOuderKomtNaHetAanmeldenOpGezinEnNergensAnders() {
        Sessie sessie = ouder();
        assertThat(sessie.get("/gezin", "Accept", HTML).status()).isEqualTo(200);
        String noor = noor();
        for (String pad : new String[] {"/api/dossiers/" + noor, "/api/dossiers", "/api/taken", "/api/meldingen",
                "/leerlingen/" + noor, "/leerlingen/" + noor + "/plan.pdf?voor=ouders", "/", "/monitor",
                "/grondslagen"}) {
            assertThat(sessie.get(pad, "Accept", HTML).status()).as("pagina " + pad).isEqualTo(403);
            assertThat(sessie.get(pad).status()).as("fetch " + pad).isEqualTo(403);
        }
        // What every signed-in person may do: fetch the CSRF token, log out.
        assertThat(sessie.get("/csrf").status()).isEqualTo(200);
    }

    @Test
    void eenMedewerkerKomtNietOpDeGezinspaginas() {
        Sessie mentor = new Sessie(port);
        assertThat(mentor.meldAan("zorgcoordinator", "demo").headers().firstValue("Location").orElseThrow())
                .doesNotContain("/gezin");
        assertThat(mentor.get("/gezin", "Accept", HTML).status()).isEqualTo(403);
        assertThat(http().als("zorgcoordinator").get("/gezin").status()).isEqualTo(403);
    }

    @Test
    void hetWachtwoordVanHetGezinOpentGeenBasicEnGeenEngine() throws Exception {
        assertThat(http().als("ouder").get("/api/dossiers").status()).isEqualTo(401);
        assertThat(http().als("ouder").get("/gezin").status()).isEqualTo(401);
        assertThat(http().als("ouder").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(http().als("ouder2").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(new Webapp(port).meldAan("ouder", "demo", "tasklist")).isEqualTo(401);
        assertThat(new Webapp(port).meldAan("leerling", "demo", "tasklist")).isEqualTo(401);
    }

    @Test
    void deSessieVanHetGezinOpentDeEngineNiet() {
        Sessie sessie = ouder();
        assertThat(sessie.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(sessie.get("/camunda/api/engine/engine/default/task").status()).isEqualTo(401);
    }

    @Test
    void eenFoutWachtwoordVanHetGezinWordtGeweigerd() {
        Http.Antwoord fout = new Sessie(port).meldAan("ouder", "geen-demo");
        assertThat(fout.headers().firstValue("Location").orElseThrow()).endsWith("/login?fout");
    }

    @Test
    void deFormulierenVanHetGezinVragenHetCsrfTokenEnDeEigenHerkomst() {
        Sessie sessie = ouder();
        assertThat(sessie.post("/gezin/taal?taal=en", null).status()).as("zonder token").isEqualTo(403);
        String token = sessie.csrfToken();
        assertThat(sessie.post("/gezin/taal?taal=en", null, "X-CSRF-TOKEN", token, "Origin",
                "https://aanvaller.example").status()).as("van een andere site").isEqualTo(403);
        Http.Antwoord gekozen = sessie.post("/gezin/taal?taal=en&terug=https://aanvaller.example", null,
                "X-CSRF-TOKEN", token, "Origin", sessie.origin());
        assertThat(gekozen.status()).isEqualTo(302);
        assertThat(gekozen.headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
        assertThat(sessie.get("/gezin", "Accept", HTML).body()).contains("lang=\"en\"", "The plan at school");
        sessie.post("/gezin/taal?taal=nl", null, "X-CSRF-TOKEN", token, "Origin", sessie.origin());
        assertThat(sessie.get("/gezin", "Accept", HTML).body()).contains("lang=\"nl\"", "Het plan op school");
    }

    @Test
    void deEngineWeigertEenGezinslid() {
        SecurityContextHolder.getContext().setAuthentication(new Gezinslid(1).aanmelding());
        try {
            boolean[] gedaan = {false};
            assertThatThrownBy(() -> engineGebruiker.voerUit(() -> gedaan[0] = true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(gedaan[0]).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void buitenHetDemoprofielStartEenPlanNietMetDeDemoaccountsVanHetGezin() {
        assertThatThrownBy(() -> inrichting.controleer(false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("profiel 'demo'");
        inrichting.controleer(true);
    }
}
