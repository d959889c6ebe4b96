package nl.eenplan;

import java.util.List;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;

/**
 * A second gemeente for attack tests: school 98AA00 in Amersfoort with its own zorgcoördinator and mentor
 * ({@code zorgcoordinatorAmersfoort}, {@code mentorAmersfoort}), and jeugdhulp, gemeente, leerplicht and SWV
 * staff of Amersfoort. The demo users are Utrecht's; password "demo" for all.
 */
public final class TweedeGemeente {

    public static final String SCHOOL = "98AA00";

    private TweedeGemeente() {
    }

    public static void richtIn(SchoolService scholen, Organisaties organisaties, GebruikerService gebruikers) {
        if (scholen.lijst().stream().noneMatch(s -> s.brin().equals(SCHOOL))) {
            scholen.registreer(new NieuweSchool(SCHOOL, "OBS De Eemvallei (test)", "Amersfoort",
                    "SWV Eemland (test)", Regio.MIDDEN));
        }
        for (String groep : List.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR)) {
            gebruikers.maakAlsNieuw(groep + "Amersfoort", "Test", groep, "demo", groep);
            organisaties.voegToeAanSchool(groep + "Amersfoort", SCHOOL);
        }
        for (String groep : List.of(Groepen.JEUGDHULP, Groepen.GEMEENTE, Groepen.LEERPLICHT)) {
            gebruikers.maakAlsNieuw(groep + "Amersfoort", "Test", groep, "demo", groep);
            organisaties.voegToeAanOrganisatie(groep + "Amersfoort", Organisaties.gemeenteGroep("Amersfoort"));
        }
        gebruikers.maakAlsNieuw("swvAmersfoort", "Test", "swv", "demo", Groepen.SWV);
        organisaties.voegToeAanOrganisatie("swvAmersfoort", Organisaties.swvGroep("SWV Eemland (test)"));
    }
}
