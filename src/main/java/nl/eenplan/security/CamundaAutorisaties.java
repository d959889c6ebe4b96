package nl.eenplan.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * The Camunda authorizations each group starts with. Camunda checks them in Cockpit, Tasklist,
 * Admin and /engine-rest alike, so the webapps are no side door. Tasks need no rule here: the
 * engine grants a task's candidate group READ and UPDATE on that task when the task is created.
 * Administrators can refine these in Camunda Admin; start-up only adds what is missing.
 */
final class CamundaAutorisaties {

    /** One grant: group, resource type, resource id (or {@code *}) and permissions. */
    record Recht(String groep, Resource resource, String resourceId, Permission permissie) {
    }

    /** Groups that work tasks in Tasklist. */
    static final List<String> TAAKGROEPEN = List.of(Groepen.ZORGCOORDINATOR, Groepen.MENTOR,
            Groepen.AANDACHTSFUNCTIONARIS, Groepen.JEUGDHULP, Groepen.SWV, Groepen.GEMEENTE, Groepen.LEERPLICHT, Groepen.RMC, Groepen.LEERPLICHT_TEAMLEIDER);

    /**
     * What only EenPlan itself (and the administrators) may do to the instances of a process, whatever else a group
     * has: start one outside EenPlan, write its variables, move its tokens (modification), migrate it (a plan may
     * set variables) or work, assign and change its tasks. Each would go around the handlers and the variables
     * models trust (the dossier, the agreement of a follow-up task). Process owners keep the rest of ALL: deploy,
     * read, suspend, delete, retry jobs, history; administrators migrate. Start-up takes these from every group but the administrators (IdentiteitInrichting).
     */
    static final List<Permission> ALLEEN_VOOR_EENPLAN = List.of(
            ProcessDefinitionPermissions.CREATE_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE,
            ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.UPDATE_TASK,
            ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE,
            ProcessDefinitionPermissions.TASK_ASSIGN,
            ProcessDefinitionPermissions.TASK_WORK,
            // A migration plan may set variables, and moves instances onto any version.
            ProcessDefinitionPermissions.MIGRATE_INSTANCE);

    static List<Recht> rechten() {
        List<Recht> rechten = new ArrayList<>();

        // Application administrators: everything, as Camunda's own camunda-admin group.
        for (Resource resource : Resources.values()) {
            rechten.add(new Recht(Groepen.ADMIN, resource, ANY, ALL));
            rechten.add(new Recht(Groepen.CAMUNDA_ADMIN, resource, ANY, ALL));
        }

        // Process owners: deploy models (also from Camunda Modeler) and watch them run in Cockpit; on process
        // definitions ALL but ALLEEN_VOOR_EENPLAN (taken away at start-up).
        // Process variables carry ids and routing facts only, so reading instances shows no care details.
        Stream.of(DEPLOYMENT, PROCESS_DEFINITION, DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION)
                .forEach(r -> rechten.add(new Recht(Groepen.PROCESBEHEER, r, ANY, ALL)));
        // History is readable through READ_HISTORY, part of ALL on the process definition.
        Stream.of(PROCESS_INSTANCE, TASK)
                .forEach(r -> rechten.add(new Recht(Groepen.PROCESBEHEER, r, ANY, READ)));
        rechten.add(new Recht(Groepen.PROCESBEHEER, APPLICATION, "cockpit", ACCESS));
        rechten.add(new Recht(Groepen.PROCESBEHEER, APPLICATION, "tasklist", ACCESS));
        rechten.add(new Recht(Groepen.PROCESBEHEER, FILTER, ANY, READ));

        // Everyone who works tasks: Tasklist and the names of process definitions. Which Tasklist
        // filters a group sees is granted per filter (IdentiteitInrichting).
        for (String groep : TAAKGROEPEN) {
            rechten.add(new Recht(groep, APPLICATION, "tasklist", ACCESS));
            rechten.add(new Recht(groep, PROCESS_DEFINITION, ANY, READ));
        }

        // Tasklist shows each task's dossier number (a process variable); reading instance variables is granted
        // per process, only to the groups that work in it (need-to-know). Variables have their own permission
        // (enforceSpecificVariablePermission): READ_INSTANCE_VARIABLE next to READ_INSTANCE.
        for (String proces : List.of("aanmelding", "verzuim", "mdo", "arrangement", "overstap")) {
            rechten.add(new Recht(Groepen.ZORGCOORDINATOR, PROCESS_DEFINITION, proces, READ_INSTANCE));
            rechten.add(new Recht(Groepen.ZORGCOORDINATOR, PROCESS_DEFINITION, proces, READ_INSTANCE_VARIABLE));
        }
        // The meldcode: only the school's zorgcoördinator and aandachtsfunctionaris, never the mentor or partners.
        for (String groep : List.of(Groepen.ZORGCOORDINATOR, Groepen.AANDACHTSFUNCTIONARIS)) {
            rechten.add(new Recht(groep, PROCESS_DEFINITION, "meldcode", READ_INSTANCE));
            rechten.add(new Recht(groep, PROCESS_DEFINITION, "meldcode", READ_INSTANCE_VARIABLE));
        }
        for (String groep : List.of(Groepen.LEERPLICHT, Groepen.RMC, Groepen.LEERPLICHT_TEAMLEIDER)) {
            rechten.add(new Recht(groep, PROCESS_DEFINITION, "leerplichtEscalatie", READ_INSTANCE));
            rechten.add(new Recht(groep, PROCESS_DEFINITION, "leerplichtEscalatie", READ_INSTANCE_VARIABLE));
        }
        return rechten;
    }

    private CamundaAutorisaties() {
    }
}
