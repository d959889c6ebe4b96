package nl.eenplan.termijn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.engine.Routering;
import nl.eenplan.engine.Termijnconventie;
import nl.eenplan.engine.Termijnconventie.Taaktermijn;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The deadline service as process models use it, bean {@code termijn}:
 * <pre>
 *   camunda:dueDate="${termijn.deadline(execution, 'aanmelding', 'intake')}"
 *   camunda:followUpDate="${termijn.herinnering(execution, 'aanmelding', 'intake')}"
 *   &lt;timeDate&gt;${termijn.deadline(execution, 'aanmelding', 'intake')}&lt;/timeDate&gt;
 *   ${termijn.werkdagen(execution, 5)}   ${termijn.lesweken(execution, 4)}
 * </pre>
 * Amounts and units come from {@code processes/termijnen.dmn} (the newest deployed version, so a
 * process owner's change applies to new tasks at once); counting follows the school calendar of the
 * pupil's school (process variable {@code schoolBrin}): lesweken on the school's own calendar (its region's plus its
 * own periods, {@link EigenKalender}), werkdagen and calendar units the same for every school. A deadline is the end of its day, a reminder
 * goes at 08:00, both in Dutch time.
 */
@Component("termijn")
@VoorModellen
public class Termijn implements Termijnconventie.Berekening {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final LocalTime HERINNERINGSTIJD = LocalTime.of(8, 0);
    static final String BESLISSING = "termijnen";

    private final Schoolkalender kalender;
    private final Beslistabel beslistabel;
    private final SchoolkalenderService scholen;
    private final Clock clock;

    Termijn(Schoolkalender kalender, Beslistabel beslistabel, SchoolkalenderService scholen, Clock clock) {
        this.clock = clock;
        this.kalender = kalender;
        this.beslistabel = beslistabel;
        this.scholen = scholen;
    }

    /** The deadline of a process step, counted from now. */
    public Date deadline(VariableScope execution, String proces, String stap) {
        return deadlineVanaf(execution, proces, stap, nu());
    }

    /** The deadline of a process step counted from an anchor (e.g. the meeting date for "2 werkdagen before"). */
    public Date deadlineVanaf(VariableScope execution, String proces, String stap, Date anker) {
        TermijnRegel regel = regel(execution, proces, stap);
        return eindeVanDag(deadlineDag(regel, anker, school(execution)));
    }

    /**
     * A signal "so long before" an anchor (e.g. the herindicatie signal 3 months before a TLV's last day): the start of
     * its day in Dutch time, so whoever works that day sees it, not at the day's last second as a deadline would.
     */
    public Date signaalVanaf(VariableScope execution, String proces, String stap, Date anker) {
        TermijnRegel regel = regel(execution, proces, stap);
        return beginVanDag(deadlineDag(regel, anker, school(execution)));
    }

    /** When the reminder for a process step goes: 08:00 on the werkdag the table says before the deadline. */
    public Date herinnering(VariableScope execution, String proces, String stap) {
        return herinneringVanaf(execution, proces, stap, nu());
    }

    public Date herinneringVanaf(VariableScope execution, String proces, String stap, Date anker) {
        TermijnRegel regel = regel(execution, proces, stap);
        EigenKalender school = school(execution);
        LocalDate deadline = deadlineDag(regel, anker, school);
        LocalDate dag = kalender.plus(deadline, -regel.herinneringWerkdagen(), Eenheid.WERKDAGEN, school);
        return Date.from(ZonedDateTime.of(dag, HERINNERINGSTIJD, NL).toInstant());
    }

    public Date werkdagen(VariableScope execution, int aantal) {
        return plus(execution, aantal, Eenheid.WERKDAGEN);
    }

    public Date lesweken(VariableScope execution, int aantal) {
        return plus(execution, aantal, Eenheid.LESWEKEN);
    }

    public Date weken(VariableScope execution, int aantal) {
        return plus(execution, aantal, Eenheid.WEKEN);
    }

    public Date dagen(VariableScope execution, int aantal) {
        return plus(execution, aantal, Eenheid.DAGEN);
    }

    /**
     * A user task's deadline and reminder, as deadlines by convention give them (nl.eenplan.engine.Termijnconventie):
     * counted from {@code vanaf} (the task's start, or the anchor the model names), evaluated once per task.
     * Empty when termijnen.dmn has no row for the step: such a task has no deadline.
     */
    @Override
    public Optional<Taaktermijn> voorTaak(Map<String, ?> variabelen, String proces, String stap, Date vanaf) {
        return zoekRegel(variabelen::get, proces, stap).map(regel -> {
            EigenKalender school = school(Routering.SCHOOL.van(variabelen));
            LocalDate deadline = deadlineDag(regel, vanaf, school);
            LocalDate herinnering = kalender.plus(deadline, -regel.herinneringWerkdagen(), Eenheid.WERKDAGEN, school);
            return new Taaktermijn(eindeVanDag(deadline),
                    Date.from(ZonedDateTime.of(herinnering, HERINNERINGSTIJD, NL).toInstant()));
        });
    }

    /**
     * The last day of the parents' objection term against a decision made known (letter sent) on {@code bekendgemaakt}:
     * the statutory row {@code arrangement / bezwaar} (6 weeks, Awb art. 6:7) counted from the day after (art. 6:8) on
     * the school's calendar, which moves a last day on a weekend or holiday to the next working day (Algemene
     * termijnenwet art. 1). The rest of the rule: {@link Bezwaartermijn}.
     */
    public LocalDate bezwaartermijnLaatsteDag(String schoolBrin, String onderwijssoort, LocalDate bekendgemaakt) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("proces", "arrangement");
        invoer.put("stap", "bezwaar");
        invoer.put(Routering.SOORT.naam(), onderwijssoort);
        TermijnRegel regel = beslistabel.rij(BESLISSING, invoer).map(Termijn::regel).orElseThrow(
                () -> new IllegalStateException("termijnen.dmn heeft geen bezwaartermijn (arrangement / bezwaar)."));
        return kalender.plus(bekendgemaakt, regel.aantal(), regel.eenheid(), scholen.kalender(schoolBrin));
    }

    /**
     * The day by which the decision on an objection is due (Awb art. 7:10 lid 1): 6 weeks, or 12 when an advisory
     * committee as in art. 7:13 advises (for a TLV: the Landelijke Bezwaaradviescommissie), counted from the day after
     * the objection term's last day. Statutory rows {@code arrangement / beslistermijnBezwaar} and
     * {@code beslistermijnBezwaarAdviescommissie}; the objection task's deadline counts from it (step bezwaarBeslissen).
     */
    public Date beslistermijnBezwaar(VariableScope execution, Date bezwaartermijnTot, boolean adviescommissie) {
        return deadlineVanaf(execution, "arrangement",
                adviescommissie ? "beslistermijnBezwaarAdviescommissie" : "beslistermijnBezwaar", bezwaartermijnTot);
    }

    /** The row of termijnen.dmn for this process step, for this pupil's onderwijssoort. */
    public TermijnRegel regel(VariableScope execution, String proces, String stap) {
        return zoekRegel(execution::getVariable, proces, stap).orElseThrow(() -> new IllegalStateException(
                "termijnen.dmn heeft geen termijn voor proces '" + proces + "', stap '" + stap
                        + "'. Voeg een regel toe in Camunda Modeler."));
    }

    private Optional<TermijnRegel> zoekRegel(java.util.function.Function<String, Object> variabele, String proces,
                                             String stap) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("proces", proces);
        invoer.put("stap", stap);
        // The table reads the process variable under its own name.
        invoer.put(Routering.SOORT.naam(), variabele.apply(Routering.SOORT.naam()));
        return beslistabel.rij(BESLISSING, invoer).map(Termijn::regel);
    }

    private static TermijnRegel regel(Map<String, Object> rij) {
        Number aantal = (Number) rij.get("aantal");
        String eenheid = (String) rij.get("eenheid");
        Number herinnering = (Number) rij.get("herinneringWerkdagen");
        return new TermijnRegel(aantal.intValue(), Eenheid.van(eenheid), herinnering == null ? 0 : herinnering.intValue());
    }

    private LocalDate deadlineDag(TermijnRegel regel, Date anker, EigenKalender school) {
        return kalender.plus(dag(anker), regel.aantal(), regel.eenheid(), school);
    }

    private Date plus(VariableScope execution, int aantal, Eenheid eenheid) {
        return eindeVanDag(kalender.plus(dag(nu()), aantal, eenheid, school(execution)));
    }

    /** The pupil's school's calendar: its region's, with its own periods (they count for lesweken). */
    private EigenKalender school(VariableScope execution) {
        return school(Routering.SCHOOL.van(execution));
    }

    private EigenKalender school(String brin) {
        if (brin == null) {
            throw new IllegalStateException("Het proces heeft geen variabele '" + Routering.SCHOOL + "': zonder school "
                    + "geen schoolkalender om de termijn op te tellen.");
        }
        return scholen.kalender(brin);
    }

    /** Engine time, so tests that move the engine clock move deadlines with it. */
    private Date nu() {
        return Date.from(clock.instant());
    }

    static LocalDate dag(Date moment) {
        return moment.toInstant().atZone(NL).toLocalDate();
    }

    static Date beginVanDag(LocalDate dag) {
        return Date.from(dag.atStartOfDay(NL).toInstant());
    }

    static Date eindeVanDag(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(23, 59, 59)).atZone(NL).toInstant());
    }
}
