package nl.eenplan.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Bulk seeding by cloning one real, started process instance (issue #25): every row of the engine that belongs to it
 * (ACT_RU_* and ACT_HI_*, and ACT_GE_BYTEARRAY: the execution tree, task, identity links, variables, timer jobs,
 * authorizations, and the history rows the production history filter kept) and every row of EenPlan that belongs to
 * its pupil (the dossier, the pupil, and what the model and the class upload wrote: plan, overstap, ...), copied n
 * times. Nothing is named by hand, so a model or a table that changes is cloned as it is:
 * <ul>
 * <li>engine rows are found from the instance id through every column ending in {@code ID_}, repeated with the ids of
 * the rows found until nothing new turns up;</li>
 * <li>EenPlan's rows are the dossier (its id is in the business key, the dossier number), every row with a text column
 * holding the dossier number or one of the instance's engine ids, and then along the foreign keys: rows that point at
 * a row found (plan → dossier) and rows a row found points at (dossier → leerling), except the school, which the
 * clone gets from the caller;</li>
 * <li>in a clone, every value that is one of the template's ids (engine ids: a new UUID, an activity instance id keeps
 * its activity; EenPlan ids: new ids above the table's sequence, foreign keys along) becomes the clone's, and the
 * dossier number, the school's BRIN (tenant, variable {@code schoolBrin}) and id, and the BSN become the clone's own.
 * Dates stay the template's: a class uploaded at once has the same deadlines.</li>
 * </ul>
 * On PostgreSQL the rows go in with COPY (pgjdbc's CopyManager), a block per transaction without the per-row
 * foreign-key checks (session_replication_role replica: the clones are consistent by construction, and
 * {@code KloonIT} checks every reference after cloning); on H2 with JDBC batches. The sequences of the
 * tables written are moved past the ids used, so the application goes on without a clash. {@code KloonIT} proves a
 * clone is whole: it works through the API, its timers fire, the pupil page shows it, its school's users only see it.
 */
final class Kloon {

    /** A school a clone goes to: its BRIN (tenant) and its row's id. */
    record School(String brin, long id) {
    }

    /** A table: its name as the database spells it, columns and their JDBC types, the column of its key if one. */
    private record Tabel(String naam, List<String> kolommen, List<Integer> typen, int sleutel) {

        int kolom(String naam) {
            for (int i = 0; i < kolommen.size(); i++) {
                if (kolommen.get(i).equalsIgnoreCase(naam)) {
                    return i;
                }
            }
            return -1;
        }

        boolean tekst(int k) {
            int t = typen.get(k);
            return t == Types.VARCHAR || t == Types.CHAR || t == Types.NVARCHAR || t == Types.LONGVARCHAR;
        }

        boolean engine() {
            return naam.toUpperCase(Locale.ROOT).startsWith("ACT_");
        }
    }

    /** A foreign key: column {@code kolom} of table {@code kind} points at the key of table {@code ouder}. */
    private record Verwijzing(String kind, String kolom, String ouder, String ouderKolom) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;
    private final Map<String, Tabel> tabellen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Verwijzing> verwijzingen = new ArrayList<>();
    /** The template's rows per table, in an order that can be inserted (parents first), tables likewise. */
    private final Map<String, List<Object[]>> rijen = new LinkedHashMap<>();
    private final Set<String> engineIds = new LinkedHashSet<>();

    final String procesInstantie;
    final String dossierNummer;
    final String brin;
    final String bsn;
    final long schoolId;
    private final String jaar;

    Kloon(JdbcTemplate jdbc, String procesInstantie) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.procesInstantie = procesInstantie;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
        leesSchema();
        Map<String, Map<String, Object[]>> gevonden = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        zoekEngineRijen(gevonden);
        dossierNummer = (String) jdbc.queryForObject("select BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ = ?",
                String.class, procesInstantie);
        if (dossierNummer == null || !dossierNummer.matches("\\d{4}-\\d+")) {
            throw new IllegalArgumentException("De instantie heeft geen dossiernummer als business key: " + dossierNummer);
        }
        jaar = dossierNummer.substring(0, dossierNummer.indexOf('-'));
        zoekEenPlanRijen(gevonden, Long.parseLong(dossierNummer.substring(dossierNummer.indexOf('-') + 1)));
        Object[] leerling = gevonden.get("leerling").values().iterator().next();
        Tabel l = tabellen.get("leerling");
        bsn = (String) leerling[l.kolom("bsn")];
        schoolId = ((Number) leerling[l.kolom("school_id")]).longValue();
        brin = jdbc.queryForObject("select brin from school where id = ?", String.class, schoolId);
        ordenen(gevonden);
    }

    /** The rows of one clone, per table (its name in lower case): how many (for the report and the test). */
    Map<String, Integer> rijenPerKloon() {
        Map<String, Integer> aantal = new TreeMap<>();
        rijen.forEach((t, r) -> aantal.put(t.toLowerCase(Locale.ROOT), r.size()));
        return aantal;
    }

    /**
     * Writes n clones, clone i at school {@code school.apply(i)} with BSN {@code Testdossiers.bsn(bsnVanaf + i)}, in
     * blocks of {@code blok} clones per COPY or batch. Answers the dossier numbers of the clones.
     */
    List<String> maak(int n, IntFunction<School> school, int bsnVanaf) {
        List<String> nummers = new ArrayList<>(n);
        Map<String, long[]> reeksen = new HashMap<>();
        for (String t : rijen.keySet()) {
            Tabel tabel = tabellen.get(t);
            if (!tabel.engine() && tabel.sleutel() >= 0 && geheel(tabel.typen().get(tabel.sleutel()))) {
                reeksen.put(t, new long[] {hoogsteId(tabel)});
            }
        }
        int blok = 2_000;
        for (int van = 0; van < n; van += blok) {
            int tot = Math.min(n, van + blok);
            Map<String, List<Object[]>> uit = new LinkedHashMap<>();
            rijen.keySet().forEach(t -> uit.put(t, new ArrayList<>()));
            for (int i = van; i < tot; i++) {
                nummers.add(kloon(i, school.apply(i), nl.eenplan.Testdossiers.bsn(bsnVanaf + i), reeksen, uit));
            }
            schrijf(uit);
        }
        reeksen.forEach((t, hoogste) -> zetReeks(tabellen.get(t), hoogste[0]));
        return nummers;
    }

    private String kloon(int i, School school, String nieuwBsn, Map<String, long[]> reeksen, Map<String, List<Object[]>> uit) {
        Map<String, String> ids = new HashMap<>();
        for (String id : engineIds) {
            int dubbelepunt = id.lastIndexOf(':');
            ids.put(id, (dubbelepunt >= 0 ? id.substring(0, dubbelepunt + 1) : "") + UUID.randomUUID());
        }
        // EenPlan's new ids per table: old → new, the dossier's first (its number follows from it).
        Map<String, Map<Long, Long>> nieuweIds = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        rijen.forEach((t, r) -> {
            Tabel tabel = tabellen.get(t);
            if (reeksen.containsKey(t)) {
                Map<Long, Long> m = new HashMap<>();
                for (Object[] rij : r) {
                    m.put(((Number) rij[tabel.sleutel()]).longValue(), ++reeksen.get(t)[0]);
                }
                nieuweIds.put(t, m);
            }
        });
        long dossierId = nieuweIds.get("dossier").values().iterator().next();
        String nummer = String.format("%s-%05d", jaar, dossierId);
        // The pupil's own facts, also inside a text (a key made of school and BSN, as dossier.open_sleutel).
        Map<String, String> delen = new LinkedHashMap<>();
        delen.put(dossierNummer, nummer);
        delen.put(brin, school.brin());
        if (bsn != null) {
            delen.put(bsn, nieuwBsn);
        }
        Map<String, String> teksten = new HashMap<>(ids);
        teksten.putAll(delen);
        rijen.forEach((t, r) -> {
            Tabel tabel = tabellen.get(t);
            Map<String, String> fk = new HashMap<>();
            for (Verwijzing v : verwijzingen) {
                if (v.kind().equalsIgnoreCase(tabel.naam()) && v.ouderKolom().equalsIgnoreCase("id")) {
                    fk.put(v.kolom().toLowerCase(Locale.ROOT), v.ouder());
                }
            }
            for (Object[] rij : r) {
                Object[] kopie = rij.clone();
                for (int k = 0; k < kopie.length; k++) {
                    Object w = kopie[k];
                    if (w instanceof String s) {
                        String nieuw = teksten.get(s);
                        if (nieuw == null) {
                            nieuw = s;
                            for (var deel : delen.entrySet()) {
                                if (nieuw.contains(deel.getKey())) {
                                    nieuw = nieuw.replace(deel.getKey(), deel.getValue());
                                }
                            }
                        }
                        kopie[k] = nieuw;
                    } else if (w instanceof Number getal && !tabel.engine()) {
                        String ouder = k == tabel.sleutel() ? t : fk.get(tabel.kolommen().get(k).toLowerCase(Locale.ROOT));
                        if (ouder != null && ouder.equalsIgnoreCase("school")) {
                            kopie[k] = school.id();
                        } else if (ouder != null && nieuweIds.containsKey(ouder)) {
                            kopie[k] = nieuweIds.get(ouder).getOrDefault(getal.longValue(), getal.longValue());
                        }
                    }
                }
                uit.get(t).add(kopie);
            }
        });
        return nummer;
    }

    private static boolean geheel(int type) {
        return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT;
    }

    // ---- reading the template ----

    private void leesSchema() {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            String schema = postgres ? "public" : "PUBLIC";
            List<String> namen = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    namen.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String naam : namen) {
                String hoofd = naam.toUpperCase(Locale.ROOT);
                if (hoofd.startsWith("ACT_") && !(hoofd.startsWith("ACT_RU_") || hoofd.startsWith("ACT_HI_")
                        || hoofd.equals("ACT_GE_BYTEARRAY")) || hoofd.startsWith("FLYWAY")) {
                    continue;
                }
                List<String> kolommen = new ArrayList<>();
                List<Integer> typen = new ArrayList<>();
                try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + naam + " where 1 = 0")) {
                    ResultSetMetaData m = rs.getMetaData();
                    for (int k = 1; k <= m.getColumnCount(); k++) {
                        kolommen.add(m.getColumnName(k));
                        typen.add(m.getColumnType(k));
                    }
                }
                int sleutel = -1;
                for (int k = 0; k < kolommen.size(); k++) {
                    if (kolommen.get(k).equalsIgnoreCase(hoofd.startsWith("ACT_") ? "ID_" : "id")) {
                        sleutel = k;
                    }
                }
                tabellen.put(naam, new Tabel(naam, kolommen, typen, sleutel));
                try (ResultSet rs = meta.getImportedKeys(null, schema, naam)) {
                    while (rs.next()) {
                        verwijzingen.add(new Verwijzing(naam, rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                                rs.getString("PKCOLUMN_NAME")));
                    }
                }
            }
            return null;
        });
    }

    private List<Object[]> lees(Tabel t, String kolom, Collection<?> waarden) {
        if (waarden.isEmpty()) {
            return List.of();
        }
        return named.query("select * from " + t.naam() + " where " + kolom + " in (:w)", new MapSqlParameterSource("w", waarden),
                (rs, n) -> {
                    Object[] rij = new Object[t.kolommen().size()];
                    for (int k = 0; k < rij.length; k++) {
                        rij[k] = rs.getObject(k + 1);
                    }
                    return rij;
                });
    }

    /** Engine rows: from the instance id through every ID_ column, again with every id found, until nothing new. */
    private void zoekEngineRijen(Map<String, Map<String, Object[]>> gevonden) {
        engineIds.add(procesInstantie);
        boolean nieuw = true;
        while (nieuw) {
            nieuw = false;
            for (Tabel t : tabellen.values()) {
                if (!t.engine()) {
                    continue;
                }
                for (int k = 0; k < t.kolommen().size(); k++) {
                    String kolom = t.kolommen().get(k).toUpperCase(Locale.ROOT);
                    if (!t.tekst(k) || !kolom.endsWith("ID_") || kolom.equals("ID_") || kolom.equals("TENANT_ID_")
                            || kolom.equals("USER_ID_") || kolom.equals("GROUP_ID_")) {
                        continue;
                    }
                    for (Object[] rij : lees(t, kolom, engineIds)) {
                        String id = (String) rij[t.sleutel()];
                        if (gevonden.computeIfAbsent(t.naam(), x -> new LinkedHashMap<>()).putIfAbsent(id, rij) == null) {
                            nieuw = true;
                        }
                    }
                }
            }
            for (var perTabel : gevonden.entrySet()) {
                Tabel t = tabellen.get(perTabel.getKey());
                for (Object[] rij : perTabel.getValue().values()) {
                    nieuw |= engineIds.add((String) rij[t.sleutel()]);
                    // Activity instance ids (an execution's, a step's history): ids of the instance without a row of their own.
                    for (int k = 0; k < rij.length; k++) {
                        if (t.kolommen().get(k).toUpperCase(Locale.ROOT).endsWith("ACT_INST_ID_") && rij[k] != null) {
                            nieuw |= engineIds.add((String) rij[k]);
                        }
                    }
                }
            }
        }
    }

    /** EenPlan's rows: the dossier, rows naming its number or an engine id, then along the foreign keys. */
    private void zoekEenPlanRijen(Map<String, Map<String, Object[]>> gevonden, long dossierId) {
        voegToe(gevonden, tabellen.get("dossier"), lees(tabellen.get("dossier"), "id", List.of(dossierId)));
        Set<String> namen = new HashSet<>(engineIds);
        namen.add(dossierNummer);
        for (Tabel t : tabellen.values()) {
            if (t.engine() || t.naam().equalsIgnoreCase("school")) {
                continue;
            }
            for (int k = 0; k < t.kolommen().size(); k++) {
                if (t.tekst(k)) {
                    voegToe(gevonden, t, lees(t, t.kolommen().get(k), namen));
                }
            }
        }
        boolean nieuw = true;
        while (nieuw) {
            nieuw = false;
            for (Verwijzing v : verwijzingen) {
                Tabel kind = tabellen.get(v.kind());
                Tabel ouder = tabellen.get(v.ouder());
                if (kind == null || ouder == null || kind.engine() || ouder.engine() || ouder.naam().equalsIgnoreCase("school")) {
                    continue;
                }
                // Rows that point at a row found ...
                nieuw |= voegToe(gevonden, kind, lees(kind, v.kolom(), waarden(gevonden, ouder, ouder.kolom(v.ouderKolom()))));
                // ... and rows a row found points at.
                List<Object> naar = new ArrayList<>();
                int k = kind.kolom(v.kolom());
                for (Object[] rij : gevonden.getOrDefault(kind.naam(), Map.of()).values()) {
                    if (rij[k] != null) {
                        naar.add(rij[k]);
                    }
                }
                nieuw |= voegToe(gevonden, ouder, lees(ouder, v.ouderKolom(), naar));
            }
        }
    }

    private static List<Object> waarden(Map<String, Map<String, Object[]>> gevonden, Tabel t, int kolom) {
        List<Object> s = new ArrayList<>();
        for (Object[] rij : gevonden.getOrDefault(t.naam(), Map.of()).values()) {
            if (rij[kolom] != null) {
                s.add(rij[kolom]);
            }
        }
        return s;
    }

    private static boolean voegToe(Map<String, Map<String, Object[]>> gevonden, Tabel t, List<Object[]> nieuw) {
        boolean iets = false;
        for (Object[] rij : nieuw) {
            String sleutel = t.sleutel() >= 0 ? String.valueOf(rij[t.sleutel()]) : java.util.Arrays.deepToString(rij);
            iets |= gevonden.computeIfAbsent(t.naam(), x -> new LinkedHashMap<>()).putIfAbsent(sleutel, rij) == null;
        }
        return iets;
    }

    /** Tables in an order a parent comes before its child; within a table likewise (an execution's parent). */
    private void ordenen(Map<String, Map<String, Object[]>> gevonden) {
        List<String> open = new ArrayList<>(gevonden.keySet());
        while (!open.isEmpty()) {
            String volgende = open.stream().filter(t -> verwijzingen.stream().noneMatch(v -> v.kind().equalsIgnoreCase(t)
                    && !v.ouder().equalsIgnoreCase(t) && open.stream().anyMatch(o -> o.equalsIgnoreCase(v.ouder()))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("Kringverwijzing tussen " + open));
            open.remove(volgende);
            Tabel t = tabellen.get(volgende);
            List<Integer> naarZichzelf = t.sleutel() < 0 ? List.of() : verwijzingen.stream().filter(v -> v.kind().equalsIgnoreCase(volgende)
                    && v.ouder().equalsIgnoreCase(volgende)).map(v -> t.kolom(v.kolom())).toList();
            List<Object[]> rest = new ArrayList<>(gevonden.get(volgende).values());
            List<Object[]> geordend = new ArrayList<>();
            Set<Object> geplaatst = new HashSet<>();
            while (!rest.isEmpty()) {
                Object[] rij = rest.stream().filter(r -> naarZichzelf.stream().allMatch(k -> r[k] == null || geplaatst.contains(r[k])
                        || r[k].equals(r[t.sleutel()])
                        || gevonden.get(volgende).values().stream().noneMatch(a -> r[k].equals(a[t.sleutel()]))))
                        .findFirst().orElseThrow();
                rest.remove(rij);
                geordend.add(rij);
                geplaatst.add(rij[t.sleutel()]);
            }
            rijen.put(volgende, geordend);
        }
    }

    // ---- writing ----

    private void schrijf(Map<String, List<Object[]>> uit) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            // PostgreSQL checked every copied row's references with a trigger per row, most of the COPY's time.
            boolean eigenTransactie = postgres && c.getAutoCommit();
            if (eigenTransactie) {
                c.setAutoCommit(false);
            }
            try {
                if (postgres) {
                    try (var s = c.createStatement()) {
                        s.execute("set local session_replication_role = replica");
                    }
                }
                schrijf(c, uit);
                if (eigenTransactie) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (eigenTransactie) {
                    c.rollback();
                }
                throw e;
            } finally {
                if (eigenTransactie) {
                    c.setAutoCommit(true);
                }
            }
            return null;
        });
    }

    private void schrijf(Connection c, Map<String, List<Object[]>> uit) throws SQLException {
        for (var e : uit.entrySet()) {
            Tabel t = tabellen.get(e.getKey());
            if (postgres) {
                kopieer(c, t, e.getValue());
            } else {
                try (var s = c.prepareStatement("insert into " + t.naam() + " (" + String.join(",", t.kolommen()) + ") values ("
                        + String.join(",", t.kolommen().stream().map(k -> "?").toList()) + ")")) {
                    for (Object[] rij : e.getValue()) {
                        for (int k = 0; k < rij.length; k++) {
                            s.setObject(k + 1, rij[k], t.typen().get(k));
                        }
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            }
        }
    }

    private static void kopieer(Connection c, Tabel t, List<Object[]> rijen) throws SQLException {
        StringBuilder csv = new StringBuilder();
        for (Object[] rij : rijen) {
            for (int k = 0; k < rij.length; k++) {
                if (k > 0) {
                    csv.append(',');
                }
                Object w = rij[k];
                if (w == null) {
                    continue;
                }
                String tekst = w instanceof byte[] b ? "\\x" + HexFormat.of().formatHex(b) : w.toString();
                csv.append('"').append(tekst.replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + t.naam() + " (" + String.join(",", t.kolommen().stream()
                    .map(k -> '"' + k + '"').toList()) + ") from stdin with (format csv)", new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException(e);
        }
    }

    /** The highest id the table's sequence (or identity) handed out or its rows hold. */
    private long hoogsteId(Tabel t) {
        long rij = jdbc.queryForObject("select coalesce(max(id), 0) from " + t.naam(), Long.class);
        if (postgres) {
            String reeks = reeks(t);
            Long laatste = reeks == null ? null : jdbc.queryForObject("select last_value from " + reeks, Long.class);
            return Math.max(rij, laatste == null ? 0 : laatste);
        }
        List<Long> basis = jdbc.queryForList("select base_value from information_schema.sequences where sequence_name = ?",
                Long.class, t.naam().toUpperCase(Locale.ROOT) + "_SEQ");
        if (basis.isEmpty()) {
            basis = jdbc.queryForList("select identity_base from information_schema.columns where table_name = ? and "
                    + "column_name = 'ID' and identity_base is not null", Long.class, t.naam().toUpperCase(Locale.ROOT));
        }
        return Math.max(rij, basis.isEmpty() ? 0 : basis.get(0));
    }

    private String reeks(Tabel t) {
        List<String> eigen = jdbc.queryForList("select cast(to_regclass(?) as text)", String.class, t.naam() + "_seq");
        if (!eigen.isEmpty() && eigen.get(0) != null) {
            return eigen.get(0);
        }
        return jdbc.queryForObject("select pg_get_serial_sequence(?, 'id')", String.class, t.naam());
    }

    /** Moves the table's sequence (or identity) past the ids the clones used; a block of 50 further for Hibernate's pools. */
    private void zetReeks(Tabel t, long hoogste) {
        long volgende = hoogste + 100;
        if (postgres) {
            String reeks = reeks(t);
            if (reeks != null) {
                jdbc.queryForObject("select setval(?, ?)", Long.class, reeks, volgende);
            }
            return;
        }
        String naam = t.naam().toUpperCase(Locale.ROOT);
        if (jdbc.queryForObject("select count(*) from information_schema.sequences where sequence_name = ?", Integer.class,
                naam + "_SEQ") > 0) {
            jdbc.execute("alter sequence " + naam + "_SEQ restart with " + volgende);
        } else if (jdbc.queryForObject("select count(*) from information_schema.columns where table_name = ? and column_name = 'ID' "
                + "and identity_base is not null", Integer.class, naam) > 0) {
            jdbc.execute("alter table " + naam + " alter column ID restart with " + volgende);
        }
    }
}
