package nl.eenplan.engine;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One door for every user task, built into the engine, so EenPlan's API, Tasklist and /engine-rest meet the
 * same rules:
 * <ul>
 *   <li>completing (TaskService complete, FormService submit-form) runs the task's handler ({@link VoltooiTaak});
 *       a completion that reaches a task any other way is refused by a guard on every user task;</li>
 *   <li>a task is only ever assigned to a candidate who works at the pupil's school;</li>
 *   <li>BPMN errors and escalations thrown from outside, resolving a delegated task, comments and attachments are
 *       refused: they would go around the handlers, or put free text about a pupil where EenPlan's access checks do
 *       not reach; a user claims a task for themselves only;</li>
 *   <li>EenPlan's refusals are a user's mistake, logged at debug level, not as engine errors.</li>
 * </ul>
 * Camunda's authorizations do the rest (TASK_WORK only, no variable writes by users: CamundaAutorisaties). The
 * handlers, the dossiers and the users are the application's: it answers through {@link Regels} (nl.eenplan.taak).
 */
@Component
public class EenDeur extends AbstractProcessEnginePlugin {

    /** What the door asks the application; a refusal is a {@link Taakweigering}. */
    public interface Regels {

        /** The handler of user task {@code taak} of process {@code proces}, or empty when it has none. */
        Optional<Afhandeling> afhandeling(String proces, String taak);

        /**
         * Whether a task of tenant {@code tenant} may write into this dossier: the tenant is the pupil's school, or the
         * gemeente (CBS code) where the pupil lives or where the school is, whose leerplicht handles the pupil's
         * escalation. False when there is no such dossier.
         */
        boolean tenantHoortBijDossier(String tenant, String dossierNummer);

        /** Refuses the task's new assignee (set) unless they may work on it. */
        void controleerToewijzing(DelegateTask taak);
    }

    /** A task's handler: checks the client's input and applies it. */
    public interface Afhandeling {

        /**
         * Checks {@code invoer} and applies it; returns the process variables (routing facts only) that complete the
         * task, never null.
         *
         * @param gebruiker the user who completes it; {@code null} when EenPlan itself completes it
         */
        Map<String, Object> verwerk(Voltooiing taak, Map<String, Object> invoer, String gebruiker);
    }

    /**
     * The task being completed, from records the engine itself wrote: the dossier is the process instance's business
     * key, the school its tenant, {@code variabelen} reads a variable as the task's execution sees it.
     */
    public record Voltooiing(String taakId, String naam, String proces, String taak, String procesInstantieId,
                             String dossierNummer, String school, Instant vervaldatum,
                             Function<String, Object> variabelen) {
    }

    private final ObjectProvider<Regels> regels;

    // A provider: the handlers, the identity service and the dossiers need the engine this plugin helps to build.
    EenDeur(ObjectProvider<Regels> regels) {
        this.regels = regels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setTaskService(new Taken());
        configuratie.setFormService(new Formulieren());
        CommandContextFactory contexten = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(processEngineConfiguration) {
                    @Override
                    protected boolean shouldLogFine(Throwable e) {
                        // EenPlan's refusals and a refused model (ParseException: the client gets the whole
                        // message) are a user's mistake, not an engine error.
                        return Taakweigering.in(e) != null || e instanceof ParseException || super.shouldLogFine(e);
                    }
                };
            }
        };
        contexten.setProcessEngineConfiguration(configuratie);
        configuratie.setCommandContextFactory(contexten);

        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new Bewaking());
    }

    /** Completing a task, the same command whether it came as complete or as a submitted form. */
    private VoltooiTaak voltooiing(String taakId, Map<String, Object> invoer, boolean variabelenTerug) {
        return new VoltooiTaak(taakId, invoer, variabelenTerug, regels.getObject());
    }

    /** Refused for everyone: comments, attachments, errors and escalations thrown at a task from outside. */
    private static Taakweigering nietViaDeEngine(String wat) {
        return Taakweigering.verboden(wat + " kan niet in EenPlan: leg wat je weet vast in het dossier en rond "
                + "de taak af met haar eigen invoer.");
    }

    /** Camunda's task service, with completion through the task's handler. */
    private final class Taken extends TaskServiceImpl {

        @Override
        public void complete(String taskId, Map<String, Object> variables) {
            commandExecutor.execute(voltooiing(taskId, variables, false));
        }

        @Override
        public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
                                                         boolean deserializeValues) {
            return commandExecutor.execute(voltooiing(taskId, variables, true));
        }

        /** Claiming is for oneself; a colleague gets a task through EenPlan (/api/taken/{id}/toewijzen). */
        @Override
        public void claim(String taskId, String userId) {
            commandExecutor.execute(commandContext -> {
                String gebruiker = commandContext.getAuthenticatedUserId();
                if (gebruiker != null && !gebruiker.equals(userId)) {
                    throw Taakweigering.verboden("Je pakt een taak alleen zelf op; geef haar aan een collega met "
                            + "'toewijzen' in EenPlan.");
                }
                return new ClaimTaskCmd(taskId, userId).execute(commandContext);
            });
        }

        /** Giving a delegated task back would set variables and the assignee around the handlers: not used. */
        @Override
        public void resolveTask(String taskId) {
            throw nietViaDeEngine("Een taak teruggeven aan haar eigenaar (resolve)");
        }

        @Override
        public void resolveTask(String taskId, Map<String, Object> variables) {
            throw nietViaDeEngine("Een taak teruggeven aan haar eigenaar (resolve)");
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
            throw nietViaDeEngine("Een BPMN-fout bij een taak melden");
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
            throw nietViaDeEngine("Een BPMN-fout bij een taak melden");
        }

        @Override
        public void handleBpmnError(String taskId, String errorCode) {
            throw nietViaDeEngine("Een BPMN-fout bij een taak melden");
        }

        @Override
        public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
            throw nietViaDeEngine("Een escalatie bij een taak melden");
        }

        @Override
        public void handleEscalation(String taskId, String escalationCode) {
            throw nietViaDeEngine("Een escalatie bij een taak melden");
        }

        @Override
        public Comment createComment(String taskId, String processInstance, String message) {
            throw nietViaDeEngine("Een opmerking bij een taak of proces");
        }

        @Override
        public void updateTaskComment(String taskId, String commentId, String message) {
            throw nietViaDeEngine("Een opmerking bij een taak of proces");
        }

        @Override
        public void updateProcessInstanceComment(String processInstanceId, String commentId, String message) {
            throw nietViaDeEngine("Een opmerking bij een taak of proces");
        }

        @Override
        public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
                                           String attachmentName, String attachmentDescription, InputStream content) {
            throw nietViaDeEngine("Een bijlage bij een taak of proces");
        }

        @Override
        public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
                                           String attachmentName, String attachmentDescription, String url) {
            throw nietViaDeEngine("Een bijlage bij een taak of proces");
        }

        @Override
        public void saveAttachment(Attachment attachment) {
            throw nietViaDeEngine("Een bijlage bij een taak of proces");
        }
    }

    /** Camunda's form service: submitting a task's form is completing the task, through its handler. */
    private final class Formulieren extends FormServiceImpl {

        @Override
        public void submitTaskForm(String taskId, Map<String, Object> properties) {
            commandExecutor.execute(voltooiing(taskId, properties, false));
        }

        @Override
        public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
                                                               boolean deserializeValues) {
            return commandExecutor.execute(voltooiing(taskId, properties, true));
        }
    }

    /** On every user task of every model, deployed at start-up or from the Modeler: the two guards below. */
    private final class Bewaking extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior taak) {
                taak.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, VOLTOOIING);
                taak.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, toewijzing);
            }
        }
    }

    /** A completion that did not come through {@link VoltooiTaak}: refused, nothing written. */
    private static final TaskListener VOLTOOIING = taak -> {
        if (!VoltooiTaak.bezigMet(taak.getId())) {
            throw Taakweigering.nietMogelijk("Taak '" + taak.getName() + "' rond je af met haar eigen invoer "
                    + "(EenPlan, Tasklist of /engine-rest complete), niet op een andere manier.");
        }
    };

    /** Assigned to someone: only a candidate of the task who works at the pupil's school. */
    private final TaskListener toewijzing = this::controleerToewijzing;

    private void controleerToewijzing(DelegateTask taak) {
        regels.getObject().controleerToewijzing(taak);
    }
}
