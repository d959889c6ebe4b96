package nl.eenplan.opp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.dossier.Vertegenwoordiger;
import nl.eenplan.dossier.Vertegenwoordiging;
import org.junit.jupiter.api.Test;

/**
 * Who answers on the handelingsdeel (WEC art. 41a, WVO 2020: the pupil "indien meerderjarig en handelingsbekwaam";
 * BW art. 1:378/1:381 curatele, 1:450/1:453 mentorschap), at the 18th birthday and at the edges of the court's measure.
 */
class InstemmingsregelTest {

    static final LocalDate GEBOREN = LocalDate.of(2008, 12, 7);
    static final LocalDate ACHTTIEN = LocalDate.of(2026, 12, 7);
    static final LocalDate DAG_ERVOOR = ACHTTIEN.minusDays(1);

    static Vertegenwoordiging curator(LocalDate beschikking, LocalDate einde) {
        return new Vertegenwoordiging(1L, Vertegenwoordiger.Soort.CURATOR, "Jan de Vries", beschikking, einde, "zc",
                Instant.EPOCH);
    }

    static Vertegenwoordiging mentor(LocalDate beschikking) {
        return new Vertegenwoordiging(2L, Vertegenwoordiger.Soort.MENTOR, "Mira Mentor", beschikking, null, "zc",
                Instant.EPOCH);
    }

    @Test
    void zonderVertegenwoordiger_17jaar364dagenDeOuder_18jaar0dagenDeLeerling() {
        assertThat(Instemmingsregel.wie(GEBOREN, DAG_ERVOOR, List.of(), true)).isEqualTo(Instemmingsregel.Wie.OUDER);
        assertThat(Instemmingsregel.wie(GEBOREN, ACHTTIEN, List.of(), true)).isEqualTo(Instemmingsregel.Wie.LEERLING);
    }

    @Test
    void bw1_378lid2_eenCuratorleVoor18Ingesteld_17jaar364dagenNogDeOuder_18jaar0dagenDeCurator() {
        List<Vertegenwoordiging> curatele = List.of(curator(LocalDate.of(2026, 11, 1), null));
        assertThat(Instemmingsregel.wie(GEBOREN, DAG_ERVOOR, curatele, true)).isEqualTo(Instemmingsregel.Wie.OUDER);
        assertThat(Instemmingsregel.wie(GEBOREN, ACHTTIEN, curatele, true))
                .isEqualTo(Instemmingsregel.Wie.VERTEGENWOORDIGER);
        assertThat(Instemmingsregel.vertegenwoordiger(GEBOREN, ACHTTIEN, curatele, true)).get()
                .extracting(Vertegenwoordiging::omschrijving).isEqualTo("Jan de Vries (curator)");
    }

    @Test
    void deBeschikkingGeldtVanafHaarDatum_totDeDagVanHetEinde() {
        LocalDate later = ACHTTIEN.plusDays(10);
        assertThat(Instemmingsregel.wie(GEBOREN, later.minusDays(1), List.of(curator(later, null)), true))
                .isEqualTo(Instemmingsregel.Wie.LEERLING);
        assertThat(Instemmingsregel.wie(GEBOREN, later, List.of(curator(later, null)), true))
                .isEqualTo(Instemmingsregel.Wie.VERTEGENWOORDIGER);
        List<Vertegenwoordiging> beeindigd = List.of(curator(LocalDate.of(2026, 1, 1), later));
        assertThat(Instemmingsregel.wie(GEBOREN, later.minusDays(1), beeindigd, true))
                .isEqualTo(Instemmingsregel.Wie.VERTEGENWOORDIGER);
        assertThat(Instemmingsregel.wie(GEBOREN, later, beeindigd, true)).isEqualTo(Instemmingsregel.Wie.LEERLING);
    }

    @Test
    void bw1_453_eenMentorBeslistVoorDeLeerling_tenzijDeInstallatieDatAnderskiest_eenCuratorGaatVoor() {
        List<Vertegenwoordiging> mentorschap = List.of(mentor(LocalDate.of(2026, 11, 1)));
        assertThat(Instemmingsregel.wie(GEBOREN, ACHTTIEN, mentorschap, true))
                .isEqualTo(Instemmingsregel.Wie.VERTEGENWOORDIGER);
        assertThat(Instemmingsregel.wie(GEBOREN, ACHTTIEN, mentorschap, false)).isEqualTo(Instemmingsregel.Wie.LEERLING);
        assertThat(Instemmingsregel.wie(GEBOREN, DAG_ERVOOR, mentorschap, true)).isEqualTo(Instemmingsregel.Wie.OUDER);
        List<Vertegenwoordiging> beide = List.of(mentor(LocalDate.of(2026, 11, 1)), curator(LocalDate.of(2026, 11, 1), null));
        assertThat(Instemmingsregel.vertegenwoordiger(GEBOREN, ACHTTIEN, beide, true)).get()
                .extracting(Vertegenwoordiging::soort).isEqualTo(Vertegenwoordiger.Soort.CURATOR);
    }

    // ---- several parents with gezag (eenplan.opp.instemming; WPO art. 40a: "de ouders")

    private static final java.util.Set<String> BEIDE_ONLINE = java.util.Set.of("OUDER-1", "OUDER-2");

    @Test
    void iedereGezaghebbende_eenJaVanTweeOnlineOudersBesluitNogNiet_beideJaWel() {
        var meerdere = Instemmingsregel.Meerdere.IEDERE_GEZAGHEBBENDE;
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of(), BEIDE_ONLINE, meerdere)).isEmpty();
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of("OUDER-1", Instemming.Uitkomst.INGESTEMD), BEIDE_ONLINE,
                meerdere)).isEmpty();
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of("OUDER-1", Instemming.Uitkomst.INGESTEMD, "OUDER-2",
                Instemming.Uitkomst.INGESTEMD), BEIDE_ONLINE, meerdere)).contains(true);
    }

    @Test
    void iedereGezaghebbende_eenNeeIsDefinitief_ookAlsDeAndereNogNietAntwoordde() {
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of("OUDER-2", Instemming.Uitkomst.GEWEIGERD), BEIDE_ONLINE,
                Instemmingsregel.Meerdere.IEDERE_GEZAGHEBBENDE)).contains(false);
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of("OUDER-1", Instemming.Uitkomst.INGESTEMD, "OUDER-2",
                Instemming.Uitkomst.GEWEIGERD), BEIDE_ONLINE, Instemmingsregel.Meerdere.EEN_GEZAGHEBBENDE))
                .contains(false);
    }

    @Test
    void iedereGezaghebbende_eenOuderZonderAccountTeltAlsDeSchoolZijnJaVastlegt() {
        // Nobody can answer online: the school's one answer of a parent with gezag decides, as before issue 24.
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of("OUDER-3", Instemming.Uitkomst.INGESTEMD),
                java.util.Set.of(), Instemmingsregel.Meerdere.IEDERE_GEZAGHEBBENDE)).contains(true);
    }

    @Test
    void eenGezaghebbende_hetEersteJaBesluit() {
        assertThat(Instemmingsregel.uitkomst(java.util.Map.of("OUDER-1", Instemming.Uitkomst.INGESTEMD), BEIDE_ONLINE,
                Instemmingsregel.Meerdere.EEN_GEZAGHEBBENDE)).contains(true);
        assertThat(Instemmingsregel.gever(Instemming.Door.OUDER, 7L)).isEqualTo("OUDER-7");
        assertThat(Instemmingsregel.gever(Instemming.Door.LEERLING, null)).isEqualTo("LEERLING");
    }
}
