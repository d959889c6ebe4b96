package nl.eenplan.toelating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.organisatie.Schoolbestuur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The board's term on a refused admission's objection or request for herziening, per sector and board: WPO art. 40 lid
 * 12 (openbare basisschool, 4 weeks after the objection term), WPO art. 63 lid 2 (bijzondere basisschool, 4 weeks after
 * receipt), WVO 2020 art. 8.8 lid 5-6 (vo, 4 weeks after receipt), otherwise the earlier; and the Geschillencommissie's
 * pause (WPO art. 43 lid 4).
 */
class BezwaarregelTest {

    // Objection term ended Tue 15 Dec 2026: + 4 weeks Tue 12 Jan 2027. Received Wed 16 Dec (posted in time): Wed 13 Jan.
    static final Date NA_TERMIJN = dag(2027, 1, 12);
    static final Date NA_ONTVANGST = dag(2027, 1, 13);
    // Received early, Thu 5 Nov: + 4 weeks Thu 3 Dec, before the term-based day.
    static final Date VROEG_ONTVANGEN = dag(2026, 12, 3);

    @Test
    @DisplayName("WPO art. 40 lid 12: openbare basisschool, 4 weken na afloop van de bezwaartermijn (ook als het bezwaar vroeg binnenkwam)")
    void openbarePo_naAfloopVanDeBezwaartermijn_WPO_40_lid_12() {
        assertThat(Bezwaarregel.vanaf(Onderwijssoort.PO, Toelating.Rechtsmiddel.BEZWAAR))
                .isEqualTo(Bezwaarregel.Vanaf.EINDE_BEZWAARTERMIJN);
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.PO, Toelating.Rechtsmiddel.BEZWAAR, NA_TERMIJN, NA_ONTVANGST))
                .isEqualTo(NA_TERMIJN);
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.PO, Toelating.Rechtsmiddel.BEZWAAR, NA_TERMIJN,
                VROEG_ONTVANGEN)).isEqualTo(NA_TERMIJN);
    }

    @Test
    @DisplayName("WPO art. 63 lid 2: bijzondere basisschool, 4 weken na ontvangst (ook als dat na de termijndag valt)")
    void bijzonderePo_naOntvangst_WPO_63_lid_2() {
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.PO, Toelating.Rechtsmiddel.HERZIENING, NA_TERMIJN,
                NA_ONTVANGST)).isEqualTo(NA_ONTVANGST);
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.PO, Toelating.Rechtsmiddel.HERZIENING, NA_TERMIJN,
                VROEG_ONTVANGEN)).isEqualTo(VROEG_ONTVANGEN);
    }

    @ParameterizedTest
    @EnumSource(Toelating.Rechtsmiddel.class)
    @DisplayName("WVO 2020 art. 8.8 lid 5-6: voortgezet onderwijs, openbaar en bijzonder gelijk, 4 weken na ontvangst")
    void vo_naOntvangst_WVO2020_8_8(Toelating.Rechtsmiddel rechtsmiddel) {
        assertThat(Bezwaarregel.vanaf(Onderwijssoort.VO, rechtsmiddel)).isEqualTo(Bezwaarregel.Vanaf.ONTVANGST);
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.VO, rechtsmiddel, NA_TERMIJN, NA_ONTVANGST))
                .isEqualTo(NA_ONTVANGST);
    }

    @Test
    @DisplayName("Onbekend bestuur in het po, so, vso, mbo of geen sector: de eerste van de twee dagen")
    void onbekendOfNietGecontroleerd_deEersteVanDeTwee() {
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.PO, Toelating.Rechtsmiddel.BEZWAAR_OF_HERZIENING,
                NA_TERMIJN, NA_ONTVANGST)).isEqualTo(NA_TERMIJN);
        assertThat(Bezwaarregel.beslistermijn(Onderwijssoort.PO, Toelating.Rechtsmiddel.BEZWAAR_OF_HERZIENING,
                NA_TERMIJN, VROEG_ONTVANGEN)).isEqualTo(VROEG_ONTVANGEN);
        for (Onderwijssoort soort : new Onderwijssoort[] {Onderwijssoort.SO, Onderwijssoort.VSO, Onderwijssoort.MBO, null}) {
            for (Toelating.Rechtsmiddel r : Toelating.Rechtsmiddel.values()) {
                assertThat(Bezwaarregel.vanaf(soort, r)).isEqualTo(Bezwaarregel.Vanaf.EERSTE_VAN_BEIDE);
                assertThat(Bezwaarregel.beslistermijn(soort, r, NA_TERMIJN, NA_ONTVANGST)).isEqualTo(NA_TERMIJN);
                assertThat(Bezwaarregel.beslistermijn(soort, r, NA_TERMIJN, VROEG_ONTVANGEN)).isEqualTo(VROEG_ONTVANGEN);
            }
        }
        // The same day: either.
        assertThat(Bezwaarregel.beslistermijn(null, null, NA_TERMIJN, NA_TERMIJN)).isEqualTo(NA_TERMIJN);
    }

    @Test
    @DisplayName("Het rechtsmiddel volgt het bestuur: bezwaar (openbaar), herziening (bijzonder), beide (onbekend)")
    void rechtsmiddelVolgtHetBestuur() {
        assertThat(Bezwaarregel.rechtsmiddel(Schoolbestuur.Denominatie.OPENBAAR)).isEqualTo(Toelating.Rechtsmiddel.BEZWAAR);
        assertThat(Bezwaarregel.rechtsmiddel(Schoolbestuur.Denominatie.BIJZONDER))
                .isEqualTo(Toelating.Rechtsmiddel.HERZIENING);
        assertThat(Bezwaarregel.rechtsmiddel(null)).isEqualTo(Toelating.Rechtsmiddel.BEZWAAR_OF_HERZIENING);
    }

    @Test
    @DisplayName("WPO art. 43 lid 4: de termijn staat stil van de dag dat bezwaar en geschil allebei lopen tot het oordeel")
    void geschillencommissie_termijnStaatStilTotHetOordeel_WPO_43_lid_4() {
        LocalDate termijn = LocalDate.of(2027, 1, 13);
        LocalDate ontvangen = LocalDate.of(2026, 12, 16);
        // To the commission after the objection (Fri 18 Dec), oordeel Fri 19 Feb: 63 days still, to Thu 17 Mar.
        assertThat(Bezwaarregel.naOordeel(termijn, ontvangen, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 2, 19)))
                .isEqualTo(LocalDate.of(2027, 3, 17));
        // To the commission before the objection: the pause starts when the objection came in.
        assertThat(Bezwaarregel.naOordeel(termijn, ontvangen, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 17)))
                .isEqualTo(LocalDate.of(2027, 1, 14));
        // Oordeel the day the objection came in, or before: nothing stood still.
        assertThat(Bezwaarregel.naOordeel(termijn, ontvangen, LocalDate.of(2026, 12, 1), ontvangen)).isEqualTo(termijn);
        assertThat(Bezwaarregel.naOordeel(termijn, ontvangen, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10)))
                .isEqualTo(termijn);
    }

    private static Date dag(int jaar, int maand, int dag) {
        return Date.from(LocalDate.of(jaar, maand, dag).atTime(23, 59, 59).atZone(ZoneId.of("Europe/Amsterdam"))
                .toInstant());
    }
}
