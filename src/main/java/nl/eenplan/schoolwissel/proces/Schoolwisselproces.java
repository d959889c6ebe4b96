package nl.eenplan.schoolwissel.proces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import nl.eenplan.deployment.Proefomgeving;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.Routeringsgegevens;
import nl.eenplan.engine.Routering;
import nl.eenplan.modelcontrole.Procesvariabelen;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of a school change: what happens to the processes the old school runs for the pupil (its tenant, the
 * old dossier number as business key). Decided per process (docs/processen/schoolwissel.md):
 * <ul>
 *   <li>{@code arrangement} continues at the new school, as after an overstap (overstap.proces.ZetArrangementVoort):
 *   it ends here and starts for the new dossier in the new school's tenant, with the new school's request;</li>
 *   <li>{@code verzuim} and {@code meldcode} run on at the old school: reporting absence from the days the pupil was
 *   there (Leerplichtwet art. 21) and the meldcode for what its staff saw are the old school's own duties, and ending
 *   them would let a report or signs of unsafety drop (the reading that protects the pupil);</li>
 *   <li>{@code tlv} follows the pupil itself (tlv.TlvService): moved already, or waiting for the SWV that issued the TLV
 *   to complete it, then moved;</li>
 *   <li>every other process of the school for the pupil (aanmelding, mdo, overstap, toelating, gezagVastleggen,
 *   woonadresVastleggen) ends with the reason: the new school decides on support itself, on its own consents.</li>
 * </ul>
 * Processes in a gemeente's tenant (leerplichtEscalatie, thuiszitterstafel) are not the school's and run on.
 */
@Component
public class Schoolwisselproces {

    static final String ARRANGEMENT = "arrangement";

    /** The old school confirms the change first (processes/schoolwisselBevestigen.bpmn, in its tenant). */
    public static final String BEVESTIGEN = "schoolwisselBevestigen";
    /** Its one user task. */
    public static final String BEVESTIGEN_TAAK = "bevestigen";
    static final String SCHOOLWISSEL = Procesvariabelen.SCHOOLWISSEL;
    static final String NAAR_SCHOOL = Procesvariabelen.NAAR_SCHOOL;
    static final String INGESCHREVEN_OP = Procesvariabelen.INGESCHREVEN_OP;

    /** The old school's own duties that run on there after the pupil left. */
    public static final Set<String> BLIJVEN_BIJ_DE_OUDE_SCHOOL = Set.of("verzuim", "meldcode");

    /**
     * Processes that follow the pupil themselves on LeerlingGewisseld: one still here waits for another's task (a TLV
     * its issuing SWV still completes, tlv.TlvService) and moves after it; it is neither ended nor the school's. The
     * gemeente's jeugdhulpbesluit lapses or goes on by itself (arrangement.JeugdhulpbesluitService.gewisseld), also
     * when it runs in the school's tenant (a school without a gemeente code decides itself).
     */
    static final Set<String> VOLGEN_ZELF = Set.of("tlv", "jeugdhulpbesluit");

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final Proefomgeving proefomgeving;

    Schoolwisselproces(RuntimeService runtimeService, RepositoryService repositoryService, Proefomgeving proefomgeving) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.proefomgeving = proefomgeving;
    }

    /** What happened to the old school's processes: ended (by key), running on, and whether an arrangement moved. */
    public record Uitkomst(List<String> beeindigd, List<String> doorlopend, boolean arrangementVoortgezet) {
    }

    /**
     * Asks the old school's zorgcoördinatoren to confirm change {@code schoolwissel} of their pupil {@code oud}: the task
     * shows their own dossier and only the new school's name and the enrolment date.
     */
    public void vraagBevestiging(Leerlingidentiteit oud, long schoolwissel, String naarSchool, LocalDate ingeschrevenOp) {
        Map<String, Object> variabelen = new HashMap<>(Routering.variabelen(oud));
        variabelen.put(SCHOOLWISSEL, schoolwissel);
        variabelen.put(NAAR_SCHOOL, naarSchool);
        variabelen.put(INGESCHREVEN_OP, ingeschrevenOp.toString());
        proefomgeving.start(BEVESTIGEN, oud.dossierNummer(), variabelen);
    }

    /** The keys of the processes the old school runs for the pupil now. */
    public List<String> lopend(String oudNummer, String vanBrin) {
        return bijDeSchool(oudNummer, vanBrin).stream().map(this::sleutel).toList();
    }

    /**
     * Ends or moves the old school's processes for the pupil of dossier {@code oudNummer} at school {@code vanBrin}, who
     * is enrolled now at the school of {@code nieuw}; the reason is in each ended instance's history.
     */
    public Uitkomst wissel(String oudNummer, String vanBrin, Routeringsgegevens nieuw, String reden) {
        List<String> beeindigd = new ArrayList<>();
        List<String> doorlopend = new ArrayList<>();
        boolean arrangement = false;
        for (ProcessInstance p : bijDeSchool(oudNummer, vanBrin)) {
            String sleutel = sleutel(p);
            if (BEVESTIGEN.equals(sleutel) || VOLGEN_ZELF.contains(sleutel)) {
                continue; // the confirmation itself, ending with the task that confirmed; or one that follows itself
            }
            if (BLIJVEN_BIJ_DE_OUDE_SCHOOL.contains(sleutel)) {
                doorlopend.add(sleutel);
                continue;
            }
            // Listeners skipped: the old dossier closes in this transaction, nothing of the school is to be done.
            runtimeService.deleteProcessInstance(p.getId(), reden, true);
            if (ARRANGEMENT.equals(sleutel)) {
                arrangement = true;
            } else {
                beeindigd.add(sleutel);
            }
        }
        if (arrangement) {
            // Through the try environment: a real school always starts on the version for all schools.
            proefomgeving.start(ARRANGEMENT, nieuw.dossierNummer(), Routering.variabelen(nieuw));
        }
        return new Uitkomst(beeindigd.stream().distinct().sorted().toList(), doorlopend.stream().distinct().sorted().toList(),
                arrangement);
    }

    private List<ProcessInstance> bijDeSchool(String oudNummer, String vanBrin) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(oudNummer).tenantIdIn(vanBrin)
                .rootProcessInstances().list();
    }

    private String sleutel(ProcessInstance p) {
        return repositoryService.getProcessDefinition(p.getProcessDefinitionId()).getKey();
    }
}
