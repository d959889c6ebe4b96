package nl.eenplan.termijn;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.eenplan.dossier.Regio;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The statutory rows of processes/termijnen.dmn, each pinned with its article: the law sets them, so only a developer
 * changes them (here and in {@link WettelijkeTermijnen}). The local rows are the process owner's; their properties are
 * tested in {@link TermijnenEigenschappenTest}, not their values.
 */
@DisplayName("termijnen.dmn: de wettelijke termijnen")
class TermijnenDmnTest {

    static String xml;
    static DmnDecision tabel;
    static TermijnenZonderEngine termijnen;

    @BeforeAll
    static void laad() {
        xml = Tabellen.lees(Tabellen.TERMIJNEN);
        tabel = Tabellen.beslissing(xml, "termijnen");
        termijnen = new TermijnenZonderEngine(tabel, Tabellen.KALENDER);
    }

    @Test
    @DisplayName("Camunda 7.24 leest de kolom Grondslag: een wet bij een wettelijke rij, leeg bij een lokale afspraak")
    void deDmnEngineLeestDeGrondslag() {
        assertThat(Tabellen.termijn(tabel, "arrangement", "zorgplicht", "PO").get(WettelijkeTermijnen.GRONDSLAG)
                .toString()).startsWith("WPO art. 40");
        // An empty cell is no output at all: the row has no entry grondslag (Map.get gives null, getEntry would throw).
        assertThat(Tabellen.termijn(tabel, "aanmelding", "intake", "PO")).doesNotContainKey(WettelijkeTermijnen.GRONDSLAG)
                .containsKeys("aantal", "eenheid", "herinneringWerkdagen");
    }

    @Test
    @DisplayName("Termijn leest aantal, eenheid en herinnering nog op naam, naast de kolom Grondslag")
    void termijnenLeestDeTabelMetGrondslag() {
        VariableScope vo = TermijnenZonderEngine.proces("VO", Regio.MIDDEN);
        assertThat(termijnen.regel(vo, "zorgplicht", "arrangement")).isEqualTo(new TermijnRegel(6, Eenheid.WEKEN, 5));
        assertThat(termijnen.regel(vo, "intake", "aanmelding").eenheid()).isEqualTo(Eenheid.WERKDAGEN);
    }

    @Test
    @DisplayName("Precies deze rijen zijn wettelijk: zorgplicht, verlenging, verlengen, bezwaar en de beslistermijn op bezwaar, OPP (opstellen, jaarevaluatie), verzuim melden")
    void preciesDezeRijenZijnWettelijk() {
        Set<String> wettelijk = new TreeSet<>();
        for (String[] rij : regelsMetGrondslag(xml)) {
            wettelijk.add(rij[0] + "/" + rij[1]);
        }
        assertThat(wettelijk).containsExactlyInAnyOrder("arrangement/zorgplicht", "arrangement/zorgplichtVerlenging",
                "arrangement/verlengen", "arrangement/bezwaar", "arrangement/opp", "verzuim/melden",
                "arrangement/beslistermijnBezwaar", "arrangement/beslistermijnBezwaarAdviescommissie",
                "arrangement/bezwaarBeslissen", "opp/opstellen", "opp/jaarevaluatie", "toelating/zorgplicht", "toelating/zorgplichtVerlenging", "toelating/verlengen", "toelating/besluiten",
                "toelating/beslistermijnNaBezwaartermijn", "toelating/beslistermijnNaOntvangst",
                "toelating/bezwaarBeslissen", "jeugdhulpbesluit/bezwaarBeslissen", "besluitbezwaar/bezwaarBeslissen",
                "avgVerzoek/verzoekBehandelen", "avgVerzoek/verlengdVerzoekBehandelen");
        assertThat(WettelijkeTermijnen.TERMIJNEN).extracting(t -> t.proces() + "/" + t.stap() + ": " + t.aantal() + " "
                + t.eenheid()).containsExactlyInAnyOrder("arrangement/zorgplicht: 6 WEKEN",
                "arrangement/zorgplichtVerlenging: 4 WEKEN", "arrangement/verlengen: 0 WERKDAGEN",
                "arrangement/bezwaar: 6 WEKEN", "arrangement/opp: 6 WEKEN", "verzuim/melden: 5 WERKDAGEN",
                "opp/opstellen: 6 WEKEN", "opp/jaarevaluatie: 11 MAANDEN",
                "arrangement/beslistermijnBezwaar: 6 WEKEN", "arrangement/beslistermijnBezwaarAdviescommissie: 12 WEKEN",
                "arrangement/bezwaarBeslissen: 0 WERKDAGEN",
                "toelating/zorgplicht: 6 WEKEN", "toelating/zorgplichtVerlenging: 4 WEKEN",
                "toelating/verlengen: 0 WERKDAGEN", "toelating/besluiten: 0 WERKDAGEN",
                "toelating/beslistermijnNaBezwaartermijn: 4 WEKEN", "toelating/beslistermijnNaOntvangst: 4 WEKEN",
                "toelating/bezwaarBeslissen: 0 WERKDAGEN", "jeugdhulpbesluit/bezwaarBeslissen: 0 WERKDAGEN",
                "besluitbezwaar/bezwaarBeslissen: 0 WERKDAGEN", "avgVerzoek/verzoekBehandelen: 1 MAANDEN",
                "avgVerzoek/verlengdVerzoekBehandelen: 0 WERKDAGEN");
        assertThat(WettelijkeTermijnen.afwijkingen(Tabellen.ENGINE, Tabellen.model(xml))).isEmpty();
    }

    @Nested
    @DisplayName("Zorgplicht bij toelating (WPO art. 40, WEC art. 40, WVO 2020)")
    class Zorgplicht {

        @Test
        @DisplayName("zorgplicht: 6 weken na ontvangst van de schriftelijke aanmelding (WPO art. 40; WEC art. 40)")
        void zorgplicht_zesWeken_WPOart40lid6_WECart40lid7() {
            wettelijk("arrangement", "zorgplicht", 6, "weken", "WPO art. 40", "WEC art. 40", "WVO 2020");
            // Aanmelding received Mon 12 Jan 2026: Mon 23 Feb 2026, also in the north's voorjaarsvakantie.
            assertThat(deadline("arrangement", "zorgplicht", of(2026, 1, 12), Regio.NOORD)).isEqualTo(of(2026, 2, 23));
            // Received Thu 2 Apr 2026: 6 weeks end on Hemelvaartsdag, Thu 14 May: Fri 15 May (Algemene termijnenwet art. 1).
            assertThat(deadline("arrangement", "zorgplicht", of(2026, 4, 2), Regio.ZUID)).isEqualTo(of(2026, 5, 15));
        }

        @Test
        @DisplayName("zorgplichtVerlenging: eenmaal met ten hoogste 4 weken (WPO art. 40; WEC art. 40)")
        void zorgplichtVerlenging_vierWeken_WPOart40lid6_WECart40lid7() {
            wettelijk("arrangement", "zorgplichtVerlenging", 4, "weken", "WPO art. 40", "WEC art. 40");
            // From the zorgplicht's end on Mon 23 Feb 2026: Mon 23 Mar 2026, 10 weeks after the aanmelding.
            assertThat(deadline("arrangement", "zorgplichtVerlenging", of(2026, 2, 23), Regio.MIDDEN))
                    .isEqualTo(of(2026, 3, 23));
        }

        @Test
        @DisplayName("verlengen: uiterlijk op de laatste dag van de 6 weken; daarna kan verlengen niet meer (WPO art. 40)")
        void verlengen_uiterlijkOpDeZorgplichtdatum_WPOart40lid6() {
            wettelijk("arrangement", "verlengen", 0, "werkdagen", "WPO art. 40", "WEC art. 40");
            // Counted from the zorgplicht's end (a werkdag): that day itself, never later.
            assertThat(deadline("arrangement", "verlengen", of(2026, 5, 15), Regio.ZUID)).isEqualTo(of(2026, 5, 15));
            assertThat(deadline("arrangement", "verlengen", of(2026, 2, 23), Regio.NOORD)).isEqualTo(of(2026, 2, 23));
        }

        @Test
        @DisplayName("toelating: het bestuur beslist binnen 6 weken, eenmaal +4 weken, verlengen en besluiten uiterlijk op de laatste dag (WPO art. 40; WEC art. 40)")
        void toelating_zesWekenEenmaalVier_WPOart40_WECart40() {
            wettelijk("toelating", "zorgplicht", 6, "weken", "WPO art. 40", "WEC art. 40", "WVO 2020");
            wettelijk("toelating", "zorgplichtVerlenging", 4, "weken", "WPO art. 40", "WEC art. 40");
            wettelijk("toelating", "verlengen", 0, "werkdagen", "WPO art. 40");
            wettelijk("toelating", "besluiten", 0, "werkdagen", "WPO art. 40");
            // On a refusal: an openbare basisschool's board decides 4 weeks after the objection term ends (WPO art. 40
            // lid 12, not Awb art. 7:10's 6); a bijzondere one, and every VO board, 4 weeks after receipt (WPO art. 63
            // lid 2; WVO 2020 art. 8.8). Which applies: toelating.Bezwaarregel.
            wettelijk("toelating", "beslistermijnNaBezwaartermijn", 4, "weken", "WPO art. 40 lid 12");
            wettelijk("toelating", "beslistermijnNaOntvangst", 4, "weken", "WPO art. 63 lid 2", "WVO 2020 art. 8.8");
            wettelijk("toelating", "bezwaarBeslissen", 0, "werkdagen", "WPO art. 40 lid 12", "WPO art. 63",
                    "WVO 2020 art. 8.8");
            // Objection term ended Mon 21 Dec 2026: 4 weeks end Mon 18 Jan 2027; received Thu 3 Dec 2026: Thu 31 Dec.
            assertThat(deadline("toelating", "beslistermijnNaBezwaartermijn", of(2026, 12, 21), Regio.MIDDEN))
                    .isEqualTo(of(2027, 1, 18));
            assertThat(deadline("toelating", "beslistermijnNaOntvangst", of(2026, 12, 3), Regio.MIDDEN))
                    .isEqualTo(of(2026, 12, 31));
            // Received Thu 2 Apr 2026: 6 weeks end on Hemelvaartsdag, Thu 14 May: Fri 15 May (Algemene termijnenwet art. 1).
            assertThat(deadline("toelating", "zorgplicht", of(2026, 4, 2), Regio.ZUID)).isEqualTo(of(2026, 5, 15));
            // Received Mon 12 Jan 2026: Mon 23 Feb, in the north's voorjaarsvakantie too; extended: Mon 23 Mar (10 weeks).
            assertThat(deadline("toelating", "zorgplicht", of(2026, 1, 12), Regio.NOORD)).isEqualTo(of(2026, 2, 23));
            assertThat(deadline("toelating", "zorgplichtVerlenging", of(2026, 2, 23), Regio.NOORD)).isEqualTo(of(2026, 3, 23));
            // The last day of the term itself, never later.
            assertThat(deadline("toelating", "verlengen", of(2026, 5, 15), Regio.ZUID)).isEqualTo(of(2026, 5, 15));
            assertThat(deadline("toelating", "besluiten", of(2026, 5, 15), Regio.ZUID)).isEqualTo(of(2026, 5, 15));
        }
    }

    @Test
    @DisplayName("bezwaar: 6 weken na bekendmaking van het besluit (Awb art. 6:7, begin art. 6:8)")
    void bezwaar_zesWeken_Awbart6_7() {
        wettelijk("arrangement", "bezwaar", 6, "weken", "Awb art. 6:7", "art. 6:8");
        // Made known Fri 13 Nov 2026: 6 weeks end on Eerste Kerstdag, Fri 25 Dec; the weekend follows: Mon 28 Dec.
        assertThat(deadline("arrangement", "bezwaar", of(2026, 11, 13), Regio.MIDDEN)).isEqualTo(of(2026, 12, 28));
        assertThat(deadline("arrangement", "bezwaar", of(2026, 11, 12), Regio.MIDDEN)).isEqualTo(of(2026, 12, 24));
    }

    /**
     * Issue 23: the letter starts the term. Awb art. 6:8: it begins the day after the letter was sent; art. 6:7: 6 weeks;
     * art. 6:9: in time when received on the last day, not the day after (a posted one: sent by then, received within a
     * week); a last day on a holiday or weekend moves to the next working day (Algemene termijnenwet art. 1).
     */
    @Test
    @DisplayName("bezwaartermijn vanaf de besluitbrief: laatste dag erin, de dag erna te laat (Awb art. 6:7, 6:8, 6:9)")
    void bezwaartermijnVanafDeBesluitbrief_Awbart6_7_6_8_6_9() {
        // Letter sent Wed 4 Nov 2026: the term runs Thu 5 Nov up to and including Wed 16 Dec.
        LocalDate laatsteDag = termijnen.bezwaartermijnLaatsteDag(Regio.MIDDEN, of(2026, 11, 4));
        assertThat(laatsteDag).isEqualTo(of(2026, 12, 16));
        assertThat(Bezwaartermijn.tijdig(laatsteDag, of(2026, 12, 16), null)).as("laatste dag").isTrue();
        assertThat(Bezwaartermijn.tijdig(laatsteDag, of(2026, 11, 5), null)).as("eerste dag").isTrue();
        assertThat(Bezwaartermijn.tijdig(laatsteDag, of(2026, 12, 17), null)).as("dag erna").isFalse();
        // Posted on the last day: in time when received within a week after it (art. 6:9 lid 2), not later.
        assertThat(Bezwaartermijn.tijdig(laatsteDag, of(2026, 12, 23), of(2026, 12, 16))).isTrue();
        assertThat(Bezwaartermijn.tijdig(laatsteDag, of(2026, 12, 24), of(2026, 12, 16))).isFalse();
        assertThat(Bezwaartermijn.tijdig(laatsteDag, of(2026, 12, 18), of(2026, 12, 17))).as("te laat gepost").isFalse();
        assertThat(Bezwaartermijn.wachtenTot(laatsteDag)).isEqualTo(of(2026, 12, 23));
        // Sent Fri 13 Nov: the last day would be Eerste Kerstdag, the weekend follows: Mon 28 Dec.
        assertThat(termijnen.bezwaartermijnLaatsteDag(Regio.MIDDEN, of(2026, 11, 13))).isEqualTo(of(2026, 12, 28));
    }

    @Test
    @DisplayName("beslissen op bezwaar: 6 weken, met een adviescommissie (TLV: de LBT) 12, na afloop van de bezwaartermijn (Awb art. 7:10 lid 1, 7:13)")
    void beslistermijnBezwaar_zesOfTwaalfWeken_Awbart7_10() {
        wettelijk("arrangement", "beslistermijnBezwaar", 6, "weken", "Awb art. 7:10 lid 1");
        wettelijk("arrangement", "beslistermijnBezwaarAdviescommissie", 12, "weken", "Awb art. 7:10 lid 1", "7:13");
        wettelijk("arrangement", "bezwaarBeslissen", 0, "werkdagen", "Awb art. 7:10 lid 1");
        // The home gemeente's objection step on jeugdhulp (process jeugdhulpbesluit): the same rule.
        wettelijk("jeugdhulpbesluit", "bezwaarBeslissen", 0, "werkdagen", "Awb art. 7:10 lid 1");
        // The SWV's objection step after a school change (process besluitbezwaar): the same rule.
        wettelijk("besluitbezwaar", "bezwaarBeslissen", 0, "werkdagen", "Awb art. 7:10 lid 1");
        // Objection term ended Mon 28 Dec 2026: 6 weeks from the day after, Mon 8 Feb 2027; 12 weeks: Mon 22 Mar 2027.
        assertThat(deadline("arrangement", "beslistermijnBezwaar", of(2026, 12, 28), Regio.MIDDEN)).isEqualTo(of(2027, 2, 8));
        assertThat(deadline("arrangement", "beslistermijnBezwaarAdviescommissie", of(2026, 12, 28), Regio.MIDDEN))
                .isEqualTo(of(2027, 3, 22));
        // The objection task: due on that last day itself, never later.
        assertThat(deadline("arrangement", "bezwaarBeslissen", of(2027, 2, 8), Regio.MIDDEN)).isEqualTo(of(2027, 2, 8));
        assertThat(deadline("jeugdhulpbesluit", "bezwaarBeslissen", of(2027, 2, 8), Regio.MIDDEN)).isEqualTo(of(2027, 2, 8));
        assertThat(deadline("besluitbezwaar", "bezwaarBeslissen", of(2027, 2, 8), Regio.MIDDEN)).isEqualTo(of(2027, 2, 8));
    }

    @Test
    @DisplayName("opp: het ontwikkelingsperspectief uiterlijk 6 weken na inschrijving (WPO art. 40a; WEC art. 41a)")
    void opp_zesWeken_WPOart40a_WECart41a() {
        wettelijk("arrangement", "opp", 6, "weken", "WPO art. 40a", "WEC art. 41a", "WVO 2020");
        // From Mon 13 Apr 2026: Mon 25 May is Tweede Pinksterdag, so Tue 26 May.
        assertThat(deadline("arrangement", "opp", of(2026, 4, 13), Regio.NOORD)).isEqualTo(of(2026, 5, 26));
    }

    @Test
    @DisplayName("opp opstellen: na OOGO met de ouders, uiterlijk 6 weken na de plaatsing (WPO art. 40a; WEC art. 41a)")
    void oppOpstellen_zesWeken_WPOart40a_WECart41a() {
        wettelijk("opp", "opstellen", 6, "weken", "WPO art. 40a", "WEC art. 41a", "WVO 2020", "overeenstemming");
        // From Mon 13 Apr 2026: Mon 25 May is Tweede Pinksterdag, so Tue 26 May; a day earlier: Fri 22 May.
        assertThat(deadline("opp", "opstellen", of(2026, 4, 13), Regio.NOORD)).isEqualTo(of(2026, 5, 26));
        assertThat(deadline("opp", "opstellen", of(2026, 4, 10), Regio.NOORD)).isEqualTo(of(2026, 5, 22));
    }

    @Test
    @DisplayName("opp jaarevaluatie: minstens eens per schooljaar met de ouders, moment na 11 maanden (WPO art. 40a; WEC art. 41a)")
    void oppJaarevaluatie_elfMaanden_WPOart40a_WECart41a() {
        wettelijk("opp", "jaarevaluatie", 11, "maanden", "WPO art. 40a", "WEC art. 41a", "eenmaal per schooljaar");
        // Vastgesteld Tue 1 Dec 2026: the evaluation moment is Mon 1 Nov 2027, well within a year.
        assertThat(deadline("opp", "jaarevaluatie", of(2026, 12, 1), Regio.NOORD)).isEqualTo(of(2027, 11, 1));
    }

    @Test
    @DisplayName("verzuim melden: onverwijld, binnen 5 werkdagen na de 16 uur (Leerplichtwet 1969 art. 21 en 21a)")
    void verzuimMelden_vijfWerkdagen_Leerplichtwet1969art21a() {
        wettelijk("verzuim", "melden", 5, "werkdagen", "Leerplichtwet 1969 art. 21 en 21a", "onverwijld");
        // 16 hours reached on Fri 19 Dec 2025: the kerstvakantie counts, the feestdagen do not: Tue 30 Dec.
        assertThat(deadline("verzuim", "melden", of(2025, 12, 19), Regio.ZUID)).isEqualTo(of(2025, 12, 30));
        // Reached on Fri 24 Apr 2026: the meivakantie counts, Koningsdag (Mon 27 Apr) does not: Mon 4 May.
        assertThat(deadline("verzuim", "melden", of(2026, 4, 24), Regio.MIDDEN)).isEqualTo(of(2026, 5, 4));
    }

    @Test
    @DisplayName("AVG-verzoek van het gezin: antwoorden binnen een maand na ontvangst, verlengd uiterlijk op de verlengde datum (AVG art. 12 lid 3)")
    void avgVerzoek_eenMaand_AVGart12lid3() {
        wettelijk("avgVerzoek", "verzoekBehandelen", 1, "maanden", "AVG art. 12 lid 3", "een maand na ontvangst");
        wettelijk("avgVerzoek", "verlengdVerzoekBehandelen", 0, "werkdagen", "AVG art. 12 lid 3", "verlengde datum");
        // Received Tue 1 Dec 2026: Fri 1 Jan 2027 is Nieuwjaarsdag, so Mon 4 Jan 2027 (EU Reg. 1182/71 art. 3 lid 4 and
        // the Algemene termijnenwet alike: the next werkdag).
        assertThat(deadline("avgVerzoek", "verzoekBehandelen", of(2026, 12, 1), Regio.MIDDEN)).isEqualTo(of(2027, 1, 4));
        // Received Fri 15 Jan 2027: Mon 15 Feb 2027; the last day of a short month: 31 Jan → 28 Feb 2027 (a Sunday) → 1 Mar.
        assertThat(deadline("avgVerzoek", "verzoekBehandelen", of(2027, 1, 15), Regio.NOORD)).isEqualTo(of(2027, 2, 15));
        assertThat(deadline("avgVerzoek", "verzoekBehandelen", of(2027, 1, 31), Regio.NOORD)).isEqualTo(of(2027, 3, 1));
        // The extended task is due on the extension's date itself, a werkdag.
        assertThat(deadline("avgVerzoek", "verlengdVerzoekBehandelen", of(2027, 3, 1), Regio.ZUID)).isEqualTo(of(2027, 3, 1));
    }

    @Test
    @DisplayName("Een onbekende stap heeft geen termijn: dan meldt Termijn wat er ontbreekt")
    void eenOnbekendeStapHeeftGeenTermijn() {
        assertThat(Tabellen.termijn(tabel, "aanmelding", "bestaatNiet", "PO")).isNull();
    }

    /** The row counts for every onderwijssoort (and none) with these values, and names its law. */
    /**
     * The jeugdhulp decision (process jeugdhulpbesluit): the Jeugdwet has no term of its own, so Awb art. 4:13 applies,
     * a reasonable term of at most 8 weeks after receipt. A local row (the gemeente may set a shorter reasonable term),
     * by default the maximum, never longer; counted from the day of receipt.
     */
    @Test
    @DisplayName("jeugdhulpbesluit: een redelijke termijn van ten hoogste 8 weken na ontvangst (Awb art. 4:13), standaard 8")
    void jeugdhulpbesluit_tenHoogsteAchtWeken_Awb_art_4_13() {
        for (String soort : WettelijkeTermijnen.ONDERWIJSSOORTEN) {
            DmnDecisionResultEntries rij = Tabellen.termijn(tabel, "jeugdhulpbesluit", "besluiten", soort);
            assertThat(rij).as("jeugdhulpbesluit/besluiten voor " + soort).isNotNull();
            assertThat((String) rij.getEntry("eenheid")).isEqualTo("weken");
            assertThat(((Number) rij.getEntry("aantal")).intValue()).as("Awb art. 4:13 lid 2: ten hoogste 8 weken")
                    .isBetween(1, 8).isEqualTo(8);
            assertThat(rij).as("lokaal: de gemeente mag korter").doesNotContainKey(WettelijkeTermijnen.GRONDSLAG);
        }
        // Received Tue 3 Nov 2026: the last day is Tue 29 Dec 2026, 8 weeks later, not a day more.
        assertThat(deadline("jeugdhulpbesluit", "besluiten", of(2026, 11, 3), Regio.MIDDEN)).isEqualTo(of(2026, 12, 29));
    }

    private static void wettelijk(String proces, String stap, int aantal, String eenheid, String... grondslag) {
        for (String soort : WettelijkeTermijnen.ONDERWIJSSOORTEN) {
            DmnDecisionResultEntries rij = Tabellen.termijn(tabel, proces, stap, soort);
            assertThat(rij).as(proces + "/" + stap + " voor " + soort).isNotNull();
            assertThat(((Number) rij.getEntry("aantal")).intValue()).as("aantal voor " + soort).isEqualTo(aantal);
            assertThat((String) rij.getEntry("eenheid")).as("eenheid voor " + soort).isEqualTo(eenheid);
            assertThat((String) rij.get(WettelijkeTermijnen.GRONDSLAG)).as("grondslag voor " + soort)
                    .contains(grondslag);
        }
    }

    private static LocalDate deadline(String proces, String stap, LocalDate vanaf, Regio regio) {
        return termijnen.deadline(TermijnenZonderEngine.proces("PO", regio), proces, stap, vanaf);
    }

    /** Proces and stap of every row with a grondslag. */
    static List<String[]> regelsMetGrondslag(String xml) {
        List<String[]> rijen = new ArrayList<>();
        var model = Tabellen.model(xml);
        var decisionTable = model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
                .iterator().next();
        List<String> uitvoer = decisionTable.getOutputs().stream().map(o -> o.getName()).toList();
        int kolom = uitvoer.indexOf(WettelijkeTermijnen.GRONDSLAG);
        for (var regel : decisionTable.getRules()) {
            var uit = List.copyOf(regel.getOutputEntries());
            var in = List.copyOf(regel.getInputEntries());
            if (!uit.get(kolom).getText().getTextContent().isBlank()) {
                rijen.add(new String[] {WettelijkeTermijnen.letterlijk(in.get(0).getText().getTextContent().trim()),
                        WettelijkeTermijnen.letterlijk(in.get(1).getText().getTextContent().trim())});
            }
        }
        return rijen;
    }
}
