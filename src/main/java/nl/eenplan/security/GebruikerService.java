package nl.eenplan.security;

import java.util.List;
import java.util.Optional;
import nl.eenplan.transactie.PerTransactie;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * Questions and changes other capabilities have about users; users live in Camunda's identity store. The questions are
 * read from its tables ({@link Gebruikersrechten}), not through Camunda's queries, which under someone's Camunda
 * authentication (a request of Tasklist or /engine-rest, a mail sent after its commit) answer only about what that
 * person may READ.
 */
@Service
public class GebruikerService {

    private final IdentityService identityService;
    private final Gebruikersrechten rechten;
    /** A "yes" holds for the rest of the transaction (no code here takes a membership away); a "no" is asked again. */
    private final PerTransactie<List<String>, Boolean> lidmaatschappen = new PerTransactie<>(Boolean::booleanValue);
    private final PerTransactie<String, Boolean> bestaande = new PerTransactie<>(Boolean::booleanValue);

    GebruikerService(IdentityService identityService, Gebruikersrechten rechten) {
        this.identityService = identityService;
        this.rechten = rechten;
    }

    /**
     * Whether the user exists. A "yes" is remembered for the rest of the transaction (a class upload's block asks it
     * for the same zorgcoördinator once per pupil: 6% of the upload's CPU, issue #25); a "no" is asked again, as a user
     * may be created later in the same transaction.
     */
    public boolean bestaat(String gebruiker) {
        return bestaande.geef(gebruiker, rechten::bestaat);
    }

    public boolean groepBestaat(String groep) {
        return rechten.groepBestaat(groep);
    }

    public boolean isLidVan(String gebruiker, String groep) {
        return lidmaatschappen.geef(List.of("groep", gebruiker, groep), v -> rechten.isLidVan(gebruiker, groep));
    }

    /**
     * Whether the user works for this school: a member of its tenant, directly or through a group; the same rule as the
     * schools a user sees ({@link Gebruikersrechten}).
     */
    public boolean hoortBijSchool(String gebruiker, String brin) {
        return lidmaatschappen.geef(List.of("school", gebruiker, brin), v -> rechten.hoortBijSchool(gebruiker, brin));
    }

    /**
     * The user's e-mail address, when the user exists and has one; read as the group's addresses are
     * ({@link Gebruikersrechten}), whoever is signed in.
     */
    public Optional<String> emailadresVan(String gebruiker) {
        return rechten.lid(gebruiker).map(Gebruikersrechten.Lid::email).filter(e -> !e.isBlank());
    }

    /** The user's name as people know it (first and last name), when the user exists and has one. */
    public Optional<String> naamVan(String gebruiker) {
        return rechten.lid(gebruiker).map(l -> naam(l.voornaam(), l.achternaam())).filter(n -> !n.isEmpty());
    }

    /**
     * The e-mail addresses of the group's members who work for this school and have one ({@link #ledenBijSchool}).
     * Read from Camunda's tables, not through its user query: a notification is mailed after its transaction commits,
     * which for a task completed in Tasklist or on /engine-rest is while that user's Camunda authentication is set,
     * and Camunda's query would then give only the users they may READ (their own): the colleagues had no mail.
     */
    public List<String> emailadressenVanGroepBijSchool(String groep, String brin) {
        return rechten.ledenBijSchool(groep, brin).stream().map(Gebruikersrechten.Lid::email)
                .filter(e -> e != null && !e.isBlank()).toList();
    }

    /** A colleague as a person choosing one sees them: the user id and the name. */
    public record Persoon(String id, String naam) {
    }

    /**
     * The members of the group who work for this school (members of its tenant, directly as
     * Organisaties.voegToeAanSchool makes them or through a group, as {@link #hoortBijSchool} counts them), by last
     * name: whom a person may choose as a colleague at that school.
     */
    public List<Persoon> ledenBijSchool(String groep, String brin) {
        return rechten.ledenBijSchool(groep, brin).stream()
                .map(l -> new Persoon(l.id(), volledigeNaam(l.id(), l.voornaam(), l.achternaam()))).toList();
    }

    /** First and last name, or the user id when the user has no name. */
    private static String volledigeNaam(String id, String voornaam, String achternaam) {
        String naam = naam(voornaam, achternaam);
        return naam.isEmpty() ? id : naam;
    }

    private static String naam(String voornaam, String achternaam) {
        return ((voornaam == null ? "" : voornaam) + " " + (achternaam == null ? "" : achternaam)).trim();
    }

    /** Creates the user with these groups unless a user with this id exists already. */
    public void maakAlsNieuw(String id, String voornaam, String achternaam, String wachtwoord, String... groepen) {
        if (rechten.bestaat(id)) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName(voornaam);
        user.setLastName(achternaam);
        user.setPassword(wachtwoord);
        identityService.saveUser(user);
        for (String groep : groepen) {
            identityService.createMembership(id, groep);
        }
    }
}
