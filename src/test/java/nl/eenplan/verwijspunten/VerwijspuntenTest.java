package nl.eenplan.verwijspunten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.SchoolView;
import nl.eenplan.web.NietGevondenException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The referral points parents are entitled to (issue #23; domain: "disputes on admission or OPP to the
 * geschillencommissie or an onderwijsconsulent; TLV objections through the landelijke bezwaaradviescommissie; parents are
 * told of the ouder- en jeugdsteunpunt"): per decision the right ones, the SWV's own steunpunt when it set one.
 */
class VerwijspuntenTest {

    private final MockEnvironment omgeving = new MockEnvironment()
            .withProperty("eenplan.verwijspunten.steunpunten[0].samenwerkingsverband", "SWV Eemland")
            .withProperty("eenplan.verwijspunten.steunpunten[0].tekst", "Steunpunt Eemland, bel 033 000 00 00.");
    private final SchoolService scholen = mock(SchoolService.class);
    private final Verwijspunten verwijspunten = new Verwijspunten(omgeving, scholen);

    @Test
    void eenWeigeringVanToelatingNoemtBezwaarGeschillencommissieConsulentenEnSteunpunt_WPO_art_40() {
        String brief = verwijspunten.voorBrief(Verwijspunten.Soort.TOELATING_GEWEIGERD, "SWV Eemland");
        assertThat(brief).startsWith("Hier kunt u terecht:\n- Bezwaar bij het schoolbestuur")
                .contains("Geschillencommissie Passend Onderwijs", "binnen 6 weken", "www.onderwijsgeschillen.nl",
                        "Onderwijsconsulenten", "www.onderwijsconsulenten.nl",
                        "Ouder- en jeugdsteunpunt van SWV Eemland: Steunpunt Eemland, bel 033 000 00 00.")
                .doesNotContain("Bezwaaradviescommissie");
    }

    @Test
    void eenTlvBezwaarGaatLangsDeLandelijkeBezwaaradviescommissie() {
        assertThat(verwijspunten.voorBrief(Verwijspunten.Soort.TLV_AFGEWEZEN))
                .contains("Bezwaar bij het samenwerkingsverband",
                        "Landelijke Bezwaaradviescommissie Toelaatbaarheid (LBT)", "Onderwijsconsulenten")
                .doesNotContain("Geschillencommissie");
        assertThat(verwijspunten.voorBrief(Verwijspunten.Soort.ARRANGEMENT_AFGEWEZEN)).doesNotContain("LBT");
        assertThat(verwijspunten.voorBrief(Verwijspunten.Soort.ZORGDEEL_AFGEWEZEN))
                .contains("Bezwaar bij de gemeente", "Jeugdwet");
        assertThat(verwijspunten.voorBrief(Verwijspunten.Soort.OPP_GEEN_INSTEMMING))
                .contains("Geschillencommissie Passend Onderwijs", "ontwikkelingsperspectief");
    }

    @Test
    void zonderEigenSteunpuntDeStandaardtekstMetDeNaamVanHetSwv() {
        when(scholen.haalOp("99ZZ00")).thenReturn(new SchoolView("99ZZ00", "De Vlinder", "Utrecht", "GM0344",
                "SWV Utrecht", null));
        when(scholen.haalOp("00XX00")).thenThrow(new NietGevondenException("geen school"));
        for (Verwijspunten.Soort soort : Verwijspunten.Soort.values()) {
            assertThat(verwijspunten.voor(soort, null)).as(soort.name()).extracting(Verwijspunten.Verwijspunt::naam)
                    .contains("Onderwijsconsulenten", "Ouder- en jeugdsteunpunt van het samenwerkingsverband");
        }
        assertThat(verwijspunten.alineaVoorMelding(Verwijspunten.Soort.THUISZITTER, "99ZZ00"))
                .startsWith("\n\nDit moet in de brief aan de ouders staan:\nHier kunt u terecht:\n").contains("Ouder- en jeugdsteunpunt van SWV Utrecht: " + Verwijspunten.STANDAARD_STEUNPUNT);
        assertThat(verwijspunten.alineaVoorMelding(Verwijspunten.Soort.THUISZITTER, "00XX00"))
                .contains("Ouder- en jeugdsteunpunt van het samenwerkingsverband");
    }
}
