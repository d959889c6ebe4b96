package nl.eenplan.taak;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.eenplan.database.Databasesoort;
import nl.eenplan.security.Toegang;
import org.apache.ibatis.type.ArrayTypeHandler;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
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
 * those schools looking for a match. So a bounded read first ({@link #KOPPELGRENS}): the tasks of the user's candidate
 * links (theirs and their groups') in the schools they see plus the tasks assigned to them. Below the bound the list
 * is link-driven: the same conditions and order, with one more that every listed task meets anyway (its id is one of
 * those read), so the database starts from those ids and sorts at most that many. The links' TENANT_ID_ selects the
 * schools there: Camunda gives a task's links its tenant ({@code TaskEntity.newIdentityLink}); {@code
 * TakenlijstGelijkIT} checks that on the engine's own tasks. The ids go to the list as one array, not as a subquery:
 * H2 ran such a subquery again for every task it read (a leerplichtambtenaar of 100 schools at 100,000 tasks: Mijn
 * werk p50 498 ms on H2), where PostgreSQL planned it from the links.
 */
@Component
class Takenlijst {

    /** As {@code dueAfter(new Date(0))} did: a due date after the epoch counts as a due date. */
    private static final Date SINDS = new Date(0);

    /**
     * Below this many candidate links in the schools the user sees and tasks assigned to them, the list is
     * link-driven: it reads at most this many tasks. At or above it the user is offered enough of their schools' tasks
     * for the ordered scan to find a page soon.
     */
    static final int KOPPELGRENS = 1_000;

    /**
     * Up to this many schools or groups are one {@code = any(…)} condition; more are, on PostgreSQL, a set the query
     * joins (H2 keeps {@code = any}).
     */
    static final int KORTE_LIJST = 100;

    /** A MyBatis parameter as {@link #eenVan} writes it: {@code #{naam}} or {@code #{naam,typeHandler=…}}. */
    private static final Pattern MYBATIS_PARAMETER = Pattern.compile("#\\{(\\w+)(,[^}]*)?}");

    private final TaskService taskService;
    private final IdentityService identityService;
    private final JdbcTemplate jdbc;
    private final Databasesoort database;

    Takenlijst(TaskService taskService, IdentityService identityService, JdbcTemplate jdbc, Databasesoort database) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.jdbc = jdbc;
        this.database = database;
    }

    /** The tasks with a due date first (earliest, so most overdue, at the top), then those without; at most this many. */
    List<Task> lijst(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht, int maximaal) {
        return lijst(wie(gebruiker, groepen, zicht), maximaal);
    }

    /** The list in the form {@code wie} names (TakenlijstGelijkIT compares both forms with Camunda's query). */
    List<Task> lijst(Wie wie, int maximaal) {
        return lijst(wie, null, maximaal);
    }

    /**
     * The user's tasks for these pupils (dossier numbers: the business key of every instance), in the list's order:
     * Mijn werk's search past its first tasks. The same conditions as the list, and the task's instance among those
     * with one of these business keys (Camunda indexes BUSINESS_KEY_, so the database can start from those pupils).
     */
    List<Task> vanDossiers(Collection<String> nummers, String gebruiker, Collection<String> groepen,
                           Toegang.Zicht zicht, int maximaal) {
        if (nummers.isEmpty()) {
            return List.of();
        }
        return lijst(new Wie(gebruiker, alleGroepen(gebruiker, groepen), zicht, null), nummers, maximaal);
    }

    /** Both halves (one query when link-driven), the tasks of these dossiers only when {@code dossiers} is not null. */
    private List<Task> lijst(Wie wie, Collection<String> dossiers, int maximaal) {
        if (wie.viaKoppelingen()) {
            return wie.taken().isEmpty() ? List.of() : vanKoppelingen(wie, dossiers).lijst(maximaal);
        }
        List<Task> taken = new ArrayList<>(metTermijn(wie, dossiers).lijst(maximaal));
        if (taken.size() < maximaal) {
            taken.addAll(zonderTermijn(wie, dossiers).lijst(maximaal - taken.size()));
        }
        return taken;
    }

    /**
     * Who asks: the user, all their groups, the schools they see, and which form of the query fits them: link-driven
     * ({@code taken}: the ids of the tasks of their candidate links and of those assigned to them) when the bounded
     * read found fewer than {@link #KOPPELGRENS}; the ordered scan when {@code taken} is null.
     */
    record Wie(String gebruiker, Set<String> groepen, Toegang.Zicht zicht, Set<String> taken) {

        boolean viaKoppelingen() {
            return taken != null;
        }
    }

    Wie wie(String gebruiker, Collection<String> groepen, Toegang.Zicht zicht) {
        Set<String> alleGroepen = alleGroepen(gebruiker, groepen);
        List<String> gelezen = koppelingen(gebruiker, alleGroepen, zicht, KOPPELGRENS);
        return new Wie(gebruiker, alleGroepen, zicht,
                gelezen.size() < KOPPELGRENS ? new LinkedHashSet<>(gelezen) : null);
    }

    /** The link-driven form whatever the count (TakenlijstGelijkIT compares both forms): every link read. */
    Wie viaKoppelingen(String gebruiker, Set<String> alleGroepen, Toegang.Zicht zicht) {
        return new Wie(gebruiker, alleGroepen, zicht,
                new LinkedHashSet<>(koppelingen(gebruiker, alleGroepen, zicht, Integer.MAX_VALUE)));
    }

    /**
     * The tasks of the user's candidate links and their groups' on unassigned tasks in the schools they see, plus the
     * tasks assigned to them, at most {@code grens} (a task once per link: the user's links by USER_ID_, the groups'
     * by TaakIndexen's (GROUP_ID_, TENANT_ID_, …), each with its task by id; assigned tasks by ASSIGNEE_).
     * Links of tasks a colleague claimed are not read: those tasks are not in the list, so a group whose tasks are
     * mostly claimed still gets the link-driven form.
     */
    List<String> koppelingen(String gebruiker, Set<String> groepen, Toegang.Zicht zicht, int grens) {
        return ids(koppelvraag(gebruiker, groepen, zicht, grens).alsJdbc());
    }

    /** The query {@link #koppelingen} runs (its plan in TakenlijstGelijkIT). */
    Zoekvraag koppelvraag(String gebruiker, Set<String> groepen, Toegang.Zicht zicht, int grens) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("wie", gebruiker);
        Collection<String> scholen = zicht.scholenVoorQuery();
        String scholenL = zicht.alles() ? "" : " and " + eenVan("L.TENANT_ID_", parameters, "school", scholen);
        // "offset 0 rows": each link's task looked up by its id, and the read stops at the bound. Without it PostgreSQL
        // joined the links with every unassigned task of the database (a hash join over a sequential scan), which grew
        // with the tasks in the database: 19.2 of PostgreSQL's 24.7 ms per request at 100,000 tasks (issue #25,
        // docs/benchmark.md, "The bounded read of the links, each task by its id").
        String open = " and exists (select 1 from ACT_RU_TASK T where T.ID_ = L.TASK_ID_ and T.ASSIGNEE_ is null"
                + " offset 0 rows)";
        StringBuilder sql = new StringBuilder("select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where ")
                .append("L.USER_ID_ = #{wie} and L.TYPE_ = 'candidate'").append(scholenL).append(open);
        // One part per group (a link has one group, so no task twice), each group an equality: given "GROUP_ID_ = any"
        // next to "TENANT_ID_ = any", H2 read every candidate link by TaakIndexen's index, matching only on TYPE_.
        int nummer = 0;
        for (String groep : groepen) {
            String naam = "groep" + nummer++;
            parameters.put(naam, groep);
            sql.append(" union all select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.GROUP_ID_ = #{").append(naam)
                    .append("} and L.TYPE_ = 'candidate'").append(scholenL).append(open);
        }
        // The tasks assigned to the user in any school: a user has few, and the list checks the school. (With the
        // schools here H2 read every task of those schools by the tenant index: it knows no assignee is rare.)
        sql.append(" union all select A.ID_ from ACT_RU_TASK A where A.ASSIGNEE_ = #{wie}");
        if (grens < Integer.MAX_VALUE) {
            sql.append(" offset 0 rows fetch next ").append(grens).append(" rows only");
        }
        return new Zoekvraag(sql.toString(), parameters);
    }

    /** The user's tasks for one pupil (the business key of every instance is the dossier number), oldest first. */
    List<Task> vanDossier(String dossierNummer, String gebruiker, Collection<String> groepen, Toegang.Zicht zicht,
                          int maximaal) {
        Wie wie = new Wie(gebruiker, alleGroepen(gebruiker, groepen), zicht, null);
        return zoekvraag(wie, "exists (select 1 from ACT_RU_EXECUTION E where E.ID_ = RES.PROC_INST_ID_ and "
                + "E.BUSINESS_KEY_ = #{dossier})", null, "RES.CREATE_TIME_, RES.ID_").met("dossier", dossierNummer)
                .lijst(maximaal);
    }

    /**
     * The dossier number (every instance's business key) of each of these process instances, by instance id: one read
     * of the engine's executions by their primary key, as {@code TaakIndexen} and {@code EenTaakPerDossier} read the
     * engine's tables. Issue #25: Camunda's process instance query for the 500 tasks of Mijn werk was a quarter of the
     * node's time gathering that list (its SQL, with one MyBatis parameter per id, parsed per call). The same rows as
     * that query: a list is read without a user signed in to the engine (EigenEngineFilter clears it per request), so
     * that query had no authorization or tenant check either; the tasks are those the list already showed.
     */
    Map<String, String> dossiernummers(Collection<String> instanties) {
        Map<String, String> nummers = new HashMap<>();
        if (!instanties.isEmpty()) {
            jdbc.query(verbinding -> {
                PreparedStatement vraag = verbinding.prepareStatement(
                        "select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ = any(?)");
                vraag.setArray(1, verbinding.createArrayOf("varchar", instanties.toArray()));
                return vraag;
            }, (RowCallbackHandler) rij -> nummers.put(rij.getString(1), rij.getString(2)));
        }
        return nummers;
    }

    /** The first half of the list: the tasks with a due date, earliest first. */
    Zoekvraag metTermijn(Wie wie) {
        return metTermijn(wie, null);
    }

    private Zoekvraag metTermijn(Wie wie, Collection<String> dossiers) {
        return zoekvraag(wie, "RES.DUE_DATE_ > #{sinds}", dossiers, "RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_")
                .met("sinds", SINDS);
    }

    /** The second half: the tasks without a due date, oldest first. */
    Zoekvraag zonderTermijn(Wie wie) {
        return zonderTermijn(wie, null);
    }

    private Zoekvraag zonderTermijn(Wie wie, Collection<String> dossiers) {
        // Ordered by the (null) due date first as well: PostgreSQL then reads the index in order (an "is null" is no
        // equality to its planner, so "order by CREATE_TIME_" alone made it sort the school's tasks).
        return zoekvraag(wie, "RES.DUE_DATE_ is null", dossiers, "RES.DUE_DATE_, RES.CREATE_TIME_, RES.ID_");
    }

    /**
     * The link-driven form: both halves in one query, in the same order (a due date after the epoch first, earliest
     * first; then those without, oldest first). One query, so no condition on the due date alone is left for H2 to
     * pick an index for: given {@code DUE_DATE_ is null} it read every task without a due date by the index on
     * (DUE_DATE_, …) instead of the few by their ids (it takes "is null" for a rare value).
     */
    Zoekvraag vanKoppelingen(Wie wie) {
        return vanKoppelingen(wie, null);
    }

    private Zoekvraag vanKoppelingen(Wie wie, Collection<String> dossiers) {
        return zoekvraag(wie, "(RES.DUE_DATE_ > #{sinds} or RES.DUE_DATE_ is null)", dossiers,
                "RES.DUE_DATE_ nulls last, RES.CREATE_TIME_, RES.ID_").met("sinds", SINDS);
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

        /** The same query for plain JDBC: each {@code #{naam}} a {@code ?}, its value in that place. */
        Jdbc alsJdbc() {
            List<Object> waarden = new ArrayList<>();
            String jdbcSql = MYBATIS_PARAMETER.matcher(sql).replaceAll(m -> {
                waarden.add(parameters.get(m.group(1)));
                return "?";
            });
            return new Jdbc(jdbcSql, waarden);
        }
    }

    /** A query with JDBC's {@code ?} and its values in order ({@link Zoekvraag#alsJdbc}). */
    record Jdbc(String sql, List<Object> waarden) {
    }

    /** {@code dossiers}: when not null, only the tasks of instances with one of these business keys. */
    private Zoekvraag zoekvraag(Wie wie, String voorwaarde, Collection<String> dossiers, String volgorde) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("wie", wie.gebruiker());
        StringBuilder sql = new StringBuilder("select RES.* from ACT_RU_TASK RES where ").append(voorwaarde);
        if (dossiers != null) {
            sql.append(" and RES.PROC_INST_ID_ in (select E.ID_ from ACT_RU_EXECUTION E where ")
                    .append(eenVan("E.BUSINESS_KEY_", parameters, "dossier", dossiers)).append(")");
        }
        boolean scholen = !wie.zicht().alles();
        boolean groepen = !wie.groepen().isEmpty();
        if (scholen) {
            sql.append(" and ").append(eenVan("RES.TENANT_ID_", parameters, "school", wie.zicht().scholenVoorQuery()));
        }
        if (wie.viaKoppelingen()) {
            // Implied by the conditions below (a listed task is assigned to the user or has a candidate link for them
            // or a group of theirs), so the same tasks: the database starts from these few ids instead of the schools.
            // Read just before: a task made in between is in the next request's list, as with any list.
            sql.append(" and ").append(eenVan("RES.ID_", parameters, "taak", wie.taken()));
        }
        sql.append(" and (RES.ASSIGNEE_ = #{wie} or (RES.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK I"
                + " where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate' and (I.USER_ID_ = #{wie}");
        if (groepen) {
            sql.append(" or ").append(eenVan("I.GROUP_ID_", parameters, "groep", wie.groepen()));
        }
        // "offset 0 rows": the candidate check stays a look-up per task by its id (ACT_RU_IDENTITYLINK's TASK_ID_ index)
        // for the few tasks the ordered scan reads up to the limit; without it PostgreSQL may build a hash of every
        // candidate link of the user's groups in the country first (a group such as zorgcoordinator is on most tasks).
        sql.append(") offset 0 rows))) order by ").append(volgorde);
        return new Zoekvraag(sql.toString(), parameters);
    }

    /**
     * The first column of a query this class wrote, run with plain JDBC (the engine's native query gives tasks, not
     * ids), its values bound as MyBatis binds them for the engine's native query: {@link #eenVan}'s arrays as SQL
     * arrays of varchar (MyBatis's {@code ArrayTypeHandler}), a date as a timestamp, the rest as what it is. Not
     * private: the tests' EXPLAIN of the task list runs through it, so their plans are of the values as production
     * binds them.
     */
    List<String> ids(Jdbc query) {
        return jdbc.query(verbinding -> {
            PreparedStatement vraag = verbinding.prepareStatement(query.sql());
            for (int i = 0; i < query.waarden().size(); i++) {
                Object waarde = query.waarden().get(i);
                if (waarde instanceof String[] array) {
                    vraag.setArray(i + 1, verbinding.createArrayOf("varchar", array));
                } else {
                    StatementCreatorUtils.setParameterValue(vraag, i + 1, SqlTypeValue.TYPE_UNKNOWN, waarde);
                }
            }
            return vraag;
        }, (rij, n) -> rij.getString(1));
    }

    /** The groups given and, as Camunda's taskCandidateUser adds them, the user's groups in its identity service. */
    private Set<String> alleGroepen(String gebruiker, Collection<String> groepen) {
        Set<String> alle = new LinkedHashSet<>(groepen);
        identityService.createGroupQuery().groupMember(gebruiker).list().stream().map(Group::getId).forEach(alle::add);
        return alle;
    }

    /**
     * {@code kolom = any(#{naam})}: the column is one of these values, bound as one SQL array, never written into the
     * SQL. Issue #25: as an IN list of one parameter per value, MyBatis parsed and bound every {@code #{…}} per call (a
     * native query's SQL is parsed each time), so a process owner's 5,000 schools cost 5,000 parameters four times per
     * list; PostgreSQL and H2 read an index for {@code = any(array)} as they do for IN. One value is an equality, as
     * PostgreSQL makes of an IN list of one: only then does it read the index on (tenant, due date, …) in the list's
     * order for a zorgcoördinator's one school (TakenlijstGelijkPostgresIT).
     */
    private String eenVan(String kolom, Map<String, Object> parameters, String naam, Collection<String> waarden) {
        if (waarden.size() == 1) {
            parameters.put(naam, waarden.iterator().next());
            return kolom + " = #{" + naam + "}";
        }
        parameters.put(naam, waarden.toArray(String[]::new));
        String array = "#{" + naam + ",typeHandler=" + ArrayTypeHandler.class.getName() + "}";
        // A long list (a process owner's 5,000 schools) as a set to join, on PostgreSQL: as "= any" its planner weighed
        // every value against its statistics at each call, for each time the list occurs. The process owner's Mijn werk
        // and task list at 100,000 tasks: PostgreSQL 50 and 101 ms CPU per request with "= any", 26 and 22 ms as a set.
        // A short list stays "= any", which the index on (tenant, due date, …) reads directly; H2 has no such cost
        // (TakenlijstGelijkIT compares both forms on both databases).
        return waarden.size() > KORTE_LIJST && database.opPostgres() ? kolom + " in (select * from unnest(" + array + "))"
                : kolom + " = any(" + array + ")";
    }
}
