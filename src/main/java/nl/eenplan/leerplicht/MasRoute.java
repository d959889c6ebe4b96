package nl.eenplan.leerplicht;

import java.time.LocalDate;
import java.time.Period;

/** The routes of the Methodische Aanpak Schoolverzuim a leerplichtambtenaar chooses from. */
public enum MasRoute {
    VRIJWILLIGE_HULP("vrijwilligeHulp", "Vrijwillige hulp"),
    HALT("halt", "Halt-verwijzing"),
    ZORGMELDING("zorgmelding", "Zorgmelding (civiel)"),
    PROCES_VERBAAL("procesVerbaal", "Proces-verbaal (strafrechtelijk)"),
    TER_KENNISGEVING("terKennisgeving", "Ter kennisgeving aangenomen");

    private final String code;
    private final String omschrijving;

    MasRoute(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    /** The value the form in Tasklist submits. */
    public String code() {
        return code;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /**
     * The youngest age for this route: Halt and proces-verbaal against the pupil only from 12. Wetboek van Strafrecht
     * art. 486: no prosecution of someone who was under 12 at the time of the feit; art. 77e: Halt-afdoening for
     * 12 to 18. The other routes have no minimum.
     */
    public int minimumleeftijd() {
        return this == HALT || this == PROCES_VERBAAL ? 12 : 0;
    }

    /** Whether this route may be chosen for a pupil born on {@code geboortedatum} for a feit on {@code feitdag}. */
    public boolean toegestaan(LocalDate geboortedatum, LocalDate feitdag) {
        return Period.between(geboortedatum, feitdag).getYears() >= minimumleeftijd();
    }

    public static MasRoute vanCode(String code) {
        for (MasRoute r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Onbekende route '" + code + "'.");
    }
}
