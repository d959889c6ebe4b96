package nl.eenplan.gezin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.eenplan.arrangement.Besluit;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.Toestemming;

/**
 * What the family's pages show, and nothing else: whitelisted records, filled field by field by {@link Gezinszicht}.
 * Never a DossierView or an entity, so a field added to the dossier does not reach the family by itself. No other
 * guardian's contact data, no address, no meldcode, no absence, no user ids. A part the family member may not see is
 * null; texts are message keys (messages.properties), so the pages can be in Dutch and English.
 */
final class Gezinsweergave {

    private Gezinsweergave() {
    }

    /** One child (or the pupil herself) on {@code /gezin}. {@code rol}: OUDER or LEERLING. */
    record Kind(String publiekId, String voornaam, String rol) {
    }

    /**
     * One child's page. {@code uitleg}: the message key that says what this person sees and why; {@code grondslag}: the
     * articles. {@code onderdelen}: the parts (Gezinsregel.Onderdeel names, lower case) that have a page for this person.
     */
    record Kindpagina(String publiekId, String voornaam, String school, boolean gesloten, String uitleg,
                      String grondslag, List<String> onderdelen, String contactpersoon, List<Doelregel> doelen,
                      List<Afspraakregel> afspraken, List<Mdoregel> mdos, List<Besluitregel> besluiten,
                      List<Overstapregel> overstappen, List<Gebeurtenis> tijdlijn,
                      List<Toestemmingregel> toestemmingen, Set<Gezinsregel.Handeling> handelingen) {

        /** Whether the page may offer this action (public: the template asks with the enum's name). */
        public boolean mag(String handeling) {
            return handelingen.contains(Gezinsregel.Handeling.valueOf(handeling));
        }

        /** Nothing to see for this person (public: the template asks). */
        public boolean niets() {
            return onderdelen.isEmpty();
        }
    }

    record Doelregel(String omschrijving, Doel.Status status) {
    }

    /** {@code naam} a person's name, or {@code groep} a group's id (shown as what the group does). */
    record Afspraakregel(String wat, String naam, String groep, LocalDate klaarOp, Afspraak.Status status,
                         boolean zorg) {
    }

    /**
     * An MDO: its id (for the answer's form), when, whether it was held, the school's summary for the family once held
     * (null when none), whether the date can still be answered, and this person's own answer (null: none yet).
     */
    record Mdoregel(Long id, java.time.LocalDateTime datum, boolean gehouden, String verslagVoorGezin,
                    boolean wachtOpReactie, Mdoreactie reactie) {
    }

    /** A family member's own answer to an MDO date: it suits, or the moments they proposed. */
    record Mdoreactie(boolean akkoord, List<java.time.LocalDateTime> voorstellen) {
    }

    /** A decision on support: the part (onderwijs or zorg) and its outcome; null while not decided. */
    record Besluitregel(String deel, Besluit besluit, LocalDate startdatum) {
    }

    /**
     * A transfer: its id, the school year and the school it goes to; whether the school waits for the family to see the
     * overstapdossier, and whether it was seen.
     */
    record Overstapregel(Long id, String schooljaar, String naarSchool, boolean wachtOpZienswijze, boolean gezien) {
    }

    /** Something that happened, from the dossier's own records (never the engine's history). */
    record Gebeurtenis(LocalDate op, String wat, String over) {
    }

    /** A consent: for what, given by the parents or the pupil, when; withdrawn when. No names. */
    record Toestemmingregel(Toestemming.Scope scope, Toestemming.GegevenDoor gegevenDoor, LocalDate gegevenOp,
                            LocalDate ingetrokkenOp) {
    }
}
