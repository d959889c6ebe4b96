package nl.eenplan.taak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.security.Toegang;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The user's task list as one query per half, through Camunda's public native task query: the same tasks, in the same
 * order, as Camunda's {@code TaskQuery} that {@link TaakService} builds for one task ({@code zichtbaar}), without its
 * {@code select distinct … left join ACT_RU_IDENTITYLINK}, which joins and sorts every visible task before the limit.
 * Here a candidate is an {@code exists}, so the database reads the index on (tenant, due date, creation, id), made by
 * {@link TaakIndexen}, in order and stops at the limit (issue #25: 1,000,000 open tasks).
 *
 * <p>Camunda's semantics of {@code or().taskAssignee(u).taskCandidateUser(u).taskCandidateGroupIn(g).endOr()}, read
 * in Task.xml and TaskQueryImpl of 7.24, kept exactly (TakenlijstGelijkIT compares both on random tasks):
 * <ul>
 *     <li>assigned to the user, or unassigned with a link of type {@code candidate} for the user or one of the groups:
 *     a candidate task that someone else has is not in the list ({@code includeAssignedTasks} is off);</li>
 *     <li>the groups are those given plus the user's groups in Camunda's identity service ({@code taskCandidateUser}
 *     adds those);</li>
 *     <li>suspended tasks are included (the query has no suspension filter);</li>
 *     <li>tenants: the user's schools; none for a user who sees everything ({@link Toegang.Zicht#alles()}); a user
 *     without schools matches none.</li>
 * </ul>
 * The order is total: ties on the dates go by the task's id, where Camunda's own order leaves them to the database.
 */
@Component
class Takenlijst {

    /** As {@code dueAfter(new Date(0))} did: a due date after the epoch counts as a due date. */
    private static final Date SINDS = new Date(0);

    private final TaskService taskService;
    private final IdentityService identityService;

    Takenlijst(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The tasks with a due date first (earliest, so most overdue, at the top), then those without; at most this many. */
    List<Task> lijst(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht, int maximaal) {
        List<Task> taken = new ArrayList<>(metTermijn(gebruiker, groepen, zicht).lijst(maximaal));
        if (taken.size() < maximaal) {
            taken.addAll(zonderTermijn(gebruiker, groepen, zicht).lijst(maximaal - taken.size()));
        }
        return taken;
    }

    /** The user's tasks for one pupil (the business key of every instance is the dossier number), oldest first. */
    List<Task> vanDossier(String dossierNummer, String gebruiker, Collection<String> groepen, Toegang.Zicht zicht,
                          int maximaal) {
        return zoekvraag(gebruiker, groepen, zicht, "exists (select 1 from ACT_RU_EXECUTION E "
                + "where E.ID_ = RES.PROC_INST_ID_ and E.BUSINESS_KEY_ = #{dossier})", "RES.CREATE_TIME_, RES.ID_")
                .met("dossier", dossierNummer).lijst(maximaal);
    }

    /** The first half of the list: the tasks with a due date, earliest first. */
    Zoekvraag metTermijn(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht) {
        return zoekvraag(gebruiker, groepen, zicht, "RES.DUE_DATE_ > #{sinds}", "RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_")
                .met("sinds", SINDS);
    }

    /** The second half: the tasks without a due date, oldest first. */
    Zoekvraag zonderTermijn(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht) {
        // Ordered by the (null) due date first as well: PostgreSQL then reads the index in order (an "is null" is no
        // equality to its planner, so "order by CREATE_TIME_" alone made it sort the school's tasks).
        return zoekvraag(gebruiker, groepen, zicht, "RES.DUE_DATE_ is null", "RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_");
    }

    /** One query: its SQL with MyBatis parameters {@code #{naam}} and their values (EXPLAIN in the PostgreSQL test). */
    final class Zoekvraag {

        final String sql;
        final Map<String, Object> parameters;

        private Zoekvraag(String sql, Map<String, Object> parameters) {
            this.sql = sql;
            this.parameters = parameters;
        }

        private Zoekvraag met(String naam, Object waarde) {
            parameters.put(naam, waarde);
            return this;
        }

        private List<Task> lijst(int maximaal) {
            NativeTaskQuery q = taskService.createNativeTaskQuery().sql(sql);
            parameters.forEach(q::parameter);
            return q.listPage(0, maximaal);
        }
    }

    private Zoekvraag zoekvraag(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht, String voorwaarde,
                                String volgorde) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("wie", gebruiker);
        StringBuilder sql = new StringBuilder("select RES.* from ACT_RU_TASK RES where ").append(voorwaarde);
        if (!zicht.alles()) {
            sql.append(" and RES.TENANT_ID_ in (").append(inLijst(parameters, "school", zicht.scholenVoorQuery()))
                    .append(')');
        }
        sql.append(" and (RES.ASSIGNEE_ = #{wie} or (RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I"
                + " where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (I.USER_ID_ = #{wie}");
        Set<String> alleGroepen = alleGroepen(gebruiker, groepen);
        if (!alleGroepen.isEmpty()) {
            sql.append(" or I.GROUP_ID_ in (").append(inLijst(parameters, "groep", alleGroepen)).append(')');
        }
        // "offset 0 rows": the candidate check stays a look-up per task by its id (ACT_RU_IDENTITYLINK's TASK_ID_ index)
        // for the few tasks the ordered scan reads up to the limit; without it PostgreSQL may build a hash of every
        // candidate link of the user's groups in the country first (a group such as zorgcoordinator is on most tasks).
        sql.append(") offset 0 rows))) order by ").append(volgorde);
        return new Zoekvraag(sql.toString(), parameters);
    }

    /** The groups given and, as Camunda's taskCandidateUser adds them, the user's groups in its identity service. */
    private Set<String> alleGroepen(String gebruiker, Collection<String> groepen) {
        Set<String> alle = new LinkedHashSet<>(groepen);
        identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).forEach(alle::add);
        return alle;
    }

    /** An SQL IN list of parameters {@code naam0, naam1, …}: the values are bound, never written into the SQL. */
    private static String inLijst(Map<String, Object> parameters, String naam, Collection<String> waarden) {
        List<String> namen = new ArrayList<>();
        int i = 0;
        for (String waarde : waarden) {
            String parameter = naam + i++;
            parameters.put(parameter, waarde);
            namen.add("#{" + parameter + "}");
        }
        return String.join(", ", namen);
    }
}
