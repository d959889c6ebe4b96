package nl.eenplan.tlv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.eenplan.web.Veldfout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a granted TLV states (WPO art. 18a; WEC art. 40): soort, bekostigingscategorie for so/vso only, and a duration
 * the SWV sets, in EenPlan at least a year (eenplan.tlv.minimale-duur).
 */
class TlvregelTest {

    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final Period JAAR = Period.ofYears(1);

    static List<String> velden(Tlv.Soort soort, Tlv.Categorie categorie, LocalDate start, LocalDate eind) {
        return Tlvregel.toets(new Tlvregel.Gegevens(soort, categorie, start, eind), JAAR).stream()
                .map(Veldfout::veld).toList();
    }

    @Test
    void eenJaarMinEenDagIsPreciesGenoeg_eenDagKorterNiet() {
        assertThat(velden(Tlv.Soort.SO, Tlv.Categorie.LAAG, START, LocalDate.of(2027, 11, 30))).isEmpty();
        assertThat(velden(Tlv.Soort.SO, Tlv.Categorie.LAAG, START, LocalDate.of(2027, 11, 29)))
                .containsExactly("einddatum");
    }

    @Test
    void deEinddatumLigtNaDeStart() {
        assertThat(velden(Tlv.Soort.SO, Tlv.Categorie.LAAG, START, START)).containsExactly("einddatum");
        assertThat(Tlvregel.toets(new Tlvregel.Gegevens(Tlv.Soort.SO, Tlv.Categorie.LAAG, START, START.plusDays(1)),
                Period.ZERO)).isEmpty();
    }

    @Test
    void sboHeeftGeenBekostigingscategorie() {
        assertThat(velden(Tlv.Soort.SBO, null, START, START.plusYears(2))).isEmpty();
        assertThat(velden(Tlv.Soort.SBO, Tlv.Categorie.HOOG, START, START.plusYears(2))).containsExactly("categorie");
    }

    @ParameterizedTest
    @EnumSource(value = Tlv.Soort.class, names = {"SO", "VSO"})
    void soEnVsoWelEen(Tlv.Soort soort) {
        assertThat(velden(soort, null, START, START.plusYears(2))).containsExactly("categorie");
    }

    @Test
    void zonderGegevensElkVeldEenMelding() {
        assertThat(velden(null, null, null, null)).containsExactly("tlvSoort", "startdatum", "einddatum");
    }
}
