package nl.eenplan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.engine.Enginecommando;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The floors the cohort start is held against (issue #25 asks "within 2× of the plain-JDBC floor for the same rows"),
 * both with the measured configuration's transaction shape: blocks of {@code regels-per-transactie} pupils per commit
 * on {@code werkers} threads. They run after the measured upload on the same node's database and pool, on the
 * benchmark's own threads.
 */
final class Vloeren {

    private Vloeren() {
    }

    /**
     * A floor's measurement, the rows it wrote per pupil, and the foreign keys and unique keys its tables had (the
     * JDBC floor).
     */
    record Vloer(Resultaat meting, double rijenPerInstantie, int verwijzingen, List<String> uniekeSleutels,
                 String opmerking) {
    }

    /**
     * Plain JDBC, the same rows: for every table the upload wrote to, a copy of that table (same columns, primary key,
     * the same indexes, unique ones unique) gets as many rows per pupil as the upload wrote there, each a real row of
     * that table with a new key: the warm-up's and the measured pupils' rows are different real rows, each used once
     * while the table has enough, so every index gets values as varied as the real one's and every unique key holds
     * (a copy whose table has too few rows repeats them, its unique indexes made non-unique, said in the notes).
     * Foreign keys are left out unless {@code metVerwijzingen}: without them the floor is what the database needs at
     * least to store these rows, with them it also makes the checks the application's schema makes for them (see
     * {@link Tabel#verwijzingen}).
     */
    static Vloer jdbc(ConfigurableApplicationContext knoop, Database db, Map<String, Long> nieuweRijen, int gemetenInstanties,
                      int instanties, int perTransactie, int werkers, int opwarmen, boolean metVerwijzingen)
            throws Exception {
        JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
        Map<String, Tabel> kopieen = new LinkedHashMap<>();
        List<String> opmerkingen = new ArrayList<>();
        for (var nieuw : nieuweRijen.entrySet()) {
            Tabel tabel = Tabel.kopieer(jdbc, db, nieuw.getKey(), nieuw.getValue() / (double) gemetenInstanties,
                    opwarmen + instanties);
            kopieen.put(nieuw.getKey().toLowerCase(java.util.Locale.ROOT), tabel);
        }
        List<Tabel> tabellen = metVerwijzingen ? Tabel.verwijzingen(jdbc, db, kopieen, opmerkingen)
                : List.copyOf(kopieen.values());
        Set<Tabel> zaden = Tabel.zaden(tabellen);
        // The indexes after the references: a unique key over a reference holds only if each row refers to its own.
        List<String> uniekeSleutels = new ArrayList<>();
        for (Tabel t : tabellen) {
            if (t.voorbeelden().isEmpty() && (t.nodig() > 0 || zaden.contains(t))) {
                throw new IllegalStateException("bench: no rows in " + t.tabel() + " to copy for the JDBC floor");
            }
            if (!t.elkeRijEigen(zaden.contains(t))) {
                opmerkingen.add(t.tabel() + " repeats its rows: " + t.voorbeelden().size() + " real rows for "
                        + t.nodig() + (zaden.contains(t) ? " and a seed row" : ""));
            }
            uniekeSleutels.addAll(t.kopieerIndexen(jdbc, db, zaden.contains(t), opmerkingen));
        }
        for (Tabel t : tabellen) {
            if (zaden.contains(t)) {
                t.zaai(jdbc);
            }
        }
        DataSource bron = knoop.getBean(DataSource.class);
        AtomicLong sleutel = new AtomicLong();
        AtomicLong rijen = new AtomicLong();
        Werk schrijf = blok -> {
            try (Connection c = bron.getConnection()) {
                c.setAutoCommit(false);
                // In the tables' order: with foreign keys a referenced copy's rows go in before those referring to it.
                Map<Tabel, PreparedStatement> inserts = new LinkedHashMap<>();
                for (Tabel t : tabellen) {
                    inserts.put(t, c.prepareStatement(t.insert()));
                }
                // The key each copy wrote last on this worker (at first key 0, a seed row's where a reference can
                // come first, see Tabel.zaden): what a reference refers to.
                Map<Tabel, Object> laatste = new HashMap<>();
                tabellen.forEach(t -> laatste.put(t, t.sleutel(0)));
                for (int[] b : blok) {
                    for (int i = b[0]; i < b[1]; i++) {
                        for (Tabel t : tabellen) {
                            rijen.addAndGet(t.voegToe(inserts.get(t), i, sleutel, laatste));
                        }
                    }
                    for (PreparedStatement p : inserts.values()) {
                        p.executeBatch();
                    }
                    c.commit();
                }
            }
        };
        // Warm, as the node was measured (Opties.OPWARMEN_KNOOP); the keys and real rows go on, the rows are counted
        // afresh.
        parallel(werkers, 0, opwarmen, perTransactie, schrijf);
        // and after it what autovacuum would have done, as before the measured upload (Autovacuum)
        Autovacuum.ruimOp(jdbc, db);
        rijen.set(0);
        Meting meting = Meting.beginVloer(db, knoop);
        parallel(werkers, opwarmen, instanties, perTransactie, schrijf);
        Resultaat r = meting.stop(instanties);
        for (int t = tabellen.size() - 1; t >= 0; t--) {
            jdbc.execute("drop table \"" + tabellen.get(t).kopie() + "\"");
        }
        int verwijzingen = tabellen.stream().mapToInt(t -> t.beperkingen().size()).sum();
        return new Vloer(r, rijen.get() / (double) instanties, verwijzingen, uniekeSleutels,
                String.join("; ", opmerkingen));
    }

    /**
     * A bare Camunda engine: a separate engine of its own (no Spring, none of EenPlan's parse listeners, history
     * filter, tenants or deadline timers) on the node's database and pool, with the node's history level and id
     * generator. It starts a minimal model, one user task with a candidate group and a due date, with the same six
     * variables a transition starts with, by {@code startProcessInstanceById}, a block per command and transaction.
     * What EenPlan adds to the engine is the difference to this floor.
     */
    static Vloer kaleEngine(ConfigurableApplicationContext knoop, Database db, int instanties, int perTransactie,
                            int werkers, int opwarmen, boolean eenVariabele) throws Exception {
        var configuratie = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuratie.setProcessEngineName("kaal-" + UUID.randomUUID().toString().substring(0, 8));
        configuratie.setDataSource(knoop.getBean(DataSource.class));
        configuratie.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuratie.setHistory(knoop.getEnvironment().getProperty("camunda.bpm.history-level", "full"));
        configuratie.setIdGenerator(knoop.getBeanProvider(IdGenerator.class).getIfAvailable(StrongUuidGenerator::new));
        configuratie.setJobExecutorActivate(false);
        configuratie.setMetricsEnabled(false);
        configuratie.setDbMetricsReporterActivate(false);
        ProcessEngine engine = configuratie.buildProcessEngine();
        try {
            String definitie = engine.getRepositoryService().createDeployment().name("kaal")
                    .addModelInstance("kaal.bpmn", Bpmn.createExecutableProcess("kaal").camundaHistoryTimeToLive(1).startEvent()
                            .userTask("taak").camundaCandidateGroups("zorgcoordinator").camundaDueDate("2027-06-01T00:00:00")
                            .endEvent().done())
                    .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
            JdbcTemplate jdbc = knoop.getBean(JdbcTemplate.class);
            // Warm, as the node was measured (Opties.OPWARMEN_KNOOP): business keys W-..., then K-... measured.
            parallel(werkers, 0, opwarmen, perTransactie,
                    blokken -> start(engine, definitie, "W-", blokken, eenVariabele));
            Autovacuum.ruimOp(jdbc, db);
            Map<String, Long> voor = Knopen.rijenPerTabel(jdbc, db);
            Meting meting = Meting.beginVloer(db, knoop);
            parallel(werkers, 0, instanties, perTransactie,
                    blokken -> start(engine, definitie, "K-", blokken, eenVariabele));
            Resultaat r = meting.stop(instanties);
            double rijen = (Knopen.som(Knopen.rijenPerTabel(jdbc, db)) - Knopen.som(voor)) / (double) instanties;
            return new Vloer(r, rijen, 0, List.of(), "");
        } finally {
            engine.close();
        }
    }

    /**
     * The bare engine's starts of the pupils in {@code blokken}, a block per command, with an overstap's six variables,
     * or (the experiment {@code bench.een-variabele}) the same six values in one text variable.
     */
    private static void start(ProcessEngine engine, String definitie, String sleutel, List<int[]> blokken,
                              boolean eenVariabele) {
        for (int[] b : blokken) {
            Enginecommando.inEen(engine, () -> {
                for (int i = b[0]; i < b[1]; i++) {
                    Map<String, Object> variabelen = Map.of("dossierNummer", sleutel + i, "schoolBrin", Knopen.SCHOOL,
                            "onderwijssoort", "PO", "zorgcoordinator", Knopen.ZC, "overstapsoort", "PO_VO",
                            "schooljaar", "2026-2027");
                    engine.getRuntimeService().startProcessInstanceById(definitie, sleutel + i, eenVariabele
                            ? Map.of("overstap", String.join("|", new java.util.TreeMap<>(variabelen).values().stream()
                                    .map(String::valueOf).toList()))
                            : variabelen);
                }
                return null;
            });
        }
    }

    interface Werk {
        void doe(List<int[]> blokken) throws Exception;
    }

    /**
     * Pupils eerste..eerste + n in blocks [from, to) of perTransactie, dealt round over the workers as a class upload
     * does.
     */
    private static void parallel(int werkers, int eerste, int n, int perTransactie, Werk werk) throws Exception {
        List<List<int[]>> perWerker = new ArrayList<>();
        for (int w = 0; w < werkers; w++) {
            perWerker.add(new ArrayList<>());
        }
        for (int van = 0, b = 0; van < n; van += perTransactie, b++) {
            perWerker.get(b % werkers).add(new int[] {eerste + van, eerste + Math.min(n, van + perTransactie)});
        }
        ExecutorService uitvoer = Executors.newFixedThreadPool(werkers);
        try {
            List<Future<?>> klaar = new ArrayList<>();
            for (List<int[]> blokken : perWerker) {
                klaar.add(uitvoer.submit(() -> {
                    werk.doe(blokken);
                    return null;
                }));
            }
            for (Future<?> f : klaar) {
                f.get();
            }
        } finally {
            uitvoer.shutdown();
        }
    }

    /**
     * A copy of one of the application's tables for the JDBC floor, with its real rows as the pattern: {@code nodig}
     * of them, one per row the floor writes, and one more for the seed row ({@link #zaai}); fewer if the table has
     * fewer.
     */
    private record Tabel(String tabel, String kopie, List<String> kolommen, Set<Integer> sleutels,
                         Set<Integer> numeriek, List<Object[]> voorbeelden, int nodig, double perInstantie,
                         Map<Integer, Tabel> verwijst, List<String> beperkingen) {

        /** The copy of {@code tabel}, for {@code pupils} pupils (warm-up and measured) of perInstantie rows each. */
        static Tabel kopieer(JdbcTemplate jdbc, Database db, String tabel, double perInstantie, int pupils) {
            String kopie = "vloer_" + tabel;
            jdbc.execute("create table \"" + kopie + "\" as select * from \"" + tabel + "\" where 1 = 0");
            List<String> sleutel = jdbc.queryForList("select k.column_name from information_schema.table_constraints c "
                    + "join information_schema.key_column_usage k on k.constraint_name = c.constraint_name "
                    + "and k.table_schema = c.table_schema and k.table_name = c.table_name "
                    + "where c.constraint_type = 'PRIMARY KEY' and c.table_schema = ? and c.table_name = ?", String.class,
                    Knopen.schema(db), tabel);
            if (!sleutel.isEmpty()) {
                // "create table as" copies no constraints; H2 wants the key's columns not null before the key.
                sleutel.forEach(k -> jdbc.execute("alter table \"" + kopie + "\" alter column \"" + k + "\" set not null"));
                jdbc.execute("alter table \"" + kopie + "\" add primary key (" + String.join(", ", sleutel.stream()
                        .map(k -> "\"" + k + "\"").toList()) + ")");
            }
            // As many rows as voegToe writes for pupils 0..pupils: the sum of its per-pupil counts.
            int nodig = (int) Math.floor(pupils * perInstantie);
            List<String> kolommen = new ArrayList<>();
            Set<Integer> sleutels = new java.util.HashSet<>();
            Set<Integer> numeriek = new java.util.HashSet<>();
            List<Object[]> voorbeelden = new ArrayList<>();
            jdbc.query("select * from \"" + tabel + "\" fetch first " + (nodig + 1) + " rows only", (ResultSet rs) -> {
                ResultSetMetaData m = rs.getMetaData();
                if (kolommen.isEmpty()) {
                    for (int k = 1; k <= m.getColumnCount(); k++) {
                        kolommen.add(m.getColumnName(k));
                        if (sleutel.stream().anyMatch(m.getColumnName(k)::equalsIgnoreCase)) {
                            sleutels.add(k - 1);
                        }
                        if (Set.of(Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.NUMERIC, Types.DECIMAL)
                                .contains(m.getColumnType(k))) {
                            numeriek.add(k - 1);
                        }
                    }
                }
                Object[] rij = new Object[m.getColumnCount()];
                for (int k = 1; k <= rij.length; k++) {
                    rij[k - 1] = rs.getObject(k);
                }
                voorbeelden.add(rij);
            });
            return new Tabel(tabel, kopie, kolommen, sleutels, numeriek, voorbeelden, nodig, perInstantie,
                    new HashMap<>(), new ArrayList<>());
        }

        /**
         * Every row the floor writes, and the seed row if it has one, is a real row of its own: unique keys hold as in
         * the real table.
         */
        boolean elkeRijEigen(boolean zaad) {
            return voorbeelden.size() >= nodig + (zaad ? 1 : 0);
        }

        /**
         * Whether each row of this copy refers to a row of {@code naar} no other row of it refers to: a reference to
         * itself, or at most one row per pupil referring to a copy that writes a row for every pupil this one does
         * (at least one per pupil, or as many as this one), written before it (the last, the pupil's own).
         */
        private boolean eigenVerwijzing(Tabel naar) {
            return naar == this
                    || perInstantie <= 1 && (naar.perInstantie() >= 1 || naar.perInstantie() == perInstantie);
        }

        /**
         * The copies that need a seed row (see {@link #zaai}): those another copy refers to while they get fewer than
         * one row per pupil (so a pupil's row may come before its worker wrote one there), and those a seed row refers
         * to. {@code tabellen} in the tables' order, referenced ones first.
         */
        static Set<Tabel> zaden(List<Tabel> tabellen) {
            Set<Tabel> zaden = new java.util.HashSet<>();
            for (int t = tabellen.size() - 1; t >= 0; t--) {
                Tabel van = tabellen.get(t);
                for (Tabel naar : van.verwijst().values()) {
                    if (naar != van && (naar.perInstantie() < 1 || zaden.contains(van))) {
                        zaden.add(naar);
                    }
                }
            }
            return zaden;
        }

        /**
         * The application's foreign keys from the copied tables, on the copies: a reference to a table the upload also
         * wrote to refers to its copy, and a copied row to the row its worker wrote last in that copy (the pupil's own
         * when it has one, as the engine's rows refer to their own pupil's); a reference to any other table (the
         * school, the process definition) to the same row as the real row did. So each copied row costs the same
         * checks and locks as the real one. A copy referred to before a worker wrote its own gets a seed row first
         * ({@link #zaden}). Answers the copies, referenced ones first.
         */
        static List<Tabel> verwijzingen(JdbcTemplate jdbc, Database db, Map<String, Tabel> kopieen,
                                        List<String> opmerkingen) {
            record Verwijzing(String naam, String tabel, String kolom, String naarTabel, String naarKolom) {
            }
            List<Verwijzing> alle = new ArrayList<>();
            for (String tabel : kopieen.keySet()) {
                jdbc.query("select k.constraint_name, k.table_name, k.column_name, u.table_name, u.column_name "
                        + "from information_schema.referential_constraints r "
                        + "join information_schema.key_column_usage k on k.constraint_schema = r.constraint_schema "
                        + "and k.constraint_name = r.constraint_name "
                        + "join information_schema.key_column_usage u "
                        + "on u.constraint_schema = r.unique_constraint_schema "
                        + "and u.constraint_name = r.unique_constraint_name "
                        + "and u.ordinal_position = k.position_in_unique_constraint "
                        + "where k.table_schema = ? and lower(k.table_name) = ?", rs -> {
                            alle.add(new Verwijzing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5)));
                        }, Knopen.schema(db), tabel);
            }
            Map<String, Long> kolommenPerVerwijzing = new HashMap<>();
            alle.forEach(v -> kolommenPerVerwijzing.merge(v.tabel() + "|" + v.naam(), 1L, Long::sum));
            Map<Tabel, Set<Tabel>> ouders = new LinkedHashMap<>();
            kopieen.values().forEach(t -> ouders.put(t, new java.util.HashSet<>()));
            for (Verwijzing v : alle) {
                Tabel van = kopieen.get(v.tabel().toLowerCase(java.util.Locale.ROOT));
                Tabel naar = kopieen.get(v.naarTabel().toLowerCase(java.util.Locale.ROOT));
                int kolom = van.kolom(v.kolom());
                if (kolommenPerVerwijzing.get(v.tabel() + "|" + v.naam()) > 1 || kolom < 0
                        || naar != null && (naar.sleutels().size() != 1
                        || !naar.kolommen().get(naar.sleutels().iterator().next()).equalsIgnoreCase(v.naarKolom()))) {
                    opmerkingen.add("foreign key " + v.naam() + " of " + v.tabel() + " not copied");
                    continue;
                }
                if (naar != null && naar != van) {
                    ouders.get(van).add(naar);
                }
                jdbc.execute("alter table \"" + van.kopie() + "\" add foreign key (\"" + v.kolom() + "\") references \""
                        + (naar == null ? v.naarTabel() : naar.kopie()) + "\" (\"" + v.naarKolom() + "\")");
                van.beperkingen().add(v.naam());
                if (naar != null) {
                    van.verwijst().put(kolom, naar);
                }
            }
            List<Tabel> volgorde = new ArrayList<>();
            while (volgorde.size() < ouders.size()) {
                Tabel volgende = ouders.entrySet().stream().filter(e -> !volgorde.contains(e.getKey())
                        && volgorde.containsAll(e.getValue())).map(Map.Entry::getKey).findFirst()
                        .orElseThrow(() -> new IllegalStateException("foreign keys in a circle among "
                                + ouders.keySet()));
                volgorde.add(volgende);
            }
            return volgorde;
        }

        /**
         * The seed row, for references made before a worker wrote its own: key 0, referring to the seed rows of the
         * copies it refers to; the last real row read, which no pupil's row copies while the table has enough.
         */
        void zaai(JdbcTemplate jdbc) {
            Object[] rij = voorbeelden.get(voorbeelden.size() - 1).clone();
            for (int k = 0; k < rij.length; k++) {
                if (sleutels.contains(k)) {
                    rij[k] = numeriek.contains(k) ? (Object) 0L : "v0";
                } else if (verwijst.containsKey(k) && rij[k] != null) {
                    rij[k] = verwijst.get(k).sleutel(0);
                }
            }
            jdbc.update(insert(), rij);
        }

        // A copy is itself (it refers to itself and to others): compared, hashed and named without its components.
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return kopie;
        }

        /** The column's index, -1 if the copy has no such column. */
        private int kolom(String naam) {
            for (int k = 0; k < kolommen.size(); k++) {
                if (kolommen.get(k).equalsIgnoreCase(naam)) {
                    return k;
                }
            }
            return -1;
        }

        /** Key {@code n} in this copy's single key column (a number, or a text for the engine's string ids). */
        Object sleutel(long n) {
            if (sleutels.size() != 1) {
                return null;
            }
            return numeriek.contains(sleutels.iterator().next()) ? (Object) n : "v" + n;
        }

        /**
         * The table's indexes on the copy (its primary key has been added already), unique ones unique while every row
         * the floor writes is a real row of its own and each reference in them is one no other row makes
         * ({@link #eigenVerwijzing}). Answers the names of the table's indexes it
         * made unique; an index it could not copy, or one made non-unique, goes to the notes.
         */
        List<String> kopieerIndexen(JdbcTemplate jdbc, Database db, boolean zaad, List<String> opmerkingen) {
            record Index(String naam, boolean uniek, List<String> kolommen, String definitie) {
            }
            try {
                List<Index> indexen = new ArrayList<>();
                if (db == Database.POSTGRES) {
                    jdbc.query("select i.relname, x.indisunique, pg_get_indexdef(x.indexrelid), array(select a.attname "
                            + "from pg_attribute a where a.attrelid = x.indrelid and a.attnum = any(x.indkey)) "
                            + "from pg_index x join pg_class t on t.oid = x.indrelid "
                            + "join pg_class i on i.oid = x.indexrelid "
                            + "join pg_namespace n on n.oid = t.relnamespace "
                            + "where n.nspname = 'public' and t.relname = ? and not x.indisprimary", rs -> {
                                indexen.add(new Index(rs.getString(1), rs.getBoolean(2),
                                        List.of((String[]) rs.getArray(4).getArray()), rs.getString(3)));
                            }, tabel);
                } else {
                    Map<String, Index> perNaam = new LinkedHashMap<>();
                    jdbc.query("select i.index_name, i.index_type_name, c.column_name "
                            + "from information_schema.indexes i "
                            + "join information_schema.index_columns c on c.index_schema = i.index_schema "
                            + "and c.index_name = i.index_name and c.table_name = i.table_name "
                            + "where i.table_schema = 'PUBLIC' and i.table_name = ? and i.index_type_name <> 'PRIMARY KEY' "
                            + "order by i.index_name, c.ordinal_position", rs -> {
                                boolean uniek = rs.getString(2).contains("UNIQUE");
                                perNaam.computeIfAbsent(rs.getString(1),
                                        k -> new Index(k, uniek, new ArrayList<>(), null)).kolommen().add(rs.getString(3));
                            }, tabel);
                    indexen.addAll(perNaam.values());
                }
                int n = 0;
                List<String> uniek = new ArrayList<>();
                for (Index index : indexen) {
                    List<Tabel> gedeeld = index.kolommen().stream().map(this::kolom).filter(verwijst::containsKey)
                            .map(verwijst::get).filter(naar -> !eigenVerwijzing(naar)).toList();
                    boolean blijftUniek = index.uniek() && elkeRijEigen(zaad) && gedeeld.isEmpty();
                    if (index.uniek() && !elkeRijEigen(zaad)) {
                        opmerkingen.add("unique index " + index.naam() + " made non-unique: too few real rows");
                    } else if (index.uniek() && !blijftUniek) {
                        opmerkingen.add("unique index " + index.naam() + " made non-unique: its rows share a row of "
                                + gedeeld.get(0).tabel());
                    }
                    String naam = "\"vloer_" + (n++) + "_" + Math.abs(kopie.hashCode()) + "\"";
                    String soort = blijftUniek ? "unique index " : "index ";
                    jdbc.execute(index.definitie() != null
                            ? index.definitie().replaceFirst("^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ ",
                                    "create " + soort + naam + " on \"" + kopie + "\" ")
                            : "create " + soort + naam + " on \"" + kopie + "\" (" + String.join(", ",
                                    index.kolommen().stream().map(k -> "\"" + k + "\"").toList()) + ")");
                    if (blijftUniek) {
                        uniek.add(index.naam());
                    }
                }
                return uniek;
            } catch (RuntimeException e) {
                System.err.println("bench: indexes of " + tabel + " not copied to the JDBC floor: " + e.getMessage());
                opmerkingen.add("indexes not copied for " + tabel);
                return List.of();
            }
        }

        String insert() {
            return "insert into \"" + kopie + "\" (" + String.join(", ", kolommen.stream().map(k -> "\"" + k + "\"").toList())
                    + ") values (" + String.join(", ", kolommen.stream().map(k -> "?").toList()) + ")";
        }

        /**
         * Pupil i's rows (as many as the upload wrote per pupil, spread evenly when that is not whole), each its own
         * real row (pupil i's are rows floor(i × perInstantie) onwards); answers how many.
         * A reference to a copy gets the key the worker wrote last there ({@code laatste}), a row's reference to its
         * own copy its own key (the engine's process instance refers to itself).
         */
        int voegToe(PreparedStatement p, int i, AtomicLong sleutel, Map<Tabel, Object> laatste)
                throws java.sql.SQLException {
            long eerste = (long) Math.floor(i * perInstantie);
            int rijen = (int) (Math.floor((i + 1) * perInstantie) - eerste);
            for (int r = 0; r < rijen; r++) {
                // Rows 0..nodig - 1, the seed row's after them; round again only if the table had fewer.
                int rij = (int) ((eerste + r) % Math.min(voorbeelden.size(), Math.max(1, nodig)));
                Object[] voorbeeld = voorbeelden.get(rij);
                long nieuw = sleutel.incrementAndGet();
                laatste.put(this, sleutel(nieuw));
                for (int k = 0; k < voorbeeld.length; k++) {
                    Object waarde = sleutels.contains(k) ? (numeriek.contains(k) ? (Object) nieuw : "v" + nieuw)
                            : verwijst.containsKey(k) && voorbeeld[k] != null ? laatste.get(verwijst.get(k))
                            : voorbeeld[k];
                    p.setObject(k + 1, waarde);
                }
                p.addBatch();
            }
            return rijen;
        }
    }
}
