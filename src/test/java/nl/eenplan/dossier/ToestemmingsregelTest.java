package nl.eenplan.dossier;

import static java.time.LocalDate.of;
import static nl.eenplan.dossier.Toestemming.GegevenDoor.LEERLING;
import static nl.eenplan.dossier.Toestemming.GegevenDoor.OUDERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who consents, by age on the day itself: under 12 the parents, 12 to 15 both, 16 and older the pupil. */
class ToestemmingsregelTest {

    static final LocalDate GEBOREN = of(2010, 6, 15);

    @Test
    void elfJaar_deOuders() {
        assertThat(Toestemmingsregel.nodig(GEBOREN, of(2022, 1, 10))).containsExactly(OUDERS);
        assertThat(Toestemmingsregel.nodig(GEBOREN, of(2022, 6, 14))).as("de dag voor de 12e verjaardag")
                .containsExactly(OUDERS);
    }

    @Test
    void opDe12eVerjaardag_oudersEnLeerling() {
        assertThat(Toestemmingsregel.nodig(GEBOREN, of(2022, 6, 15))).containsExactlyInAnyOrder(OUDERS, LEERLING);
    }

    @Test
    void vijftienJaar_oudersEnLeerling() {
        assertThat(Toestemmingsregel.nodig(GEBOREN, of(2026, 6, 14))).containsExactlyInAnyOrder(OUDERS, LEERLING);
    }

    @Test
    void opDe16eVerjaardagEnDaarna_deLeerling() {
        assertThat(Toestemmingsregel.nodig(GEBOREN, of(2026, 6, 15))).containsExactly(LEERLING);
        assertThat(Toestemmingsregel.nodig(GEBOREN, of(2029, 1, 1))).containsExactly(LEERLING);
    }

    @Test
    void geborenOp29Februari_wordtOp28FebruariNogNiet12() {
        LocalDate schrikkel = of(2012, 2, 29);
        assertThat(Toestemmingsregel.nodig(schrikkel, of(2024, 2, 28))).containsExactly(OUDERS);
        assertThat(Toestemmingsregel.nodig(schrikkel, of(2024, 2, 29))).containsExactlyInAnyOrder(OUDERS, LEERLING);
    }

    @Test
    void inWoorden() {
        assertThat(Toestemmingsregel.omschrijving(Toestemmingsregel.nodig(GEBOREN, of(2022, 1, 1)))).isEqualTo("de ouders");
        assertThat(Toestemmingsregel.omschrijving(Toestemmingsregel.nodig(GEBOREN, of(2023, 1, 1))))
                .isEqualTo("de ouders en de leerling");
        assertThat(Toestemmingsregel.omschrijving(Toestemmingsregel.nodig(GEBOREN, of(2027, 1, 1)))).isEqualTo("de leerling");
    }
}
