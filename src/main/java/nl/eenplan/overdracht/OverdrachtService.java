package nl.eenplan.overdracht;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.dossier.SchoolView;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.overdracht.proces.Overdrachtproces;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import nl.eenplan.web.Audit;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A zorgcoördinator leaves a school or goes on long leave: a colleague of the same school takes over their open
 * dossiers there and their open tasks for those pupils. Who may: a zorgcoördinator of that school, or an application
 * administrator. All or nothing, in one transaction: the dossiers' owner, the tasks and the routing fact of the running
 * processes change together (the engine shares the transaction), and a task completed at the same moment makes the
 * whole hand-over run once more ({@link OverdrachtController}, nl.eenplan.transactie.Botsing).
 */
@Service
@Transactional
public class OverdrachtService {

    private final DossierService dossiers;
    private final SchoolService scholen;
    private final GebruikerService gebruikers;
    private final Toegang toegang;
    private final Overdrachtproces processen;
    private final MeldingService meldingen;

    OverdrachtService(DossierService dossiers, SchoolService scholen, GebruikerService gebruikers, Toegang toegang,
                      Overdrachtproces processen, MeldingService meldingen) {
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.processen = processen;
        this.meldingen = meldingen;
    }

    /** The schools where the signed-in user may hand work over: their own (every school for an administrator). */
    @Transactional(readOnly = true)
    public List<SchoolView> scholen() {
        Toegang.Zicht zicht = toegang.zicht();
        return scholen.lijst().stream().filter(s -> zicht.omvat(s.brin())).toList();
    }

    /** The zorgcoördinatoren of the school, to choose from: who leaves and who takes over. */
    @Transactional(readOnly = true)
    public List<GebruikerService.Persoon> zorgcoordinatoren(String brin, String aanvrager) {
        controleerAanvrager(brin, aanvrager);
        return gebruikers.ledenBijSchool(Groepen.ZORGCOORDINATOR, brin);
    }

    /** What {@link #draagOver} would move now, with the same checks; changes nothing. */
    @Transactional(readOnly = true)
    public Overdracht voorvertoning(String brin, String van, String naar, String aanvrager) {
        controleer(brin, van, naar, aanvrager);
        List<String> nummers = dossiers.openDossiersVan(brin, van);
        Overdrachtproces.Taken taken = processen.taken(nummers, brin, van, naar);
        return new Overdracht(brin, van, naar, nummers.size(), taken.naarOpvolger().size(),
                taken.terugNaarGroep().size(), nummers);
    }

    /**
     * Hands every open dossier of school {@code brin} that {@code van} owns to {@code naar}, and every open task assigned
     * to {@code van} in those pupils' processes (a task {@code naar} does not do goes back to its group); the running
     * processes of those pupils name {@code naar} as their zorgcoördinator from now on. Each dossier records who handed
     * it over to whom and when, the audit log names every one, and {@code naar} gets a notification.
     */
    public Overdracht draagOver(String brin, String van, String naar, String aanvrager) {
        controleer(brin, van, naar, aanvrager);
        String vertrekt = van.trim();
        String opvolger = naar.trim();
        List<String> nummers = dossiers.draagOver(brin, vertrekt, opvolger, aanvrager);
        // Named before the engine's part: also a hand-over refused halfway is in these pupils' inzage.
        Audit.betreftDossiers(nummers);
        Overdrachtproces.Taken taken = processen.draagOver(nummers, brin, vertrekt, opvolger);
        Overdracht gedaan = new Overdracht(brin, vertrekt, opvolger, nummers.size(), taken.naarOpvolger().size(),
                taken.terugNaarGroep().size(), nummers);
        if (gedaan.dossiers() > 0 || gedaan.taken() > 0) {
            meld(gedaan, aanvrager);
        }
        return gedaan;
    }

    private void meld(Overdracht o, String aanvrager) {
        String school = scholen.haalOp(o.school()).naam();
        String door = aanvrager.equals(o.van()) ? o.van() : aanvrager + " (voor " + o.van() + ")";
        String wat = aantal(o.dossiers(), "dossier", "dossiers") + " en " + aantal(o.taken(), "open taak", "open taken");
        meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, o.naar(),
                "Werk van " + o.van() + " overgenomen (" + school + ")",
                door + " heeft het werk van " + o.van() + " bij " + school + " aan jou overgedragen: " + wat
                        + ". Je bent nu de zorgcoördinator van deze leerlingen. Je vindt ze onder Leerlingen "
                        + "(/leerlingen), je taken onder Mijn werk (/).",
                null, null));
    }

    private static String aantal(int n, String een, String meer) {
        return n + " " + (n == 1 ? een : meer);
    }

    /** Every check before anything moves: the school and the caller first, then the two colleagues per field. */
    private void controleer(String brin, String van, String naar, String aanvrager) {
        controleerAanvrager(brin, aanvrager);
        List<Veldfout> fouten = new ArrayList<>();
        if (van == null || van.isBlank()) {
            fouten.add(new Veldfout("van", "Kies de collega van wie je het werk overdraagt."));
        }
        if (naar == null || naar.isBlank()) {
            fouten.add(new Veldfout("naar", "Kies de collega die het werk overneemt."));
        } else if (van != null && van.trim().equals(naar.trim())) {
            fouten.add(new Veldfout("naar", "Kies een andere collega dan " + van.trim()
                    + ": het werk gaat naar iemand anders."));
        } else {
            try {
                dossiers.controleerEigenaar(naar.trim(), brin, "naar");
            } catch (OngeldigeInvoerException e) {
                fouten.addAll(e.getFouten());
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    /**
     * The school must exist (404) and be one the caller works for, as a zorgcoördinator of it: a colleague; an
     * administrator for every school (403 otherwise).
     */
    private void controleerAanvrager(String brin, String aanvrager) {
        scholen.haalOp(brin);
        Toegang.Zicht zicht = toegang.zicht();
        if (!zicht.omvat(brin) || (!zicht.alles() && !gebruikers.isLidVan(aanvrager, Groepen.ZORGCOORDINATOR))) {
            throw new AccessDeniedException("Je draagt alleen werk over bij een school waar je zorgcoördinator bent.");
        }
    }
}
