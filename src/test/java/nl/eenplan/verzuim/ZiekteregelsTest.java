package nl.eenplan.verzuim;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.verzuim.Ziekteregels.Criterium;
import nl.eenplan.verzuim.Ziekteregels.Drempels;
import nl.eenplan.verzuim.Ziekteregels.Signaal;
import nl.eenplan.verzuim.Ziekteregels.Ziekte;
import org.junit.jupiter.api.Test;

/**
 * Zorgwekkend ziekteverzuim in the M@ZL approach (NCJ: "vier ziekmeldingen in twaalf weken of een zevende schooldag
 * aaneengesloten"), region midden, autumn 2026.
 */
class ZiekteregelsTest {

    static final Ziekteregels REGELS = new Ziekteregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN,
            new Drempels(7, 4, 12));
    static final LocalDate VANDAAG = of(2026, 12, 18);

    @Test
    void mazl_zesSchooldagenZiekIsGeenSignaal_zevenWel() {
        // Mon 2 to Mon 9 November: 6 lesdagen; to Tue 10 November: 7.
        assertThat(REGELS.toets(List.of(new Ziekte(of(2026, 11, 2), of(2026, 11, 9))), List.of(), VANDAAG)).isEmpty();
        assertThat(REGELS.toets(List.of(new Ziekte(of(2026, 11, 2), of(2026, 11, 10))), List.of(), VANDAAG))
                .singleElement().satisfies(s -> {
                    assertThat(s.criterium()).isEqualTo(Criterium.AANEENGESLOTEN);
                    assertThat(s.feiten()).contains("2 november 2026", "7 schooldagen");
                });
    }

    @Test
    void mazl_eenOpenZiekmeldingTeltTotVandaagEnGeeftEenSignaal() {
        List<Ziekte> ziek = List.of(new Ziekte(of(2026, 11, 2), null));
        assertThat(REGELS.toets(ziek, List.of(), of(2026, 11, 9))).isEmpty();
        List<Signaal> signalen = REGELS.toets(ziek, List.of(), of(2026, 11, 10));
        assertThat(signalen).singleElement().satisfies(s -> assertThat(s.feiten()).contains("nog ziek"));
        // Given once.
        assertThat(REGELS.toets(ziek, signalen, of(2026, 11, 20))).isEmpty();
    }

    @Test
    void mazl_drieZiekmeldingenIn12SchoolwekenIsGeenSignaal_vierWel() {
        List<Ziekte> drie = List.of(dag(of(2026, 9, 7)), dag(of(2026, 10, 5)), dag(of(2026, 11, 2)));
        assertThat(REGELS.toets(drie, List.of(), VANDAAG)).isEmpty();
        List<Ziekte> vier = new java.util.ArrayList<>(drie);
        vier.add(dag(of(2026, 11, 23)));
        assertThat(REGELS.toets(vier, List.of(), VANDAAG)).singleElement().satisfies(s -> {
            assertThat(s.criterium()).isEqualTo(Criterium.VAAK);
            assertThat(s.sleutel()).isEqualTo(of(2026, 11, 23));
            assertThat(s.feiten()).startsWith("4 ziekmeldingen binnen 12 schoolweken");
        });
    }

    @Test
    void mazl_de12SchoolwekenSlaanDeVakantieOver() {
        // Mon 7 Sep to Mon 30 Nov 2026 is 12 calendar weeks + the herfstvakantie: still within 12 school weeks.
        List<Ziekte> vier = List.of(dag(of(2026, 9, 7)), dag(of(2026, 10, 5)), dag(of(2026, 11, 2)),
                dag(of(2026, 11, 30)));
        assertThat(REGELS.toets(vier, List.of(), VANDAAG)).hasSize(1);
        // A week later the first falls out of the window.
        List<Ziekte> later = List.of(dag(of(2026, 9, 7)), dag(of(2026, 10, 5)), dag(of(2026, 11, 2)),
                dag(of(2026, 12, 7)));
        assertThat(REGELS.toets(later, List.of(), VANDAAG)).isEmpty();
    }

    @Test
    void mazl_deDrempelsZijnInstelbaar() {
        var streng = new Ziekteregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN, new Drempels(3, 2, 6));
        assertThat(streng.toets(List.of(new Ziekte(of(2026, 11, 2), of(2026, 11, 4))), List.of(), VANDAAG))
                .extracting(Signaal::criterium).containsExactly(Criterium.AANEENGESLOTEN);
        assertThat(streng.toets(List.of(dag(of(2026, 11, 2)), dag(of(2026, 11, 9))), List.of(), VANDAAG))
                .extracting(Signaal::criterium).containsExactly(Criterium.VAAK);
    }

    private static Ziekte dag(LocalDate dag) {
        return new Ziekte(dag, dag);
    }
}
