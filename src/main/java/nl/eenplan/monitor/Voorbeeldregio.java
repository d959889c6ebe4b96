package nl.eenplan.monitor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.termijn.Schooljaar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A realistic region for the monitor: schools in one gemeente, pupils with a school year of referrals,
 * escalations, arrangements (with goals, evaluations and the closing survey), admissions (toelating: the
 * zorgplicht), transitions (with warm handovers) and deadlines of process steps, with
 * delays and outcomes drawn from a seeded random source. The dossiers and goals are opened through the
 * dossier service; the process records are written as the processes would have left them at the end
 * of the year (marked as example data: their process instance ids start with "voorbeeld-"). It answers
 * the true value of every indicator it generated, so the monitor can be checked against known inputs.
 */
@Service
public class Voorbeeldregio {

    /** What to generate: schools (BRIN) in one gemeente and SWV, pupils per school, the school year starting in August of {@code jaar}. */
    public record Opdracht(String gemeente, String samenwerkingsverband, List<String> scholen, int leerlingenPerSchool,
                           int jaar, String zorgcoordinator, long zaad) {
    }

    /**
     * The true value of an indicator for the whole region, as /api/monitor should report it; a split
     * indicator has one per step or reason, keyed {@code indicator/onderdeel}.
     */
    public record Verwacht(long aantal, long leerlingen, Double waarde, Double mediaan, Double p90) {
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final SchoolService scholen;
    private final DossierService dossiers;
    private final Organisaties organisaties;
    private final JdbcTemplate jdbc;
    private final Monitorwachtrij wachtrij;

    Voorbeeldregio(SchoolService scholen, DossierService dossiers, Organisaties organisaties, JdbcTemplate jdbc,
                   Monitorwachtrij wachtrij) {
        this.scholen = scholen;
        this.dossiers = dossiers;
        this.organisaties = organisaties;
        this.jdbc = jdbc;
        this.wachtrij = wachtrij;
    }

    /** Generates the region in one transaction and answers the true value per indicator. */
    @Transactional
    public Map<String, Verwacht> genereer(Opdracht opdracht) {
        Random toeval = new Random(opdracht.zaad());
        // Admissions draw from a source of their own: the rest of the region stays as it was before they came.
        Random toelatingen = new Random(opdracht.zaad() ^ 0x70E1A71L);
        Metingen metingen = new Metingen();
        LocalDate begin = LocalDate.of(opdracht.jaar(), 9, 1);
        for (String brin : opdracht.scholen()) {
            scholen.registreer(new NieuweSchool(brin, "Voorbeeldschool " + brin, opdracht.gemeente(),
                    opdracht.samenwerkingsverband(), nl.eenplan.dossier.Regio.MIDDEN));
            organisaties.voegToeAanSchool(opdracht.zorgcoordinator(), brin);
            for (int i = 0; i < opdracht.leerlingenPerSchool(); i++) {
                leerling(opdracht, brin, i, begin, toeval, metingen);
                if (toelatingen.nextDouble() < 0.2) {
                    toelating(opdracht, brin, i, begin.plusDays(toelatingen.nextInt(240)), toelatingen, metingen);
                }
            }
        }
        // The records are written here with JDBC, past the outbox's listener: the monitor's facts of every pupil made.
        wachtrij.zet(metingen.dossiers);
        return metingen.verwacht();
    }

    private void leerling(Opdracht o, String brin, int i, LocalDate begin, Random toeval, Metingen m) {
        boolean po = toeval.nextBoolean();
        var leerling = new NieuwDossier.Leerling("Kind" + i, null, "Voorbeeld " + brin, begin.minusYears(po ? 11 : 13)
                .plusDays(toeval.nextInt(365)), null, brin, po ? Onderwijssoort.PO : Onderwijssoort.VO, po ? 8 : 2, List.of());
        String nummer = dossiers.open(new NieuwDossier(leerling, o.zorgcoordinator()), o.zorgcoordinator()).nummer();
        long pupil = Long.parseLong(nummer.substring(5));
        m.dossiers.add(pupil);

        if (toeval.nextDouble() < 0.6) {
            // A concern, signalled between September and January; the intake mostly within a week.
            Instant gemeld = moment(begin.plusDays(toeval.nextInt(150)));
            int intake = 1 + (int) Math.round(Math.abs(toeval.nextGaussian()) * 5);
            Instant intakeOp = gemeld.plusSeconds(86_400L * intake);
            jdbc.update("insert into aanmelding (dossier_nummer, categorieen, urgentie, al_geprobeerd, eerdere_ondersteuning,"
                    + " signalen_onveiligheid, gemeld_door, gemeld_op, intake_op) values (?, 'LEREN', 'NORMAAL',"
                    + " 'Voorbeeldgegevens', false, false, ?, ?, ?)", nummer, o.zorgcoordinator(), Timestamp.from(gemeld),
                    Timestamp.from(intakeOp));
            m.dagen("signaalTotIntake", pupil, intake);
            // The intake is due within 5 werkdagen: a week.
            stap(nummer, "aanmelding", "intake", "Intakegesprek voeren", gemeld.plusSeconds(86_400L * 7), intakeOp, pupil, m);
            // Mostly a handelingsplan with a goal 2 to 20 days after the intake; the plan is the first goal after it.
            Instant plan = null;
            if (toeval.nextDouble() < 0.8) {
                plan = moment(LocalDate.ofInstant(intakeOp, NL).plusDays(2 + toeval.nextInt(19)));
                doelen(nummer, List.of("Handelingsplan: werkt met een weekplanning"), plan);
            }
            if (toeval.nextDouble() < 0.35) {
                Instant arrangementDoelen = arrangement(nummer, pupil, LocalDate.ofInstant(gemeld, NL).plusDays(20), toeval, m);
                if (arrangementDoelen != null && (plan == null || arrangementDoelen.isBefore(plan))) {
                    plan = arrangementDoelen;
                }
            }
            if (plan != null) {
                m.dagen("intakeTotPlan", pupil, DirecteBron.dagen(intakeOp, plan));
            }
        }
        if (toeval.nextDouble() < 0.12) {
            escalatie(o, nummer, pupil, brin, begin.plusDays(toeval.nextInt(210)), toeval, m);
        }
        if (po && toeval.nextDouble() < 0.8) {
            overstap(o, nummer, pupil, toeval, m);
        }
    }

    /**
     * Groep 8 to vo: the final advice due on 24 March (mostly in time), a warm handover for about a third
     * (mostly before the new school year on 1 August, some in August or September, a few never), and the
     * check on 1 October.
     */
    private void overstap(Opdracht o, String nummer, long pupil, Random toeval, Metingen m) {
        LocalDate begin = LocalDate.of(o.jaar(), 9, 1);
        LocalDate nieuwSchooljaar = new Schooljaar(o.jaar()).volgende().eersteDag();
        boolean ingeschreven = toeval.nextDouble() < 0.94;
        boolean overdrachtNodig = toeval.nextDouble() < 0.3;
        Instant overgedragen = null;
        if (overdrachtNodig) {
            double kans = toeval.nextDouble();
            overgedragen = kans < 0.8 ? moment(nieuwSchooljaar.minusDays(1 + toeval.nextInt(80)))
                    : kans < 0.95 ? moment(nieuwSchooljaar.plusDays(toeval.nextInt(50))) : null;
            m.aandeel("warmeOverdrachtVoorSchooljaar", pupil, overgedragen != null
                    && overgedragen.isBefore(nieuwSchooljaar.atStartOfDay(NL).toInstant()));
        }
        jdbc.update("insert into overstap (dossier_nummer, schooljaar, soort, proces_instantie_id, ingeschreven, aangemaakt_op,"
                        + " warme_overdracht_nodig, overgedragen_op) values (?, ?, 'PO_VO', ?, ?, ?, ?, ?)", nummer,
                new Schooljaar(o.jaar()).code(), voorbeeldId(), ingeschreven,
                Timestamp.from(moment(begin.plusDays(60 + toeval.nextInt(90)))), overdrachtNodig,
                overgedragen == null ? null : Timestamp.from(overgedragen));
        m.aandeel("ingeschrevenNaOverstap", pupil, ingeschreven);
        m.aandeel("uitval", pupil, !ingeschreven);
        Instant uiterlijk = moment(LocalDate.of(o.jaar() + 1, 3, 24));
        stap(nummer, "overstap", "definitiefAdvies", "Definitief schooladvies geven", uiterlijk,
                uiterlijk.minusSeconds(86_400L * (toeval.nextInt(25) - 3)), pupil, m);
    }

    /** A task with a deadline, done at a moment, as the monitor's summary keeps it. */
    private void stap(String nummer, String proces, String stap, String naam, Instant termijn, Instant afgerond, long pupil,
                      Metingen m) {
        jdbc.update("insert into stap_termijn (dossier_nummer, proces, stap, stap_naam, termijn, afgerond_op)"
                + " values (?, ?, ?, ?, ?, ?)", nummer, proces, stap, naam, Timestamp.from(termijn), Timestamp.from(afgerond));
        m.aandeel("termijnGehaald/" + proces + ": " + naam, pupil, !afgerond.isAfter(termijn));
    }

    /**
     * An admission (toelating) at the school of a pupil who applies from elsewhere: the written application on
     * {@code ontvangen}, the 6 weeks ending 42 days later. Mostly decided within 6 weeks, some temporarily enrolled
     * on the last day and decided later, some decided within the extension, a few later, and a few still running
     * within their term (not counted yet).
     */
    private void toelating(Opdracht o, String brin, int i, LocalDate ontvangen, Random toeval, Metingen m) {
        var leerling = new NieuwDossier.Leerling("Aanmelder" + i, null, "Voorbeeld " + brin,
                ontvangen.minusYears(12).minusDays(toeval.nextInt(365)), null, brin, Onderwijssoort.VO, 1, List.of());
        String nummer = dossiers.open(new NieuwDossier(leerling, o.zorgcoordinator()), o.zorgcoordinator()).nummer();
        long pupil = Long.parseLong(nummer.substring(5));
        m.dossiers.add(pupil);
        LocalDate termijn = ontvangen.plusDays(42);
        double kans = toeval.nextDouble();
        LocalDate besloten = null;
        LocalDate tijdelijk = null;
        LocalDate verstreken = null;
        if (kans < 0.55) {
            besloten = ontvangen.plusDays(10 + toeval.nextInt(33));
        } else if (kans < 0.7) {
            tijdelijk = termijn;
            besloten = termijn.plusDays(5 + toeval.nextInt(40));
        } else if (kans < 0.87) {
            besloten = termijn.plusDays(1 + toeval.nextInt(28));
        } else if (kans < 0.95) {
            verstreken = termijn.plusDays(28);
            besloten = toeval.nextBoolean() ? termijn.plusDays(29 + toeval.nextInt(20)) : null;
        }
        String status = besloten == null ? "LOPEND" : toeval.nextDouble() < 0.85 ? "TOEGELATEN" : "PLAATS_ELDERS";
        jdbc.update("insert into toelating (dossier_nummer, school_brin, bestuursnummer, proces_instantie_id,"
                        + " aanmelding_ontvangen_op, beslistermijn, termijn_verstreken_op, tijdelijk_ingeschreven_op, status,"
                        + " besloten_op, gestart_door, gestart_op, lopend) values (?, ?, '99999', ?, ?, ?, ?, ?, ?, ?,"
                        + " 'voorbeeldregio', ?, ?)", nummer, brin, voorbeeldId(), Date.valueOf(ontvangen),
                Date.valueOf(termijn), verstreken == null ? null : Date.valueOf(verstreken),
                tijdelijk == null ? null : Date.valueOf(tijdelijk), status, besloten == null ? null : Date.valueOf(besloten),
                Timestamp.from(moment(ontvangen)), besloten == null ? Boolean.TRUE : null);
        if (besloten == null && tijdelijk == null && verstreken == null) {
            return; // still within its term: not counted yet
        }
        LocalDate vroegst = tijdelijk != null ? tijdelijk : besloten;
        m.aandeel("zorgplichtBinnen6Weken", pupil, vroegst != null && !vroegst.isAfter(termijn));
        m.aandeel("zorgplichtBinnen10Weken", pupil, vroegst != null && !vroegst.isAfter(termijn.plusDays(28)));
    }

    /**
     * Registered 20 days after the signal; a place mostly within 6 weeks, some within 10, some never. Answers
     * when its goals came into the plan (at the start), if it has any.
     */
    private Instant arrangement(String nummer, long pupil, LocalDate ontvangen, Random toeval, Metingen m) {
        double kans = toeval.nextDouble();
        Integer start = null;
        if (kans < 0.65) {
            start = 14 + toeval.nextInt(29);
        } else if (kans < 0.9) {
            start = 43 + toeval.nextInt(28);
        }
        boolean afgesloten = start != null && toeval.nextDouble() < 0.7;
        String status = start == null ? "GEEN_PLAATS" : afgesloten ? "AFGESLOTEN" : "LOPEND";
        Instant afgeslotenOp = afgesloten ? moment(ontvangen.plusDays(start + 90)) : null;
        jdbc.update("insert into arrangement (dossier_nummer, proces_instantie_id, status, registratie_ontvangen_op, startdatum,"
                        + " afgesloten_op) values (?, ?, ?, ?, ?, ?)", nummer, voorbeeldId(), status, Date.valueOf(ontvangen),
                start == null ? null : Date.valueOf(ontvangen.plusDays(start)),
                afgeslotenOp == null ? null : Timestamp.from(afgeslotenOp));
        m.aandeel("uitval", pupil, start == null);
        if (start != null) {
            m.dagen("aanvraagTotStartArrangement", pupil, start);
        }
        if (!afgesloten) {
            return null;
        }
        // The closing survey as the family filled it in (issue #24): a parent mostly, sometimes both, the pupil often.
        Long arrangementId = jdbc.queryForObject("select max(id) from arrangement where dossier_nummer = ?", Long.class, nummer);
        int ouders = toeval.nextDouble() < 0.8 ? (toeval.nextDouble() < 0.3 ? 2 : 1) : 0;
        for (int ouder = 1; ouder <= ouders; ouder++) {
            enquete(arrangementId, nummer, "voorbeeld-" + ouder + ":OUDER", "OUDER", pupil, afgeslotenOp, toeval, m);
        }
        if (toeval.nextDouble() < 0.6) {
            enquete(arrangementId, nummer, "voorbeeld-leerling:LEERLING", "LEERLING", pupil, afgeslotenOp, toeval, m);
        }
        // Three goals in the plan, evaluated twice; the last evaluation decides doelrealisatie.
        Instant startOp = moment(ontvangen.plusDays(start));
        for (Long doel : doelen(nummer, List.of("Leert zelfstandig plannen", "Gaat elke dag naar school",
                "Vraagt hulp als het nodig is"), startOp)) {
            double uitkomst = toeval.nextDouble();
            String laatste = uitkomst < 0.55 ? "BEHAALD" : uitkomst < 0.85 ? "DEELS" : "NIET";
            evaluatie(arrangementId, doel, "DEELS", afgeslotenOp.minusSeconds(86_400L * 45));
            evaluatie(arrangementId, doel, laatste, afgeslotenOp.minusSeconds(86_400L));
            m.aandeel("doelrealisatie", pupil, laatste.equals("BEHAALD"));
        }
        return startOp;
    }

    /** Goals in the pupil's plan, as added on that moment. */
    private List<Long> doelen(String nummer, List<String> omschrijvingen, Instant op) {
        List<Long> ids = dossiers.voegDoelenToe(nummer, omschrijvingen);
        ids.forEach(id -> jdbc.update("update doel set toegevoegd_op = ? where id = ?", Timestamp.from(op), id));
        return ids;
    }

    private void evaluatie(Long arrangementId, Long doel, String score, Instant op) {
        jdbc.update("insert into arrangement_evaluatie (arrangement_id, doel_id, score, vervolg, geevalueerd_op, geevalueerd_door)"
                + " values (?, ?, ?, 'DOORGAAN', ?, 'voorbeeldregio')", arrangementId, doel, score, Timestamp.from(op));
    }

    /**
     * Absence, or a pupil at home (langdurig relatief verzuim with a thuiszitter signal that ends when the pupil is
     * back after 2-14 weeks); leerplicht assesses within 1-12 days and closes the LRV when the pupil is back.
     */
    private void escalatie(Opdracht o, String nummer, long pupil, String brin, LocalDate dag, Random toeval, Metingen m) {
        boolean thuiszitter = toeval.nextDouble() < 0.3;
        Instant ontvangen = moment(dag);
        int beoordeeld = 1 + toeval.nextInt(12);
        Integer afgesloten = thuiszitter ? 14 + toeval.nextInt(87) : null;
        jdbc.update("insert into leerplicht_escalatie (dossier_nummer, leerling_naam, geboortedatum, school_brin, school_naam,"
                        + " gemeente, reden, feiten, bron, contactpersoon, status, ontvangen_op, beoordeeld_op, afgesloten_op,"
                        + " eigenaar)"
                        + " values (?, ?, ?, ?, ?, ?, ?, 'Voorbeeldgegevens', 'voorbeeldregio', ?, ?, ?, ?, ?, ?)",
                nummer, "Voorbeeldleerling", Date.valueOf(dag.minusYears(12)), brin, "Voorbeeldschool " + brin, o.gemeente(),
                thuiszitter ? "LANGDURIG_VERZUIM" : "VERZUIM", o.zorgcoordinator(), afgesloten == null ? "IN_BEHANDELING" : "AFGESLOTEN",
                Timestamp.from(ontvangen), Timestamp.from(ontvangen.plusSeconds(86_400L * beoordeeld)),
                afgesloten == null ? null : Timestamp.from(ontvangen.plusSeconds(86_400L * afgesloten)),
                // The example region's gemeenten have no CBS code: its escalations stay with the school (Escalatieroute).
                brin);
        m.dagen("escalatieTotBeoordeling", pupil, beoordeeld);
        m.dagen("escalatiesPerReden/" + (thuiszitter ? "LANGDURIG_VERZUIM" : "VERZUIM"), pupil, beoordeeld);
        // Assessing is due within 10 werkdagen: two weeks.
        stap(nummer, "leerplichtEscalatie", "beoordelen", "Escalatie beoordelen", ontvangen.plusSeconds(86_400L * 14),
                ontvangen.plusSeconds(86_400L * beoordeeld), pupil, m);
        if (afgesloten != null) {
            jdbc.update("insert into thuiszitter (dossier_nummer, sinds, tot, bron, vastgesteld_op, aangemaakt_op)"
                            + " values (?, ?, ?, 'VERZUIMREGISTRATIE', ?, ?)", nummer, Date.valueOf(dag),
                    Date.valueOf(dag.plusDays(afgesloten)), Date.valueOf(dag), Timestamp.from(ontvangen));
            // The thuiszittersaanpak's table (issue #23): the monitor counts these, not the signal. Most back at
            // school, some in other education, a few with vrijstelling (not back).
            double kans = toeval.nextDouble();
            String uitkomst = kans < 0.7 ? "TERUG_OP_SCHOOL" : kans < 0.9 ? "ANDER_ONDERWIJS" : "VRIJSTELLING";
            jdbc.update("insert into thuiszitterstafel (dossier_nummer, school_brin, eigenaar, routering, behandelaar,"
                            + " bron, gemeld_op, thuis_sinds, escalaties, teruggekeerd_op, status, uitkomst,"
                            + " afgesloten_op, afgesloten_door) values (?, ?, ?, 'SCHOOL', 'leerplicht', 'VERZUIMSIGNAAL',"
                            + " ?, ?, 0, ?, 'AFGESLOTEN', ?, ?, 'voorbeeldregio')",
                    nummer, brin, brin, Timestamp.from(ontvangen), Date.valueOf(dag),
                    uitkomst.equals("VRIJSTELLING") ? null : Date.valueOf(dag.plusDays(afgesloten)), uitkomst,
                    Timestamp.from(ontvangen.plusSeconds(86_400L * afgesloten)));
            if (!uitkomst.equals("VRIJSTELLING")) {
                m.dagen("thuiszitters", pupil, afgesloten);
            }
            m.aandeel("thuiszittersTerugBinnen12Weken", pupil, !uitkomst.equals("VRIJSTELLING") && afgesloten <= 84);
        }
    }

    /** One giver's answer to the closing survey, some days after the closing. */
    private void enquete(Long arrangementId, String nummer, String gever, String rol, long pupil, Instant afgeslotenOp,
                         Random toeval, Metingen m) {
        int tevredenheid = cijfer(toeval);
        int baat = cijfer(toeval);
        jdbc.update("insert into arrangement_enquete (arrangement_id, dossier_nummer, gever_sleutel, rol, tevredenheid,"
                        + " ervaren_baat, ingevuld_op) values (?, ?, ?, ?, ?, ?, ?)", arrangementId, nummer, gever, rol,
                tevredenheid, baat, Timestamp.from(afgeslotenOp.plusSeconds(86_400L * (1 + toeval.nextInt(40)))));
        String wie = rol.equals("OUDER") ? "Ouders" : "Leerling";
        m.cijfer("tevredenheid" + wie, pupil, tevredenheid);
        m.cijfer("ervarenBaat" + wie, pupil, baat);
    }

    private static int cijfer(Random toeval) {
        return Math.min(10, 5 + toeval.nextInt(4) + toeval.nextInt(3));
    }

    private static Instant moment(LocalDate dag) {
        return dag.atTime(9, 0).atZone(NL).toInstant();
    }

    private static String voorbeeldId() {
        return "voorbeeld-" + UUID.randomUUID();
    }

    /** What was generated, per indicator: the values and the pupils they belong to. */
    private static final class Metingen {
        private final Map<String, List<Double>> waarden = new HashMap<>();
        private final Map<String, Set<Long>> leerlingen = new HashMap<>();
        private final Map<String, String> soort = new HashMap<>();
        /** Every dossier generated (its id). */
        private final List<Long> dossiers = new ArrayList<>();

        void dagen(String indicator, long pupil, double dagen) {
            voegToe(indicator, "dagen", pupil, dagen);
        }

        void aandeel(String indicator, long pupil, boolean ja) {
            voegToe(indicator, "aandeel", pupil, ja ? 1 : 0);
        }

        void cijfer(String indicator, long pupil, int cijfer) {
            voegToe(indicator, "cijfer", pupil, cijfer);
        }

        private void voegToe(String indicator, String hoe, long pupil, double waarde) {
            waarden.computeIfAbsent(indicator, k -> new ArrayList<>()).add(waarde);
            leerlingen.computeIfAbsent(indicator, k -> new HashSet<>()).add(pupil);
            soort.put(indicator, hoe);
        }

        Map<String, Verwacht> verwacht() {
            Map<String, Verwacht> uit = new HashMap<>();
            waarden.forEach((indicator, lijst) -> {
                double[] gesorteerd = lijst.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double gemiddeld = java.util.Arrays.stream(gesorteerd).average().orElseThrow();
                boolean dagen = soort.get(indicator).equals("dagen");
                uit.put(indicator, new Verwacht(gesorteerd.length, leerlingen.get(indicator).size(), dagen ? null : gemiddeld,
                        dagen ? MonitorService.percentiel(gesorteerd, 50) : null,
                        dagen ? MonitorService.percentiel(gesorteerd, 90) : null));
            });
            return uit;
        }
    }
}
