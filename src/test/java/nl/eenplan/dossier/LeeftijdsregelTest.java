package nl.eenplan.dossier;

import static java.time.LocalDate.of;
import static nl.eenplan.dossier.Toestemming.GegevenDoor.LEERLING;
import static nl.eenplan.dossier.Toestemming.GegevenDoor.OUDERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who consents, by age on the day itself, per rule: the Jeugdwet/WGBO ages and the AVG's. */
class LeeftijdsregelTest {

    static final LocalDate GEBOREN = of(2010, 6, 15);

    @Test
    void jeugdwet_art_7_3_4_onder12_deOudersMetGezag() {
        assertThat(Leeftijdsregel.JEUGDWET.wie(GEBOREN, of(2022, 1, 10))).containsExactly(OUDERS);
        assertThat(Leeftijdsregel.JEUGDWET.wie(GEBOREN, of(2022, 6, 14))).as("de dag voor de 12e verjaardag")
                .containsExactly(OUDERS);
    }

    @Test
    void jeugdwet_art_7_3_4_opDe12eVerjaardagTotEnMet15_oudersEnLeerling() {
        assertThat(Leeftijdsregel.JEUGDWET.wie(GEBOREN, of(2022, 6, 15))).containsExactlyInAnyOrder(OUDERS, LEERLING);
        assertThat(Leeftijdsregel.JEUGDWET.wie(GEBOREN, of(2026, 6, 14))).containsExactlyInAnyOrder(OUDERS, LEERLING);
    }

    @Test
    void jeugdwet_art_7_3_5_opDe16eVerjaardagEnDaarna_deLeerling() {
        assertThat(Leeftijdsregel.JEUGDWET.wie(GEBOREN, of(2026, 6, 15))).containsExactly(LEERLING);
        assertThat(Leeftijdsregel.JEUGDWET.wie(GEBOREN, of(2029, 1, 1))).containsExactly(LEERLING);
    }

    @Test
    void avg_art_8_uavg_art_5_onder16_deWettelijkVertegenwoordiger_ookTussen12En16() {
        assertThat(Leeftijdsregel.AVG.wie(GEBOREN, of(2022, 6, 14))).containsExactly(OUDERS);
        assertThat(Leeftijdsregel.AVG.wie(GEBOREN, of(2022, 6, 15))).as("12: anders dan de Jeugdwet")
                .containsExactly(OUDERS);
        assertThat(Leeftijdsregel.AVG.wie(GEBOREN, of(2026, 6, 14))).containsExactly(OUDERS);
    }

    @Test
    void avg_opDe16eVerjaardag_deLeerling() {
        assertThat(Leeftijdsregel.AVG.wie(GEBOREN, of(2026, 6, 15))).containsExactly(LEERLING);
    }

    @Test
    void geborenOp29Februari_wordtOp28FebruariNogNiet12() {
        LocalDate schrikkel = of(2012, 2, 29);
        assertThat(Leeftijdsregel.JEUGDWET.wie(schrikkel, of(2024, 2, 28))).containsExactly(OUDERS);
        assertThat(Leeftijdsregel.JEUGDWET.wie(schrikkel, of(2024, 2, 29))).containsExactlyInAnyOrder(OUDERS, LEERLING);
    }

    @Test
    void inWoorden() {
        assertThat(Leeftijdsregel.omschrijving(Leeftijdsregel.JEUGDWET.wie(11))).isEqualTo("de ouders met gezag");
        assertThat(Leeftijdsregel.omschrijving(Leeftijdsregel.JEUGDWET.wie(13)))
                .isEqualTo("de ouders met gezag en de leerling");
        assertThat(Leeftijdsregel.omschrijving(Leeftijdsregel.JEUGDWET.wie(17))).isEqualTo("de leerling");
    }

    @Test
    void deScopesVolgenHunRegel_swvEnOntvangendeSchoolVragenGeenToestemming() {
        assertThat(Toestemming.Scope.JEUGDHULP.leeftijdsregel()).isEqualTo(Leeftijdsregel.JEUGDWET);
        assertThat(Toestemming.Scope.ONDERSTEUNINGSTEAM.leeftijdsregel()).isEqualTo(Leeftijdsregel.AVG);
        assertThat(Toestemming.Scope.LEERPLICHT.leeftijdsregel()).isEqualTo(Leeftijdsregel.AVG);
        assertThat(Toestemming.Scope.SWV.opToestemming()).isFalse();
        assertThat(Toestemming.Scope.ONTVANGENDE_SCHOOL.opToestemming()).isFalse();
    }
}
