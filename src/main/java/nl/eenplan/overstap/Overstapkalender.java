package nl.eenplan.overstap;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.overstap.proces.OverstapVariabelen;
import nl.eenplan.termijn.Eenheid;
import nl.eenplan.termijn.Schoolkalender;
import nl.eenplan.termijn.Schooljaar;
import nl.eenplan.termijn.Beslistabel;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Bean {@code overstapkalender}: the fixed dates of a transition (31 January, 24 March, 1 April, 1 October,
 * ...) from decision {@code overstapkalender}, in the school year of the process (variable
 * {@code schooljaar}, "2026-2027": the dates fall in 2027) for its kind ({@code overstapsoort}).
 * <pre>
 *   camunda:dueDate="${overstapkalender.deadline(execution, 'aanmelden')}"
 * </pre>
 */
@Component("overstapkalender")
@VoorModellen
public class Overstapkalender {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final Beslistabel beslistabel;
    private final Schoolkalender kalender;
    private final SchoolService scholen;

    Overstapkalender(Beslistabel beslistabel, Schoolkalender kalender, SchoolService scholen) {
        this.beslistabel = beslistabel;
        this.kalender = kalender;
        this.scholen = scholen;
    }

    /** The end of the step's day. */
    public Date deadline(VariableScope execution, String stap) {
        return Date.from(dag(execution, stap).atTime(LocalTime.of(23, 59, 59)).atZone(NL).toInstant());
    }

    /** 08:00 on the step's day: when a check such as 1 October starts. */
    public Date moment(VariableScope execution, String stap) {
        return Date.from(dag(execution, stap).atTime(LocalTime.of(8, 0)).atZone(NL).toInstant());
    }

    /** 08:00 on the werkdag the table says before the step's day. */
    public Date herinnering(VariableScope execution, String stap) {
        Map<String, Object> rij = regel(execution, stap);
        Regio regio = scholen.haalOp(Routering.SCHOOL.verplicht(execution)).regio();
        int werkdagen = ((Number) rij.get("herinneringWerkdagen")).intValue();
        LocalDate dag = kalender.plus(dag(execution, stap), -werkdagen, Eenheid.WERKDAGEN, regio);
        return Date.from(dag.atTime(LocalTime.of(8, 0)).atZone(NL).toInstant());
    }

    LocalDate dag(VariableScope execution, String stap) {
        Map<String, Object> rij = regel(execution, stap);
        String schooljaar = OverstapVariabelen.SCHOOLJAAR.verplicht(execution);
        int jaar = Schooljaar.lees(schooljaar).orElseThrow().eindjaar();
        return LocalDate.of(jaar, ((Number) rij.get("maand")).intValue(), ((Number) rij.get("dag")).intValue());
    }

    private Map<String, Object> regel(VariableScope execution, String stap) {
        return beslistabel.rij("overstapkalender", Map.of("overstapsoort",
                        OverstapVariabelen.OVERSTAPSOORT.verplicht(execution), "stap", stap))
                .orElseThrow(() -> new IllegalStateException("overstapkalender.dmn heeft geen datum voor stap '" + stap + "'."));
    }
}
