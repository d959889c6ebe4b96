package nl.eenplan.engine;

import static nl.eenplan.engine.Taakeigenschappen.ESCALATIE_NAAR;
import static nl.eenplan.engine.Taakeigenschappen.ESCALATIE_REDEN;
import static nl.eenplan.engine.Taakeigenschappen.GEEN_ESCALATIE;
import static nl.eenplan.engine.Taakeigenschappen.STANDAARD_ESCALATIE;
import static nl.eenplan.engine.Taakeigenschappen.TERMIJN_STAP;
import static nl.eenplan.engine.Taakeigenschappen.TERMIJN_VANAF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Deadlines by convention (issue #19): every user task gets its due date, follow-up date, reminder and
 * escalation from its row in {@code processes/termijnen.dmn}, evaluated once when the task is created. Models
 * draw only business steps; what a task needs beyond the default says an extension property on the task
 * (Modeler: properties panel, "Extension properties"; names in {@link Taakeigenschappen}):
 * <ul>
 *   <li>{@code termijnStap}: the step in termijnen.dmn (default: the task's id);</li>
 *   <li>{@code termijnVanaf}: an expression for the date the deadline counts from (default: the task's
 *       creation), e.g. {@code ${mdoDatum}} for "2 werkdagen before the MDO";</li>
 *   <li>{@code escalatieNaar}: the group told when the deadline passed (default {@code zorgcoordinator}), or
 *       {@code geen} when the model draws what happens then itself (an interrupting timer);</li>
 *   <li>{@code escalatieReden}: why, in Dutch, as the escalation records it (default: the task's name and
 *       "niet binnen de termijn afgerond").</li>
 * </ul>
 * Reminder and escalation are the engine's own timeout task listeners: timer jobs of the task, visible in
 * Cockpit, retried with the global retry cycle, gone when the task is done. A step without a row in the
 * table has no deadline (the table's property test demands a row for every task of {@code processes/}).
 * A task that sets {@code camunda:dueDate} itself keeps the wiring it draws: model versions from before this
 * convention, which running instances still use.
 */
@Component
public class Termijnconventie extends AbstractProcessEnginePlugin {

    /** The ids of the two timeout listeners, as the timer jobs' configuration names them. */
    public static final String HERINNERING = "herinnering";
    public static final String VERSTREKEN = "termijnVerstreken";
    /** Engine property: since when (ISO instant, engine time) this installation applies the convention. */
    public static final String SINDS = "eenplan.termijnconventie.sinds";
    private static final java.time.ZoneId NL = java.time.ZoneId.of("Europe/Amsterdam");

    /**
     * Computes a task's deadline and reminder from process, step and anchor; empty when the step has none. The
     * deadline service implements it (nl.eenplan.termijn.Termijn): the convention is engine work, the calendar not.
     */
    public interface Berekening {
        /**
         * The deadline and reminder of task {@code stap} of {@code proces} counted from {@code vanaf}, by the routing
         * facts in the instance's {@code variabelen} (a running execution's, or read through the public API); empty when
         * the deadline table has no row for it.
         */
        Optional<Taaktermijn> voorTaak(java.util.Map<String, ?> variabelen, String proces, String stap, Date vanaf);
    }

    /** A task's deadline and when its reminder goes. */
    public record Taaktermijn(Date deadline, Date herinnering) {
    }

    /** What happens at the reminder and at the deadline: nl.eenplan.termijn.Termijnbewaking. */
    public interface Bewaking {
        void herinner(Taak taak);

        void escaleer(Taak taak, String groep, String reden);
    }

    private final Supplier<Berekening> berekening;
    private final Supplier<Bewaking> bewaking;
    private ProcessEngineConfigurationImpl configuratie;

    // Providers: the deadline service needs the engine this plugin helps to build. Each looked up once, at its first
    // use: a lookup per task was 2% of a class upload's CPU (issue #25).
    @Autowired
    Termijnconventie(ObjectProvider<Berekening> berekening, ObjectProvider<Bewaking> bewaking) {
        this(SingletonSupplier.of(berekening::getObject), SingletonSupplier.of(bewaking::getObject));
    }

    /** For model tests on an engine of their own, with their own calculation and a mocked Bewaking. */
    public Termijnconventie(Supplier<Berekening> berekening, Supplier<Bewaking> bewaking) {
        this.berekening = berekening;
        this.bewaking = bewaking;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        this.configuratie = configuratie;
        configuratie.setBpmnParseFactory(Parse::new);
    }

    /**
     * The engine's parser with the convention applied to each user task once its parse listeners ran. A parser
     * of our own rather than a parse listener, because the timers need job definitions (Cockpit, job queries by
     * activity), which only the parser can declare.
     */
    private final class Parse extends BpmnParse {

        Parse(BpmnParser parser) {
            super(parser);
        }

        @Override
        public ActivityImpl parseUserTask(Element element, ScopeImpl scope) {
            ActivityImpl activity = super.parseUserTask(element, scope);
            pasToe(element, activity);
            return activity;
        }

        private void pasToe(Element element, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior gedrag)
                    || gedrag.getTaskDefinition().getDueDateExpression() != null || vanVoorDeConventie(deployment)) {
                return;
            }
            Map<String, String> eigenschappen = eigenschappen(element);
            String stap = eigenschappen.getOrDefault(TERMIJN_STAP, activity.getId());
            Expression vanaf = eigenschappen.containsKey(TERMIJN_VANAF)
                    ? configuratie.getExpressionManager().createExpression(eigenschappen.get(TERMIJN_VANAF)) : null;
            String groep = eigenschappen.getOrDefault(ESCALATIE_NAAR, STANDAARD_ESCALATIE);
            String reden = eigenschappen.get(ESCALATIE_REDEN);

            // As Camunda does for a timeout listener drawn in the model: the task becomes a scope of its own, so
            // its timers end with it.
            activity.setScope(true);
            activity.setEventScope(activity);
            TaskDefinition taak = gedrag.getTaskDefinition();
            TimerDeclarationImpl herinnering = timer(activity, HERINNERING, TaskEntity::getFollowUpDate);
            addJobDeclarationToProcessDefinition(herinnering, (ProcessDefinition) activity.getProcessDefinition());
            addTimerListenerDeclaration(HERINNERING, activity, herinnering);
            taak.addTimeoutTaskListener(HERINNERING, t -> bewaking.get().herinner(feiten(t)));
            TimerDeclarationImpl verstreken = null;
            if (!GEEN_ESCALATIE.equals(groep)) {
                verstreken = timer(activity, VERSTREKEN, TaskEntity::getDueDate);
                addJobDeclarationToProcessDefinition(verstreken, (ProcessDefinition) activity.getProcessDefinition());
                addTimerListenerDeclaration(VERSTREKEN, activity, verstreken);
                taak.addTimeoutTaskListener(VERSTREKEN, t -> bewaking.get().escaleer(feiten(t), groep,
                        reden != null ? reden : "'" + t.getName() + "' niet binnen de termijn afgerond"));
            }
            TimerDeclarationImpl escalatie = verstreken;
            // A date changed later (Tasklist, PUT /task) moves the timer that goes at it.
            taak.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, t -> {
                verplaats((TaskEntity) t, HERINNERING, t.getFollowUpDate());
                verplaats((TaskEntity) t, VERSTREKEN, t.getDueDate());
            });
            taak.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, t -> {
                ExecutionEntity execution = ((TaskEntity) t).getExecution();
                Date begin = vanaf == null ? ClockUtil.getCurrentTime()
                        : datum(vanaf.getValue(execution), t.getName(), vanaf.getExpressionText());
                String sleutel = execution.getProcessDefinition().getKey();
                berekening.get().voorTaak(execution.getVariables(), sleutel, stap, begin).ifPresent(termijn -> {
                    t.setDueDate(termijn.deadline());
                    t.setFollowUpDate(termijn.herinnering());
                    herinnering.createTimerInstance(execution);
                    if (escalatie != null) {
                        escalatie.createTimerInstance(execution);
                    }
                });
            });
        }
    }

    /**
     * A model version deployed before this installation had the convention, read again after a restart: left as it
     * was deployed. Making one of its tasks a scope would break instances already waiting there.
     */
    private boolean vanVoorDeConventie(DeploymentEntity deployment) {
        if (deployment == null || deployment.isNew() || deployment.getDeploymentTime() == null) {
            return false;
        }
        PropertyEntity sinds = Context.getCommandContext().getPropertyManager().findPropertyById(SINDS);
        return sinds == null || deployment.getDeploymentTime().toInstant().isBefore(Instant.parse(sinds.getValue()));
    }

    /** Since when this installation applies the convention: set once, at the first start with it. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!engine.getManagementService().getProperties().containsKey(SINDS)) {
            engine.getManagementService().setProperty(SINDS, ClockUtil.getCurrentTime().toInstant().toString());
        }
    }

    /** Moves the task's timer of this kind to the task's date, when both are there and they differ. */
    private static void verplaats(TaskEntity taak, String soort, Date datum) {
        ExecutionEntity execution = taak.getExecution();
        if (execution == null || datum == null) {
            return;
        }
        for (var job : execution.getJobs()) {
            if (job instanceof TimerEntity timer && timer.getJobHandlerConfigurationRaw() != null
                    && timer.getJobHandlerConfigurationRaw().equals(taak.getTaskDefinitionKey()
                    + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
                    + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + soort)
                    && !datum.equals(timer.getDuedate())) {
                timer.setDuedate(datum);
            }
        }
    }

    /** The anchor date as an expression gave it: a date, or a date as text (a form field); never nothing. */
    static Date datum(Object waarde, String taak, String expressie) {
        if (waarde instanceof Date d) {
            return d;
        }
        if (waarde instanceof Instant i) {
            return Date.from(i);
        }
        if (waarde instanceof LocalDate l) {
            return Date.from(l.atStartOfDay(NL).toInstant());
        }
        if (waarde instanceof String tekst && !tekst.isBlank()) {
            try {
                return Date.from(LocalDate.parse(tekst.strip().substring(0, Math.min(10, tekst.strip().length())))
                        .atStartOfDay(NL).toInstant());
            } catch (java.time.format.DateTimeParseException e) {
                // refused below
            }
        }
        throw new ProcessEngineException("Taak '" + taak + "': termijnVanaf " + expressie + " gaf geen datum ("
                + waarde + "); de taak kan zo geen termijn krijgen. Controleer de eigenschap in het model.");
    }

    /**
     * A timeout timer of the task, due at one of its dates. Declared on the task like a timeout listener drawn in
     * the model (so migration and recalculation find it), but made only for a task that has its date: the engine
     * asks when the task's scope starts, before the task exists, and then nothing is made; the create listener
     * asks again once the dates are set, and migration asks for a task that has them.
     */
    private static TimerDeclarationImpl timer(ActivityImpl activity, String id, Function<TaskEntity, Date> datum) {
        TimerDeclarationImpl timer = new Taaktimer(new Taakdatum(activity.getId(), id, datum));
        timer.setActivity(activity);
        timer.setEventScopeActivityId(activity.getId());
        timer.setRawJobHandlerConfiguration(activity.getId() + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
                + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX + id);
        timer.setJobConfiguration(TimerDeclarationType.DATE + ": " + id);
        return timer;
    }

    /** A timer made only for an open task of its activity that has the date it is due at. */
    private static final class Taaktimer extends TimerDeclarationImpl {

        private final Taakdatum datum;

        Taaktimer(Taakdatum datum) {
            super(datum, TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
            this.datum = datum;
        }

        @Override
        public TimerEntity createTimer(ExecutionEntity execution) {
            return datum.van(execution) == null ? null : super.createTimer(execution);
        }
    }

    /** A timer's due date: the task's own date, so a recalculated timer follows the task. */
    private record Taakdatum(String activiteit, String naam, Function<TaskEntity, Date> datum) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            Date waarde = van((ExecutionEntity) scope);
            if (waarde == null) {
                throw new IllegalStateException("Geen open taak '" + activiteit + "' met een datum voor de " + naam + ".");
            }
            return waarde;
        }

        /** The date of the open task of this activity in this execution, or null. */
        Date van(ExecutionEntity execution) {
            return execution.getTasks().stream().filter(taak -> activiteit.equals(taak.getTaskDefinitionKey()))
                    .findFirst().map(datum).orElse(null);
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getExpressionText() {
            return naam;
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }

    /** The task as plain facts for the domain side. */
    private static Taak feiten(DelegateTask taak) {
        List<String> groepen = new ArrayList<>();
        List<String> kandidaten = new ArrayList<>();
        taak.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).forEach(l -> {
            if (l.getGroupId() != null) {
                groepen.add(l.getGroupId());
            } else if (l.getUserId() != null) {
                kandidaten.add(l.getUserId());
            }
        });
        ExecutionEntity execution = ((TaskEntity) taak).getExecution();
        String proces = execution.getProcessDefinition().getKey();
        return new Taak(taak.getId(), taak.getName(), taak.getTaskDefinitionKey(), proces,
                taak.getProcessInstanceId(), execution.getProcessBusinessKey(), taak.getTenantId(),
                taak.getDueDate() == null ? null : taak.getDueDate().toInstant(), taak.getAssignee(), groepen,
                kandidaten);
    }

    /** The task's camunda:properties (extension properties in the Modeler). */
    static Map<String, String> eigenschappen(Element element) {
        Map<String, String> eigenschappen = new HashMap<>();
        Element uitbreidingen = element.element("extensionElements");
        Element lijst = uitbreidingen == null ? null
                : uitbreidingen.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (lijst != null) {
            for (Element eigenschap : lijst.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                eigenschappen.put(eigenschap.attribute("name"), eigenschap.attribute("value"));
            }
        }
        return eigenschappen;
    }
}
