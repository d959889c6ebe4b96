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
 *
 * <p>Two forms of the same query, chosen per request. The ordered scan above is good when the user is offered many of
 * the tasks they see: it stops after reading about as many as it shows. For a user offered few of them (a
 * leerplichtambtenaar across a gemeente's schools, a process owner who sees every school) it would read every task of
 * those schools looking for a match. So a bounded count first ({@link #KOPPELGRENS}): the user's candidate links
 * (theirs and their groups') in the schools they see plus the tasks assigned to them. Below the bound the list is
 * link-driven: the same conditions and order, with one more that every listed task meets anyway (its id is among those
 * links' tasks or the assigned ones), so the database starts from those and sorts at most that many. The links'
 * TENANT_ID_ selects the schools there: Camunda gives a task's links its tenant ({@code TaskEntity.newIdentityLink});
 * {@code TakenlijstGelijkIT} checks that on the engine's own tasks.
 */
@Component
class Takenlijst {

    /** As {@code dueAfter(new Date(0))} did: a due date after the epoch counts as a due date. */
    private static final Date SINDS = new Date(0);

    /**
     * Below this many candidate links and assigned tasks in the schools the user sees, the list is link-driven: it
     * reads at most this many links and tasks. At or above it the user is offered enough of their schools' tasks for
     * the ordered scan to find a page soon.
     */
    static final int KOPPELGRENS = 1_000;

    private final TaskService taskService;
    private final IdentityService identityService;

    Takenlijst(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /** The tasks with a due date first (earliest, so most overdue, at the top), then those without; at most this many. */
    List<Task> lijst(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht, int maximaal) {
        return lijst(wie(gebruiker, groepen, zicht), maximaal);
    }

    /** The list in the form {@code wie} names (TakenlijstGelijkIT compares both forms with Camunda's query). */
    List<Task> lijst(Wie wie, int maximaal) {
        List<Task> taken = new ArrayList<>(metTermijn(wie).lijst(maximaal));
        if (taken.size() < maximaal) {
            taken.addAll(zonderTermijn(wie).lijst(maximaal - taken.size()));
        }
        return taken;
    }

    /**
     * Who asks: the user, all their groups, the schools they see, and which form of the query fits them: link-driven
     * when the bounded count of their candidate links and assigned tasks stays below {@link #KOPPELGRENS}.
     */
    record Wie(String gebruiker, Set<String> groepen, Toegang.Zicht zicht, boolean viaKoppelingen) {
    }

    Wie wie(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht) {
        Set<String> alleGroepen = alleGroepen(gebruiker, groepen);
        return new Wie(gebruiker, alleGroepen, zicht, koppelingen(gebruiker, alleGroepen, zicht) < KOPPELGRENS);
    }

    /**
     * The user's candidate links and their groups' on unassigned tasks in the schools they see, plus the tasks assigned
     * to them there, counted up to {@link #KOPPELGRENS} (the user's links by USER_ID_, the groups' by TaakIndexen's
     * (GROUP_ID_, TENANT_ID_, …), each with its task by id; assigned tasks by ASSIGNEE_). Links of tasks a colleague
     * claimed do not count: they are not in the list, so a group whose tasks are mostly claimed still gets the
     * link-driven form.
     */
    long koppelingen(String gebruiker, Set<String> groepen, Toegang.Zicht zicht) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("wie", gebruiker);
        String scholenL = zicht.alles() ? ""
                : " and L.TENANT_ID_ in (" + inLijst(parameters, "school", zicht.scholenVoorQuery()) + ")";
        String scholenA = zicht.alles() ? "" : scholenL.replace("L.TENANT_ID_", "A.TENANT_ID_");
        String open = " and exists (select 1 from ACT_RU_TASK T where T.ID_ = L.TASK_ID_ and T.ASSIGNEE_ is null)";
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 as X from ACT_RU_IDENTITYLINK L where ")
                .append("L.USER_ID_ = #{wie} and L.TYPE_ = 'candidate'").append(scholenL).append(open);
        if (!groepen.isEmpty()) {
            sql.append(" union all select 1 as X from ACT_RU_IDENTITYLINK L where L.GROUP_ID_ in (")
                    .append(inLijst(parameters, "groep", groepen)).append(") and L.TYPE_ = 'candidate'").append(scholenL)
                    .append(open);
        }
        sql.append(" union all select 1 as X from ACT_RU_TASK A where A.ASSIGNEE_ = #{wie}").append(scholenA)
                .append(" offset 0 rows fetch next ").append(KOPPELGRENS).append(" rows only) T");
        NativeTaskQuery q = taskService.createNativeTaskQuery().sql(sql.toString());
        parameters.forEach(q::parameter);
        return q.count();
    }

    /** The user's tasks for one pupil (the business key of every instance is the dossier number), oldest first. */
    List<Task> vanDossier(String dossierNummer, String gebruiker, Collection<String> groepen, Toegang.Zicht zicht,
                          int maximaal) {
        Wie wie = new Wie(gebruiker, alleGroepen(gebruiker, groepen), zicht, false);
        return zoekvraag(wie, "exists (select 1 from ACT_RU_EXECUTION E "
                + "where E.ID_ = RES.PROC_INST_ID_ and E.BUSINESS_KEY_ = #{dossier})", "RES.CREATE_TIME_, RES.ID_")
                .met("dossier", dossierNummer).lijst(maximaal);
    }

    /** The first half of the list: the tasks with a due date, earliest first. */
    Zoekvraag metTermijn(Wie wie) {
        return zoekvraag(wie, "RES.DUE_DATE_ > #{sinds}", "RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_")
                .met("sinds", SINDS);
    }

    /** The second half: the tasks without a due date, oldest first. */
    Zoekvraag zonderTermijn(Wie wie) {
        // Ordered by the (null) due date first as well: PostgreSQL then reads the index in order (an "is null" is no
        // equality to its planner, so "order by CREATE_TIME_" alone made it sort the school's tasks).
        return zoekvraag(wie, "RES.DUE_DATE_ is null", "RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_");
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

    private Zoekvraag zoekvraag(Wie wie, String voorwaarde, String volgorde) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("wie", wie.gebruiker());
        StringBuilder sql = new StringBuilder("select RES.* from ACT_RU_TASK RES where ").append(voorwaarde);
        String scholen = wie.zicht().alles() ? null : inLijst(parameters, "school", wie.zicht().scholenVoorQuery());
        String groepen = wie.groepen().isEmpty() ? null : inLijst(parameters, "groep", wie.groepen());
        if (scholen != null) {
            sql.append(" and RES.TENANT_ID_ in (").append(scholen).append(')');
        }
        if (wie.viaKoppelingen()) {
            // Implied by the conditions below (a listed task is assigned to the user or has a candidate link for them
            // or a group of theirs), so the same tasks: the database starts from these few ids instead of the schools.
            String inScholen = scholen == null ? "" : " and L.TENANT_ID_ in (" + scholen + ")";
            sql.append(" and RES.ID_ in (select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.USER_ID_ = #{wie} and ")
                    .append("L.TYPE_ = 'candidate'").append(inScholen);
            if (groepen != null) {
                sql.append(" union all select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.GROUP_ID_ in (")
                        .append(groepen).append(") and L.TYPE_ = 'candidate'").append(inScholen);
            }
            sql.append(" union all select A.ID_ from ACT_RU_TASK A where A.ASSIGNEE_ = #{wie})");
        }
        sql.append(" and (RES.ASSIGNEE_ = #{wie} or (RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I"
                + " where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (I.USER_ID_ = #{wie}");
        if (groepen != null) {
            sql.append(" or I.GROUP_ID_ in (").append(groepen).append(')');
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
