package nl.eenplan.taak;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.eenplan.IntegratieTest;
import nl.eenplan.security.Toegang;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #25: EenPlan's own task list ({@link Takenlijst}, one indexed native query per half) gives the same tasks in
 * the same order as Camunda's TaskQuery it replaces ({@code TaakService.zichtbaar}, still used for one task), on
 * random tasks: random school (or none), assignee, candidate users and groups, links of another type, due date or
 * none (also on and before the epoch, which {@code dueAfter(new Date(0))} left out), suspended or not; and random
 * users: every school, some, none; with and without groups, some with groups in Camunda's identity service only (which
 * Camunda's taskCandidateUser adds). Camunda leaves ties on the dates to the database; the list breaks them by the
 * task's id, so the expected list is Camunda's result sorted by (due date, creation, id). Both forms of the list
 * (ordered scan, link-driven) are compared, whichever the bounded read of the links would pick; among the users some
 * match few tasks over many schools (a group on one task in a hundred), as a leerplichtambtenaar or process owner does.
 */
class TakenlijstGelijkIT extends IntegratieTest {

    static final int TAKEN = 2_000;
    static final int GEBRUIKERS = 30;
    static final String VOORVOEGSEL = "tlg-";
    private static final int GRENS = Takenlijst.KOPPELGRENS;

    private static final List<String> SCHOLEN = List.of("TLG1", "TLG2", "TLG3", "TLG4", "TLG5");
    private static final List<String> MENSEN = List.of("tlgans", "tlgbob", "tlgcor", "tlgdirk", "tlgeva", "tlgfien");
    private static final List<String> GROEPEN = List.of("tlgzc", "tlgmentor", "tlglp", "tlgswv", "tlgzeldzaam");
    /** The groups on many tasks; "tlgzeldzaam" is on about one task in a hundred. */
    private static final List<String> GEWONE_GROEPEN = GROEPEN.subList(0, 4);
    private static final List<String> DOSSIERS = List.of("TLG-D1", "TLG-D2", "TLG-D3", "TLG-D4");
    private static final Instant BEGIN = Instant.parse("2026-09-01T08:00:00Z");

    @Autowired
    Takenlijst takenlijst;
    @Autowired
    TaakService taakService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    final Random toeval = new Random(25);

    @BeforeEach
    void zaai() {
        ruimOp();
        // Executions standing for process instances, each with a dossier number as its business key.
        for (String dossier : DOSSIERS) {
            jdbc.update("insert into ACT_RU_EXECUTION (ID_, REV_, PROC_INST_ID_, BUSINESS_KEY_, IS_ACTIVE_, "
                    + "IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_) values (?, 1, ?, ?, true, false, "
                    + "true, false, 1)", VOORVOEGSEL + dossier, VOORVOEGSEL + dossier, dossier);
        }
        List<Object[]> taken = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < TAKEN; i++) {
            String id = VOORVOEGSEL + new UUID(toeval.nextLong(), toeval.nextLong());
            String school = toeval.nextInt(10) == 0 ? null : kies(SCHOLEN);
            String toegewezen = toeval.nextInt(3) == 0 ? kies(MENSEN) : null;
            String dossier = toeval.nextInt(3) == 0 ? VOORVOEGSEL + kies(DOSSIERS) : null;
            // Few distinct moments, so many ties on the dates.
            Timestamp gemaakt = Timestamp.from(BEGIN.plusSeconds(3600L * toeval.nextInt(40)));
            Timestamp vervalt = switch (toeval.nextInt(12)) {
                case 0, 1, 2, 3 -> null;
                case 4 -> new Timestamp(0);
                case 5 -> Timestamp.from(Instant.parse("1969-07-20T20:17:00Z"));
                default -> Timestamp.from(BEGIN.plusSeconds(86_400L * toeval.nextInt(30)));
            };
            int opgeschort = toeval.nextInt(8) == 0 ? 2 : 1;
            taken.add(new Object[] {id, dossier, dossier, "taak " + i, gemaakt, toegewezen, vervalt, opgeschort, school});
            int kandidaten = toeval.nextInt(4);
            for (int k = 0; k < kandidaten; k++) {
                boolean groep = toeval.nextBoolean();
                String type = toeval.nextInt(6) == 0 ? "deelnemer" : "candidate";
                // As Camunda makes them: a task's links have its tenant (EenDeurIT checks that on real tasks).
                links.add(new Object[] {VOORVOEGSEL + UUID.randomUUID(), groep ? kies(GEWONE_GROEPEN) : null, type,
                        groep ? null : kies(MENSEN), id, school});
            }
            if (toeval.nextInt(100) == 0) {
                links.add(new Object[] {VOORVOEGSEL + UUID.randomUUID(), "tlgzeldzaam", "candidate", null, id, school});
            }
        }
        jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, PRIORITY_, CREATE_TIME_, "
                + "ASSIGNEE_, DUE_DATE_, SUSPENSION_STATE_, TENANT_ID_) values (?, 1, ?, ?, ?, 50, ?, ?, ?, ?, ?)", taken);
        jdbc.batchUpdate("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_, TENANT_ID_) "
                + "values (?, 1, ?, ?, ?, ?, ?)", links);
        // Two people with a group in Camunda's identity service that their sign-in does not name.
        identityService.saveGroup(identityService.newGroup("tlgswv"));
        for (String wie : List.of("tlgcor", "tlgdirk")) {
            identityService.saveUser(identityService.newUser(wie));
            identityService.createMembership(wie, "tlgswv");
        }
    }

    @AfterEach
    void ruimOp() {
        jdbc.update("delete from ACT_RU_IDENTITYLINK where ID_ like 'tlg-%'");
        jdbc.update("delete from ACT_RU_TASK where ID_ like 'tlg-%'");
        jdbc.update("delete from ACT_RU_EXECUTION where ID_ like 'tlg-%'");
        for (String wie : List.of("tlgcor", "tlgdirk")) {
            if (identityService.createUserQuery().userId(wie).count() > 0) {
                identityService.deleteUser(wie);
            }
        }
        if (identityService.createGroupQuery().groupId("tlgswv").count() > 0) {
            identityService.deleteGroup("tlgswv");
        }
    }

    @Test
    void deLijstIsCamundasTaskQueryMetHetIdAlsLaatsteSleutel() {
        int vergeleken = 0;
        for (int i = 0; i < GEBRUIKERS; i++) {
            String wie = kies(MENSEN);
            // One in three matches few tasks: only the rare group, over all schools or many; all schools here plus
            // more without tasks than a short list holds, as a process owner's thousands (Takenlijst.KORTE_LIJST).
            List<String> groepen = i % 3 == 0 ? List.of("tlgzeldzaam")
                    : GROEPEN.stream().filter(g -> toeval.nextInt(3) == 0).toList();
            Toegang.Zicht zicht = i % 3 == 0 && toeval.nextBoolean() ? new Toegang.Zicht(false, veleScholen()) : zicht();
            List<Task> verwacht = verwacht(wie, groepen, zicht);
            Takenlijst.Wie gekozen = takenlijst.wie(wie, groepen, zicht);
            for (int maximaal : new int[] {1, 7, 100, TAKEN + 500}) {
                List<String> lijst = ids(takenlijst.lijst(wie, groepen, zicht, maximaal));
                assertThat(lijst).as("%s in %s %s, maximaal %d", wie, groepen, zicht, maximaal)
                        .isEqualTo(ids(verwacht.subList(0, Math.min(maximaal, verwacht.size()))));
                // Both forms, whichever the count picked; at two limits (a short page, and all) to spare the build.
                for (boolean viaKoppelingen : new boolean[] {true, false}) {
                    if (maximaal == 7 || maximaal > TAKEN) {
                        Takenlijst.Wie vorm = viaKoppelingen
                                ? takenlijst.viaKoppelingen(gekozen.gebruiker(), gekozen.groepen(), zicht)
                                : new Takenlijst.Wie(gekozen.gebruiker(), gekozen.groepen(), zicht, null);
                        assertThat(ids(takenlijst.lijst(vorm, maximaal))).as("%s in %s %s, maximaal %d, via koppelingen %s",
                                wie, groepen, zicht, maximaal, viaKoppelingen).isEqualTo(lijst);
                    }
                }
                vergeleken += lijst.size();
            }
            for (String dossier : DOSSIERS) {
                List<Task> perDossier = taakService.zichtbaar(wie, groepen, zicht).processInstanceBusinessKey(dossier)
                        .list().stream().sorted(OP_AANMAAK).toList();
                assertThat(ids(takenlijst.vanDossier(dossier, wie, groepen, zicht, 50)))
                        .as("%s in %s %s, dossier %s", wie, groepen, zicht, dossier)
                        .isEqualTo(ids(perDossier.subList(0, Math.min(50, perDossier.size()))));
            }
        }
        // The random users did see tasks: the comparison was not between two empty lists.
        assertThat(vergeleken).isGreaterThan(1_000);
    }

    @Test
    void eenKandidaatZiedeTaakNietMeerAlsEenAnderHaarHeeft() {
        jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, CREATE_TIME_, ASSIGNEE_, SUSPENSION_STATE_, "
                + "TENANT_ID_) values ('tlg-x', 1, 'x', 50, ?, 'tlgans', 1, 'TLG1')", Timestamp.from(BEGIN));
        jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, USER_ID_, TASK_ID_, TENANT_ID_) "
                + "values ('tlg-xl', 1, 'candidate', 'tlgbob', 'tlg-x', 'TLG1')");
        Toegang.Zicht school = new Toegang.Zicht(false, Set.of("TLG1"));
        assertThat(ids(takenlijst.lijst("tlgbob", List.of(), school, TAKEN * 2))).doesNotContain("tlg-x");
        assertThat(ids(takenlijst.lijst("tlgans", List.of(), school, TAKEN * 2))).contains("tlg-x");
        // Another school's user, even named as candidate, never sees it.
        assertThat(ids(takenlijst.lijst("tlgans", List.of(), new Toegang.Zicht(false, Set.of("TLG2")), TAKEN * 2)))
                .doesNotContain("tlg-x");
    }

    @Test
    void deTellingKiestDeVormEnTeltAlleenDeScholenDieDeGebruikerZiet() {
        Toegang.Zicht tlg1 = new Toegang.Zicht(false, Set.of("TLG1"));
        // KOPPELGRENS candidate links of one group, all at TLG1.
        List<Object[]> taken = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < Takenlijst.KOPPELGRENS; i++) {
            taken.add(new Object[] {"tlg-veel-" + i, Timestamp.from(BEGIN)});
            links.add(new Object[] {"tlg-veel-l" + i, "tlg-veel-" + i});
        }
        jdbc.batchUpdate("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_, TENANT_ID_) "
                + "values (?, 1, 'x', 50, ?, 1, 'TLG1')", taken);
        jdbc.batchUpdate("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_, TENANT_ID_) "
                + "values (?, 1, 'tlgveel', 'candidate', ?, 'TLG1')", links);
        // Offered many tasks at the school they see: the ordered scan finds a page soon. (tlgnul has no task assigned.)
        assertThat(takenlijst.wie("tlgnul", List.of("tlgveel"), tlg1).viaKoppelingen()).isFalse();
        assertThat(takenlijst.wie("tlgnul", List.of("tlgveel"), new Toegang.Zicht(true, Set.of())).viaKoppelingen())
                .isFalse();
        // The same group seen from another school, or from none: its links there do not count, link-driven.
        assertThat(takenlijst.koppelingen("tlgnul", Set.of("tlgveel"), new Toegang.Zicht(false, Set.of("TLG2")), GRENS))
                .isEmpty();
        assertThat(takenlijst.wie("tlgnul", List.of("tlgveel"), new Toegang.Zicht(false, Set.of("TLG2")))
                .viaKoppelingen()).isTrue();
        assertThat(takenlijst.wie("tlgnul", List.of("tlgveel"), new Toegang.Zicht(false, Set.of())).viaKoppelingen())
                .isTrue();
        // The user's own candidate links and the tasks assigned to them count too.
        assertThat(takenlijst.koppelingen("tlgans", Set.of(), new Toegang.Zicht(true, Set.of()), GRENS))
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select L.TASK_ID_ from ACT_RU_IDENTITYLINK L"
                        + " join ACT_RU_TASK T on T.ID_ = L.TASK_ID_ where L.USER_ID_ = 'tlgans'"
                        + " and L.TYPE_ = 'candidate' and T.ASSIGNEE_ is null"
                        + " union all select ID_ from ACT_RU_TASK where ASSIGNEE_ = 'tlgans'", String.class));
        // The read stops at the bound; without one it reads every link.
        assertThat(takenlijst.koppelingen("tlgnul", Set.of("tlgveel", "tlgzc"), tlg1, GRENS)).hasSize(GRENS);
        assertThat(takenlijst.koppelingen("tlgnul", Set.of("tlgveel"), tlg1, Integer.MAX_VALUE)).hasSize(GRENS);
        // Tasks a colleague claimed are not in the list: their links do not count, the group keeps the link-driven form.
        jdbc.update("update ACT_RU_TASK set ASSIGNEE_ = 'tlgcollega' where ID_ like 'tlg-veel-%'");
        assertThat(takenlijst.koppelingen("tlgnul", Set.of("tlgveel"), tlg1, GRENS)).isEmpty();
        assertThat(takenlijst.wie("tlgnul", List.of("tlgveel"), tlg1).viaKoppelingen()).isTrue();
    }

    @Test
    void eenGebruikerVanEenAndereSchoolOfZonderScholenZiedeTakenNietInGeenVanBeideVormen() {
        jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_, TENANT_ID_) "
                + "values ('tlg-y', 1, 'y', 50, ?, 1, 'TLG1')", Timestamp.from(BEGIN));
        jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_, TENANT_ID_) "
                + "values ('tlg-yl', 1, 'candidate', 'tlgbob', null, 'tlg-y', 'TLG1'), "
                + "('tlg-yg', 1, 'candidate', null, 'tlgaanval', 'tlg-y', 'TLG1')");
        for (Toegang.Zicht zicht : List.of(new Toegang.Zicht(false, Set.of("TLG2")), new Toegang.Zicht(false, Set.of()))) {
            for (boolean viaKoppelingen : new boolean[] {true, false}) {
                Takenlijst.Wie vorm = viaKoppelingen ? takenlijst.viaKoppelingen("tlgbob", Set.of("tlgaanval"), zicht)
                        : new Takenlijst.Wie("tlgbob", Set.of("tlgaanval"), zicht, null);
                assertThat(ids(takenlijst.lijst(vorm, TAKEN * 2))).as("%s, via koppelingen %s", zicht, viaKoppelingen)
                        .doesNotContain("tlg-y");
            }
        }
        assertThat(ids(takenlijst.lijst("tlgbob", List.of("tlgaanval"), new Toegang.Zicht(false, Set.of("TLG1")),
                TAKEN * 2))).contains("tlg-y");
    }

    @Test
    void deVormViaKoppelingenLeestDeTakenVanDieKoppelingenEnNietDieVanDeScholen() {
        // As a leerplichtambtenaar: a group on about one task in a hundred, in every school.
        Takenlijst.Wie weinig = takenlijst.wie("tlgnul", List.of("tlgzeldzaam"), new Toegang.Zicht(false,
                new HashSet<>(SCHOLEN)));
        assertThat(weinig.viaKoppelingen()).isTrue();
        assertThat(weinig.taken()).isNotEmpty().hasSizeLessThan(TAKEN / 50);
        // About the tasks the links name and their links; the ordered scan reads the schools' tasks for them.
        Takenlijst.Zoekvraag vraag = takenlijst.vanKoppelingen(weinig);
        assertThat(gelezen(vraag)).as(vraag.sql).isLessThan(TAKEN / 10);
        Takenlijst.Wie geordend = new Takenlijst.Wie(weinig.gebruiker(), weinig.groepen(), weinig.zicht(), null);
        assertThat(gelezen(takenlijst.metTermijn(geordend)) + gelezen(takenlijst.zonderTermijn(geordend)))
                .isGreaterThan(TAKEN / 2);
        // The read of those links seeks each group's links (the rare group and one without links) and reads no others.
        Takenlijst.Zoekvraag koppelingen = takenlijst.koppelvraag("tlgnul", Set.of("tlgzeldzaam", "tlgnergens"),
                weinig.zicht(), Integer.MAX_VALUE);
        assertThat(gelezen(koppelingen)).as(koppelingen.sql).isLessThan(TAKEN / 10);
        // Nobody's links, nothing assigned: an empty list without a query for it.
        Takenlijst.Wie niemand = takenlijst.wie("tlgnul", List.of("tlgnergens"), weinig.zicht());
        assertThat(niemand.taken()).isEmpty();
        assertThat(takenlijst.lijst(niemand, 10)).isEmpty();
    }

    /**
     * The rows H2 read running the query as Camunda runs it (LIMIT 100 OFFSET 0, as listPage adds): the sum of the scan
     * counts of {@code explain analyze}; the PostgreSQL test reads its plan instead.
     */
    long gelezen(Takenlijst.Zoekvraag vraag) {
        long rijen = 0;
        Matcher m = Pattern.compile("scanCount: (\\d+)").matcher(String.join("\n", uitleg("explain analyze ", vraag)));
        while (m.find()) {
            rijen += Long.parseLong(m.group(1));
        }
        return rijen;
    }

    /** {@code explain} (or another prefix) of the query as Camunda runs it, its MyBatis parameters bound. */
    List<String> uitleg(String explain, Takenlijst.Zoekvraag vraag) {
        return Takenlijstuitleg.uitleg(takenlijst, vraag, explain, Takenlijstuitleg.LIJST);
    }

    /** Camunda's TaskQuery as TaakService builds it, each half sorted with the id as the last key. */
    private List<Task> verwacht(String wie, Collection<String> groepen, Toegang.Zicht zicht) {
        return Stream.concat(
                taakService.zichtbaar(wie, groepen, zicht).dueAfter(new Date(0)).list().stream().sorted(OP_TERMIJN),
                taakService.zichtbaar(wie, groepen, zicht).withoutDueDate().list().stream().sorted(OP_AANMAAK)).toList();
    }

    private static final Comparator<Task> OP_AANMAAK = Comparator.comparing(Task::getCreateTime)
            .thenComparing(Task::getId);
    private static final Comparator<Task> OP_TERMIJN = Comparator.comparing(Task::getDueDate).thenComparing(OP_AANMAAK);

    /** Every school with tasks here and more than {@link Takenlijst#KORTE_LIJST} without. */
    private static Set<String> veleScholen() {
        Set<String> scholen = new HashSet<>(SCHOLEN);
        for (int k = 0; k <= Takenlijst.KORTE_LIJST; k++) {
            scholen.add("TLGLEEG" + k);
        }
        return scholen;
    }

    private Toegang.Zicht zicht() {
        return switch (toeval.nextInt(5)) {
            case 0 -> new Toegang.Zicht(true, Set.of());
            case 1 -> new Toegang.Zicht(false, Set.of());
            default -> {
                Set<String> scholen = new HashSet<>();
                SCHOLEN.stream().filter(s -> toeval.nextBoolean()).forEach(scholen::add);
                yield new Toegang.Zicht(false, scholen);
            }
        };
    }

    private <T> T kies(List<T> uit) {
        return uit.get(toeval.nextInt(uit.size()));
    }

    private static List<String> ids(List<Task> taken) {
        return taken.stream().map(Task::getId).toList();
    }
}
