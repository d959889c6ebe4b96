package nl.eenplan.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Onderwijssoort;
import org.junit.jupiter.api.Test;

/**
 * The escalation moves with the pupil (issue #22): Leerplichtwet 1969 art. 21, the gemeente where the pupil lives is
 * competent, also for an open case. Which escalations are open, and what a handover records.
 */
class VerhuizingTest {

    static final Instant NU = Instant.parse("2026-11-27T23:30:00Z");

    static Leerlingidentiteit woontIn(String gemeentecode) {
        return new Leerlingidentiteit("D-1", "Sam Jansen", LocalDate.of(2014, 3, 1), null, "99ZZ00", "De Vlinder",
                "Utrecht", Onderwijssoort.PO, "zorgcoordinator", false, "GM0344", gemeentecode);
    }

    static LeerplichtEscalatie escalatie(Leerlingidentiteit leerling) {
        LeerplichtEscalatie e = new LeerplichtEscalatie("D-1", "Sam Jansen", LocalDate.of(2014, 3, 1), null, "99ZZ00",
                "De Vlinder", "Utrecht", Reden.VERZUIM, "16 uur verzuim.", "test", null, false, "zorgcoordinator", NU);
        e.gerouteerd(Escalatieroute.voor(leerling, code -> true, LocalDate.of(2026, 11, 2)));
        return e;
    }

    @Test
    void leerplichtwetArt21_alleenEenOpenEscalatieVerhuist() {
        LeerplichtEscalatie e = escalatie(woontIn("GM0344"));
        assertThat(e.isOpen()).as("geregistreerd").isTrue();
        e.beoordeeld(MasRoute.VRIJWILLIGE_HULP, "leerplicht", NU);
        assertThat(e.isOpen()).as("in behandeling").isTrue();
        e.afgesloten(Uitkomst.WEER_NAAR_SCHOOL, "leerplicht", NU);
        assertThat(e.isOpen()).as("afgesloten").isFalse();

        LeerplichtEscalatie kennisgeving = escalatie(woontIn("GM0344"));
        kennisgeving.beoordeeld(MasRoute.TER_KENNISGEVING, "leerplicht", NU);
        assertThat(kennisgeving.isOpen()).isFalse();
        LeerplichtEscalatie ingetrokken = escalatie(woontIn("GM0344"));
        ingetrokken.ingetrokken("Registratiefout.", NU);
        assertThat(ingetrokken.isOpen()).isFalse();
    }

    @Test
    void leerplichtwetArt21_deOverdrachtLegtVanNaarWieEnWanneerVastEnHetTeamBlijft() {
        LeerplichtEscalatie e = escalatie(woontIn(null));
        assertThat(e.getRoutering()).isEqualTo(Escalatieroute.Soort.SCHOOLGEMEENTE_ZONDER_ADRES);
        Escalatieroute naar = Escalatieroute.voor(woontIn("GM0355"), code -> true, LocalDate.of(2026, 11, 2));
        e.overgedragen(naar, "zorgcoordinator", NU);
        assertThat(e.getEigenaar()).isEqualTo("GM0355");
        assertThat(e.getRoutering()).isEqualTo(Escalatieroute.Soort.WOONGEMEENTE);
        assertThat(e.getBehandelaar()).isEqualTo("leerplicht");
        assertThat(e.getOverdrachten()).singleElement().satisfies(o -> {
            assertThat(o.getVan()).isEqualTo("GM0344");
            assertThat(o.getNaar()).isEqualTo("GM0355");
            assertThat(o.getStatus()).isEqualTo(LeerplichtEscalatie.Status.GEREGISTREERD);
            assertThat(o.getDoor()).isEqualTo("zorgcoordinator");
            assertThat(o.getOp()).isEqualTo(NU);
        });
        // Outside this EenPlan: the route says the report reaches it through DUO only.
        Escalatieroute buiten = Escalatieroute.voor(woontIn("GM0363"), code -> !code.equals("GM0363"),
                LocalDate.of(2026, 11, 2));
        e.overgedragen(buiten, "zorgcoordinator", NU);
        assertThat(e.getRoutering()).isEqualTo(Escalatieroute.Soort.BUITEN_EENPLAN);
        assertThat(e.getOverdrachten()).hasSize(2);
    }
}
