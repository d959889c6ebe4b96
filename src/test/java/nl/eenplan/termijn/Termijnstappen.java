package nl.eenplan.termijn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Which (proces, stap) of termijnen.dmn the models in processes/ ask for, derived from the models themselves, both as
 * they are today and as they will be with deadlines by convention:
 * <ol>
 *   <li>a user task whose due date, follow-up date or boundary timers call {@code termijn.deadline(...)},
 *       {@code deadlineVanaf}, {@code herinnering} or {@code herinneringVanaf}: the step in that call;</li>
 *   <li>otherwise its extension property {@value #STAP} (Modeler: properties panel, Extensions); empty: the task id;</li>
 *   <li>otherwise, unless the model gives the task a due date of its own (such as {@code overstapkalender.deadline}),
 *       the task id: by convention every such task has a row;</li>
 * </ol>
 * and every other call of the deadline service in a model (a timer on the way, a gateway, a signal as
 * {@code signaalVanaf}). A step counts from an
 * anchor date of its own when it is called as {@code ...Vanaf(...)} or its task has the property {@value #ANKER}.
 */
final class Termijnstappen {

    /** The extension property that names the step of termijnen.dmn a user task takes its deadline from. */
    static final String STAP = "termijnStap";
    /** The extension property that names the date a task's deadline counts from (the other side's convention). */
    static final String ANKER = "termijnVanaf";

    private static final Pattern AANROEP = Pattern.compile(
            "termijn\\.(deadline|deadlineVanaf|herinnering|herinneringVanaf|signaalVanaf)\\(\\s*execution\\s*,\\s*'([^']*)'\\s*,\\s*'([^']*)'");

    /**
     * A step a model asks for.
     *
     * @param taak  the user task, or null for a call elsewhere in the model (a timer, a gateway)
     * @param anker counts from a date of its own (the MDO date, the agreement's date), not from the task's start
     * @param bron  how the step was found, for messages
     */
    record Stap(String bestand, String proces, String stap, String taak, boolean anker, String bron) {
    }

    private Termijnstappen() {
    }

    static List<Stap> uit(Path map) {
        List<Stap> stappen = new ArrayList<>();
        try (Stream<Path> bestanden = Files.list(map)) {
            for (Path bpmn : bestanden.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                stappen.addAll(uit(bpmn.getFileName().toString(), Bpmn.readModelFromFile(bpmn.toFile()),
                        Files.readString(bpmn)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stappen;
    }

    static List<Stap> uit(String bestand, BpmnModelInstance model) {
        return uit(bestand, model, Bpmn.convertToString(model));
    }

    private static List<Stap> uit(String bestand, BpmnModelInstance model, String xml) {
        List<Stap> stappen = new ArrayList<>();
        Set<List<Object>> bijTaken = new LinkedHashSet<>();
        for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
            String proces = proces(taak);
            List<Stap> aanroepen = new ArrayList<>();
            aanroepen(bestand, taak.getId(), "camunda:dueDate", taak.getCamundaDueDate(), aanroepen);
            aanroepen(bestand, taak.getId(), "camunda:followUpDate", taak.getCamundaFollowUpDate(), aanroepen);
            for (BoundaryEvent grens : model.getModelElementsByType(BoundaryEvent.class)) {
                if (grens.getAttachedTo() == taak) {
                    for (TimerEventDefinition timer : grens.getChildElementsByType(TimerEventDefinition.class)) {
                        aanroepen(bestand, taak.getId(), "timer " + grens.getId(), timer(timer), aanroepen);
                    }
                }
            }
            if (!aanroepen.isEmpty()) {
                stappen.addAll(aanroepen);
                aanroepen.forEach(s -> bijTaken.add(List.of(s.proces(), s.stap(), s.anker())));
                continue;
            }
            boolean anker = eigenschap(taak, ANKER) != null;
            String stap = eigenschap(taak, STAP);
            if (stap != null) {
                stappen.add(new Stap(bestand, proces, stap.isBlank() ? taak.getId() : stap.trim(), taak.getId(), anker,
                        "eigenschap " + STAP));
            } else if (taak.getCamundaDueDate() == null || taak.getCamundaDueDate().isBlank()) {
                stappen.add(new Stap(bestand, proces, taak.getId(), taak.getId(), anker, "taak-id"));
            }
        }
        // Calls outside user tasks: timers on the way, the zorgplicht's reminder, ...
        Matcher m = AANROEP.matcher(xml.replace("&#39;", "'").replace("&apos;", "'"));
        while (m.find()) {
            boolean anker = m.group(1).endsWith("Vanaf");
            if (!bijTaken.contains(List.of(m.group(2), m.group(3), anker))) {
                stappen.add(new Stap(bestand, m.group(2), m.group(3), null, anker, m.group(0) + "...)"));
            }
        }
        return stappen;
    }

    private static void aanroepen(String bestand, String taak, String waar, String expressie, List<Stap> stappen) {
        if (expressie == null) {
            return;
        }
        Matcher m = AANROEP.matcher(expressie);
        while (m.find()) {
            stappen.add(new Stap(bestand, m.group(2), m.group(3), taak, m.group(1).endsWith("Vanaf"),
                    waar + ": " + m.group(0) + "...)"));
        }
    }

    private static String timer(TimerEventDefinition timer) {
        StringBuilder tekst = new StringBuilder();
        for (var deel : java.util.Arrays.asList(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())) {
            if (deel != null && deel.getTextContent() != null) {
                tekst.append(deel.getTextContent()).append(' ');
            }
        }
        return tekst.toString();
    }

    /** The value of a camunda:property of the task, "" when it has no value, null when it is absent. */
    private static String eigenschap(UserTask taak, String naam) {
        if (taak.getExtensionElements() == null) {
            return null;
        }
        for (CamundaProperties lijst : taak.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty p : lijst.getCamundaProperties()) {
                if (naam.equals(p.getCamundaName())) {
                    return p.getCamundaValue() == null ? "" : p.getCamundaValue();
                }
            }
        }
        return null;
    }

    private static String proces(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof Process p) {
                return p.getId();
            }
        }
        throw new IllegalStateException(element + " ligt in geen proces");
    }
}
