package nl.eenplan.leerplicht;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** MAS routes by age: Halt and proces-verbaal against the pupil only from 12 (Wetboek van Strafrecht art. 486, 77e). */
class MasRouteTest {

    static final LocalDate GEBOREN = of(2014, 11, 10);

    @Test
    void wetboekVanStrafrechtArt486_haltEnProcesVerbaalPasVanaf12() {
        for (MasRoute route : new MasRoute[] {MasRoute.HALT, MasRoute.PROCES_VERBAAL}) {
            assertThat(route.toegestaan(GEBOREN, of(2026, 11, 9))).as(route + " at 11").isFalse();
            assertThat(route.toegestaan(GEBOREN, of(2026, 11, 10))).as(route + " at 12").isTrue();
        }
    }

    @Test
    void deAndereRoutesKennenGeenLeeftijd() {
        for (MasRoute route : new MasRoute[] {MasRoute.VRIJWILLIGE_HULP, MasRoute.ZORGMELDING,
                MasRoute.TER_KENNISGEVING}) {
            assertThat(route.toegestaan(of(2021, 1, 1), of(2026, 11, 9))).as(route.name()).isTrue();
        }
    }
}
