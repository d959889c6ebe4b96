package nl.eenplan.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Onderwijssoort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Which gemeente decides on jeugdhulp (JeugdhulpbesluitService.beslissendeGemeente): the woonplaats of the jeugdige,
 * the gemeente of its own BRP address (Jeugdwet art. 1.1 "woonplaats" sub 1, since 2022), at every boundary.
 */
@DisplayName("Jeugdwet art. 1.1: de woonplaats beslist over jeugdhulp")
class BeslissendeGemeenteTest {

    static final String UTRECHT = "GM0344";
    static final String ZEIST = "GM0355";
    static final String ELDERS = "GM0999";
    static final Predicate<String> IN_EENPLAN = Set.of(UTRECHT, ZEIST)::contains;

    @Test
    void deWoongemeenteBeslistOokAlsDeSchoolInEenAndereGemeenteStaat() {
        assertThat(JeugdhulpbesluitService.beslissendeGemeente(leerling(UTRECHT, ZEIST), IN_EENPLAN)).isEqualTo(ZEIST);
    }

    @Test
    void woontDeLeerlingInDeGemeenteVanDeSchoolDanBeslistDie() {
        assertThat(JeugdhulpbesluitService.beslissendeGemeente(leerling(UTRECHT, UTRECHT), IN_EENPLAN)).isEqualTo(UTRECHT);
    }

    @Test
    void eenWoongemeenteBuitenEenPlanLaatDeGemeenteVanDeSchoolBeslissenLieverDanNiemand() {
        assertThat(JeugdhulpbesluitService.beslissendeGemeente(leerling(UTRECHT, ELDERS), IN_EENPLAN)).isEqualTo(UTRECHT);
    }

    @Test
    void zonderWoonadresBeslistVoorlopigDeGemeenteVanDeSchool() {
        assertThat(JeugdhulpbesluitService.beslissendeGemeente(leerling(UTRECHT, null), IN_EENPLAN)).isEqualTo(UTRECHT);
    }

    @Test
    void zonderWoonadresEnZonderGemeentecodeVanDeSchoolDeTenantVanDeSchool() {
        assertThat(JeugdhulpbesluitService.beslissendeGemeente(leerling(null, null), IN_EENPLAN)).isNull();
    }

    private static Leerlingidentiteit leerling(String schoolGemeente, String woongemeente) {
        return new Leerlingidentiteit("2026-00001", "Sam", LocalDate.of(2014, 5, 1), null, "99ZZ00", "De School",
                "Utrecht", Onderwijssoort.PO, "zorgcoordinator", false, schoolGemeente, woongemeente);
    }
}
