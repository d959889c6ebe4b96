package nl.eenplan.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the first request: the groups of EenPlan, their Camunda authorizations,
 * the Tasklist filters, and (when configured) the first application administrator. Only what is
 * missing is added, so changes made in Camunda Admin survive a restart.
 */
@Component
class IdentiteitInrichting implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(IdentiteitInrichting.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final GebruikerService gebruikers;
    private final String beheerder;
    private final String beheerderWachtwoord;

    IdentiteitInrichting(IdentityService identityService, AuthorizationService authorizationService,
                         FilterService filterService, TaskService taskService, GebruikerService gebruikers,
                         @Value("${eenplan.beheerder.gebruiker:}") String beheerder,
                         @Value("${eenplan.beheerder.wachtwoord:}") String beheerderWachtwoord) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.gebruikers = gebruikers;
        this.beheerder = beheerder;
        this.beheerderWachtwoord = beheerderWachtwoord;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Groepen.ALLE.forEach(this::zorgVoorGroep);
        zorgVoorGroep(new Groepen.Groep(Groepen.CAMUNDA_ADMIN, "Camunda-beheer (technisch)"));
        CamundaAutorisaties.rechten().forEach(this::zorgVoorRecht);
        zorgVoorFilters();
        zorgVoorBeheerder();
        beperkRechtenOpBestaandeTaken();
        alleenEenPlanWerktInInstanties();
    }

    /**
     * Only EenPlan's own code starts instances, writes variables and works tasks around the handlers: no group but
     * the administrators keeps those rights on a process definition (see ALLEEN_VOOR_EENPLAN), also when an
     * earlier version or an administrator granted ALL.
     */
    private void alleenEenPlanWerktInInstanties() {
        for (Authorization a : authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
                .list()) {
            boolean beheer = Groepen.ADMIN.equals(a.getGroupId()) || Groepen.CAMUNDA_ADMIN.equals(a.getGroupId());
            if (beheer || a.getAuthorizationType() != AUTH_TYPE_GRANT) {
                continue;
            }
            boolean gewijzigd = false;
            for (var recht : CamundaAutorisaties.ALLEEN_VOOR_EENPLAN) {
                if (a.isPermissionGranted(recht)) {
                    a.removePermission(recht);
                    gewijzigd = true;
                }
            }
            if (gewijzigd) {
                authorizationService.saveAuthorization(a);
                LOG.info("Starten, variabelen schrijven en taken werken buiten EenPlan weggehaald bij {} op proces {}.",
                        a.getGroupId() != null ? "groep " + a.getGroupId() : "gebruiker " + a.getUserId(), a.getResourceId());
            }
        }
    }

    /**
     * Least privilege for tasks that existed before it (TASK_WORK since 0.2): their candidates and assignees
     * were given UPDATE, which lets them write variables and reassign. They get what a new task gives:
     * READ, TASK_WORK and READ_VARIABLE. Once done, the query finds nothing and start-up is as fast as before.
     */
    private void beperkRechtenOpBestaandeTaken() {
        List<Authorization> oud = authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list().stream()
                .filter(a -> !Authorization.ANY.equals(a.getResourceId()))
                .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT)
                .toList();
        for (Authorization a : oud) {
            a.removePermission(Permissions.UPDATE);
            a.addPermission(TaskPermissions.TASK_WORK);
            a.addPermission(TaskPermissions.READ_VARIABLE);
            authorizationService.saveAuthorization(a);
        }
        if (!oud.isEmpty()) {
            LOG.info("Rechten op {} bestaande taken teruggebracht tot lezen en werken (TASK_WORK).", oud.size());
        }
    }

    private void zorgVoorGroep(Groepen.Groep groep) {
        if (identityService.createGroupQuery().groupId(groep.id()).count() == 0) {
            Group g = identityService.newGroup(groep.id());
            g.setName(groep.naam());
            boolean systeem = Groepen.ADMIN.equals(groep.id()) || Groepen.CAMUNDA_ADMIN.equals(groep.id());
            g.setType(systeem ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(g);
        }
    }

    /** Adds the grant, or the permission to the group's existing grant on that resource; never takes anything away. */
    private void zorgVoorRecht(CamundaAutorisaties.Recht recht) {
        Authorization a = authorizationService.createAuthorizationQuery()
                .groupIdIn(recht.groep())
                .resourceType(recht.resource())
                .resourceId(recht.resourceId())
                .list().stream().filter(b -> b.getAuthorizationType() == AUTH_TYPE_GRANT).findFirst().orElse(null);
        if (a == null) {
            a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            a.setGroupId(recht.groep());
            a.setResource(recht.resource());
            a.setResourceId(recht.resourceId());
        } else if (a.isPermissionGranted(recht.permissie()) || recht.permissie() == Permissions.ALL) {
            return; // ALL on an existing grant: what is left of it was decided here or by an administrator
        }
        a.addPermission(recht.permissie());
        authorizationService.saveAuthorization(a);
    }

    /** Tasklist opens on these; names and descriptions in Dutch; each visible to the groups that need it. */
    private void zorgVoorFilters() {
        List<String> iedereen = CamundaAutorisaties.TAAKGROEPEN;
        zorgVoorFilter("Taken van mijn groepen", "Open taken voor de groepen waar je lid van bent", -10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks(), iedereen);
        zorgVoorFilter("Mijn taken", "Taken die aan jou zijn toegewezen", -5,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), iedereen);
        zorgVoorFilter("Escalaties leerplicht", "Leerlingen die buiten school dreigen te raken: beoordeel en kies een route",
                -20, taskService.createTaskQuery().processDefinitionKey("leerplichtEscalatie")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
                List.of(Groepen.LEERPLICHT, Groepen.RMC, Groepen.LEERPLICHT_TEAMLEIDER),
                Map.of("name", "redenOmschrijving", "label", "Reden"));
    }

    @SafeVarargs
    private void zorgVoorFilter(String naam, String omschrijving, int prioriteit, TaskQuery query,
                                List<String> groepen, Map<String, String>... extraVariabelen) {
        Filter filter = filterService.createFilterQuery().filterName(naam).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(naam);
            filter.setQuery(query);
            List<Map<String, String>> variabelen = new java.util.ArrayList<>();
            variabelen.add(Map.of("name", "dossierNummer", "label", "Dossier"));
            variabelen.addAll(List.of(extraVariabelen));
            // Tasklist shows these process variables on each task, so the right pupil is found at a glance.
            filter.setProperties(Map.of("description", omschrijving, "priority", prioriteit, "refresh", true,
                    "showUndefinedVariable", false, "variables", variabelen));
            filterService.saveFilter(filter);
        }
        for (String groep : groepen) {
            zorgVoorRecht(new CamundaAutorisaties.Recht(groep, Resources.FILTER, filter.getId(), Permissions.READ));
        }
    }

    private void zorgVoorBeheerder() {
        if (!beheerder.isBlank() && identityService.createUserQuery().userId(beheerder).count() == 0) {
            if (beheerderWachtwoord.isBlank()) {
                throw new IllegalStateException("EENPLAN_BEHEERDER_GEBRUIKER is gezet maar "
                        + "EENPLAN_BEHEERDER_WACHTWOORD niet: geef de eerste beheerder een wachtwoord.");
            }
            gebruikers.maakAlsNieuw(beheerder, "Applicatie", "Beheerder", beheerderWachtwoord, Groepen.ADMIN,
                    Groepen.CAMUNDA_ADMIN);
            LOG.info("Eerste applicatiebeheerder '{}' aangemaakt.", beheerder);
        }
    }

    /**
     * After start-up (demo users included): refuse to run with the demo password outside the demo
     * profile, and say so when nobody can administer users yet.
     */
    @EventListener(ApplicationReadyEvent.class)
    void controleerBeheer(ApplicationReadyEvent event) {
        boolean demo = event.getApplicationContext().getEnvironment().matchesProfiles("demo");
        if (!demo && identityService.createUserQuery().userId("demo").count() > 0
                && identityService.checkPassword("demo", "demo")) {
            throw new IllegalStateException("Gebruiker 'demo' met wachtwoord 'demo' bestaat in deze database, maar het "
                    + "profiel 'demo' staat uit. Verwijder die gebruiker of geef hem een ander wachtwoord.");
        }
        if (identityService.createUserQuery().memberOfGroup(Groepen.ADMIN).count() == 0) {
            LOG.warn("Er is nog geen applicatiebeheerder. Start eenmalig met EENPLAN_BEHEERDER_GEBRUIKER en "
                    + "EENPLAN_BEHEERDER_WACHTWOORD, of met het profiel 'demo' voor een demo-omgeving.");
        }
    }
}
