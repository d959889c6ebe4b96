package nl.eenplan.verzuim;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.termijn.Schoolkalender;
import nl.eenplan.termijn.SchoolkalenderLezer;
import nl.eenplan.verzuim.Verzuimregels.Dag;
import nl.eenplan.verzuim.Verzuimregels.EerdereMelding;
import nl.eenplan.verzuim.Verzuimregels.Signaal;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The reporting rules on the real school calendar, region midden, autumn 2026 (herfstvakantie
 * 17-25 October). Weeks used: Mon 2, 9, 16, 23 and 30 November, 7 and 14 December. Each rule's source is in the test
 * name or its comment: Leerplichtwet 1969 (Lpw), DUO's "Soorten verzuim" and verzuimhulp (DUO).
 */
class VerzuimregelsTest {

    static final Schoolkalender KALENDER = SchoolkalenderLezer.lees(new DefaultResourceLoader(), "classpath:kalender/");
    static final Verzuimregels REGELS = new Verzuimregels(KALENDER, Regio.MIDDEN);
    static final LocalDate JONG = of(2013, 5, 1);

    @Test
    void lpwArt21a_precies16UurIsEenMelding() {
        var signalen = REGELS.toets(uren("4", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4), of(2026, 11, 5)),
                List.of(), JONG);
        assertThat(signalen).containsExactly(zestien(of(2026, 11, 2), of(2026, 11, 5), "16"));
    }

    @Test
    void vijftienEnEenHalfUurIsGeenMelding() {
        List<Dag> dagen = new ArrayList<>(uren("4", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4)));
        dagen.add(dag(of(2026, 11, 5), "3.5"));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).isEmpty();
    }

    @Test
    void deHerfstvakantieTeltNiet() {
        // Mon 5 Oct to Mon 2 Nov is more than 4 calendar weeks, but only 4 lesweken: the holiday week is skipped.
        var signalen = REGELS.toets(List.of(dag(of(2026, 10, 5), "8"), dag(of(2026, 11, 2), "8")), List.of(), JONG);
        assertThat(signalen).containsExactly(zestien(of(2026, 10, 5), of(2026, 11, 2), "16"));

        // One school day earlier and the first 8 hours fall outside the 4 lesweken.
        assertThat(REGELS.toets(List.of(dag(of(2026, 9, 28), "8"), dag(of(2026, 11, 2), "8")), List.of(), JONG))
                .isEmpty();
    }

    @Test
    void deVakantieVanDeRegioTelt() {
        // Region noord has its herfstvakantie a week earlier (10-18 Oct): there Mon 28 Sep is inside the 4 lesweken.
        var noord = new Verzuimregels(KALENDER, Regio.NOORD);
        assertThat(noord.toets(List.of(dag(of(2026, 9, 28), "8"), dag(of(2026, 10, 26), "8")), List.of(), JONG))
                .extracting(Signaal::van).containsExactly(of(2026, 9, 28));
    }

    @Test
    void duo_eenLeerlingDieDoorlopendVerzuimtKrijgtHoogstensEenMeldingPer7Dagen() {
        // 6 hours every lesdag, 2 to 20 November.
        var signalen = REGELS.toets(uren("6", lesdagen(of(2026, 11, 2), of(2026, 11, 20))), List.of(), JONG);
        assertThat(signalen).containsExactly(
                zestien(of(2026, 11, 2), of(2026, 11, 4), "18"),
                // 16 hours were reached again on Mon 9 Nov, but the report waits until 7 days after the last.
                zestien(of(2026, 11, 5), of(2026, 11, 11), "30"),
                zestien(of(2026, 11, 12), of(2026, 11, 18), "30"));
    }

    @Test
    void naEenMeldingBegintHetTellenOpnieuw() {
        List<Dag> dagen = new ArrayList<>(uren("6", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4)));
        dagen.addAll(uren("8", of(2026, 11, 16), of(2026, 11, 17)));
        var eerder = List.of(new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 2), of(2026, 11, 4)));
        assertThat(REGELS.toets(dagen, eerder, JONG))
                .containsExactly(zestien(of(2026, 11, 16), of(2026, 11, 17), "16"));
        // Without the new hours there is nothing new to report.
        assertThat(REGELS.toets(dagen.subList(0, 3), eerder, JONG)).isEmpty();
    }

    @Test
    void vanafDe18eVerjaardagTeltVerzuimNietMeer() {
        List<Dag> dagen = uren("4", lesdagen(of(2026, 11, 2), of(2026, 11, 6)));
        // Turns 18 on Thu 5 Nov: only Mon to Wed (12 hours) count.
        assertThat(REGELS.toets(dagen, List.of(), of(2008, 11, 5))).isEmpty();
        // Turns 18 on Fri 6 Nov: Mon to Thu count, 16 hours.
        assertThat(REGELS.toets(dagen, List.of(), of(2008, 11, 6)))
                .containsExactly(zestien(of(2026, 11, 2), of(2026, 11, 5), "16"));
    }

    @Test
    void duoLrv_meerDan4LeswekenHeleDagenWeg_isLangdurigRelatiefVerzuim() {
        // Whole days away 2 Nov to 4 Dec: weekly 16-uur reports until the 21st school-week day (Mon 30 Nov), then
        // one LRV from the first day, open; nothing more while it is open.
        List<Dag> dagen = heleDagen(lesdagen(of(2026, 11, 2), of(2026, 12, 4)));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).containsExactly(
                zestien(of(2026, 11, 2), of(2026, 11, 4), "18"),
                zestien(of(2026, 11, 5), of(2026, 11, 11), "30"),
                zestien(of(2026, 11, 12), of(2026, 11, 18), "30"),
                zestien(of(2026, 11, 19), of(2026, 11, 25), "30"),
                new Signaal(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 2), of(2026, 11, 30), new BigDecimal("126")));
        // The 20th school-week day (Fri 27 Nov) is exactly 4 lesweken: not more than 4, no LRV yet.
        assertThat(REGELS.toets(heleDagen(lesdagen(of(2026, 11, 2), of(2026, 11, 27))), List.of(), JONG))
                .noneMatch(s -> s.soort() == Meldingsoort.LANGDURIG_RELATIEF);
    }

    @Test
    void duoLrv_tweeUurPerDagGedurende21DagenIsGeenLangdurigRelatiefVerzuim() {
        // 2 hours every lesdag for 21 school days (2 to 30 Nov) and on: 16-uur reports only, no LRV, no thuiszitter.
        List<Dag> dagen = uren("2", lesdagen(of(2026, 11, 2), of(2026, 12, 4)));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).containsExactly(
                zestien(of(2026, 11, 2), of(2026, 11, 11), "16"),
                zestien(of(2026, 11, 12), of(2026, 11, 23), "16"),
                zestien(of(2026, 11, 24), of(2026, 12, 3), "16"));
        assertThat(REGELS.thuiszitters(dagen, List.of(), JONG, false)).isEmpty();
    }

    @Test
    void duoVerzuimhulp_deVijfdeHerhaalmeldingWordtLangdurigRelatiefVerzuim() {
        // 6 hours (not every lesson) every lesdag 2 Nov to 18 Dec: the first report and 4 repeats, then the 5th
        // repeat (Wed 9 Dec) is an LRV from the first day of the continuing absence.
        List<Dag> dagen = uren("6", lesdagen(of(2026, 11, 2), of(2026, 12, 18)));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).containsExactly(
                zestien(of(2026, 11, 2), of(2026, 11, 4), "18"),
                zestien(of(2026, 11, 5), of(2026, 11, 11), "30"),
                zestien(of(2026, 11, 12), of(2026, 11, 18), "30"),
                zestien(of(2026, 11, 19), of(2026, 11, 25), "30"),
                zestien(of(2026, 11, 26), of(2026, 12, 2), "30"),
                new Signaal(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 2), of(2026, 12, 9), new BigDecimal("168")));
        // Registered day by day it is the same: the reports made before count as the repeats.
        var eerder = List.of(new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 2), of(2026, 11, 4)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 5), of(2026, 11, 11)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 12), of(2026, 11, 18)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 19), of(2026, 11, 25)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 26), of(2026, 12, 2)));
        assertThat(REGELS.toets(dagen, eerder, JONG)).containsExactly(
                new Signaal(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 2), of(2026, 12, 9), new BigDecimal("168")));
        // The limit is a setting (eenplan.verzuim.max-herhalingen): with 2 repeats the LRV comes on Wed 25 Nov.
        assertThat(new Verzuimregels(KALENDER, Regio.MIDDEN, 2, true).toets(dagen, List.of(), JONG))
                .extracting(Signaal::soort, Signaal::tot).containsExactly(
                        tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 4)), tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 11)),
                        tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 18)),
                        tuple(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 25)));
    }

    @Test
    void eenLesdagZonderVerzuimBeeindigtHetAanhoudendVerzuim() {
        // As above, but on school on Thu 26 Nov: the report of 2 Dec starts a new continuing absence, so no LRV.
        List<Dag> dagen = new ArrayList<>(uren("6", lesdagen(of(2026, 11, 2), of(2026, 12, 18))));
        dagen.removeIf(d -> d.datum().equals(of(2026, 11, 26)));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).extracting(Signaal::soort, Signaal::van).containsExactly(
                tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 2)), tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 5)),
                tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 12)), tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 19)),
                tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 27)), tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 12, 3)),
                tuple(Meldingsoort.ZESTIEN_UUR, of(2026, 12, 10)));
    }

    @Test
    void duoLrv_openTotDeTerugkeer_daarnaBegintHetTellenOpnieuw() {
        List<Dag> dagen = new ArrayList<>(heleDagen(lesdagen(of(2026, 11, 2), of(2026, 12, 11))));
        var zestienUur = List.of(new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 2), of(2026, 11, 4)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 5), of(2026, 11, 11)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 12), of(2026, 11, 18)),
                new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 19), of(2026, 11, 25)));
        // Open (no end date): two more weeks away give no 16-uur report and no second LRV.
        var open = new ArrayList<>(zestienUur);
        open.add(new EerdereMelding(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 2), null, of(2026, 11, 30), false));
        assertThat(REGELS.toets(dagen, open, JONG)).isEmpty();
        // Back at school Mon 14 Dec (end date Fri 11 Dec); away again 4 hours a day from Tue 15 Dec: counting starts
        // again after the LRV, a new 16-uur report from the first day after it.
        var gesloten = new ArrayList<>(zestienUur);
        gesloten.add(new EerdereMelding(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 2), of(2026, 12, 11),
                of(2026, 11, 30), false));
        dagen.addAll(uren("4", of(2026, 12, 15), of(2026, 12, 16), of(2026, 12, 17), of(2026, 12, 18)));
        assertThat(REGELS.toets(dagen, gesloten, JONG)).containsExactly(zestien(of(2026, 12, 15), of(2026, 12, 18), "16"));
        // While it was still open, those days gave nothing.
        assertThat(REGELS.toets(dagen, open, JONG)).isEmpty();
    }

    @Test
    void thuiszitter_meerDan4LeswekenZonderOnderwijs_eenSignaalPerReeks() {
        List<Dag> dagen = heleDagen(lesdagen(of(2026, 11, 2), of(2026, 12, 4)));
        assertThat(REGELS.thuiszitters(dagen, List.of(), JONG, false))
                .containsExactly(new Verzuimregels.Thuiszitten(of(2026, 11, 2), of(2026, 11, 30)));
        // Recorded already (open): no second signal.
        var open = List.of(new Verzuimregels.EerderThuiszitten(of(2026, 11, 2), null));
        assertThat(REGELS.thuiszitters(dagen, open, JONG, false)).isEmpty();
        // Exactly 4 lesweken is not more than 4.
        assertThat(REGELS.thuiszitters(heleDagen(lesdagen(of(2026, 11, 2), of(2026, 11, 27))), List.of(), JONG, false))
                .isEmpty();
    }

    @Test
    void thuiszitter_luxeDagenMakenGeenThuiszitter() {
        List<Dag> luxe = lesdagen(of(2026, 11, 2), of(2026, 12, 4)).stream()
                .map(d -> new Dag(d, new BigDecimal("6"), Verzuimsoort.LUXE, true)).toList();
        assertThat(REGELS.thuiszitters(luxe, List.of(), JONG, false)).isEmpty();
        assertThat(REGELS.toets(luxe, List.of(), JONG)).extracting(Signaal::soort)
                .containsExactly(Meldingsoort.LUXE);
        // One luxe day in a run of whole days breaks it (12 + 12 days), as a day on school does.
        List<Dag> gemengd = new ArrayList<>(heleDagen(lesdagen(of(2026, 11, 2), of(2026, 12, 4))));
        gemengd.replaceAll(d -> d.datum().equals(of(2026, 11, 18))
                ? new Dag(d.datum(), d.uren(), Verzuimsoort.LUXE, true) : d);
        assertThat(REGELS.thuiszitters(gemengd, List.of(), JONG, false)).isEmpty();
        assertThat(REGELS.toets(gemengd, List.of(), JONG)).noneMatch(s -> s.soort() == Meldingsoort.LANGDURIG_RELATIEF);
    }

    @Test
    void eenDagOpSchoolOnderbreektDeReeks() {
        List<Dag> dagen = new ArrayList<>(heleDagen(lesdagen(of(2026, 11, 2), of(2026, 12, 4))));
        dagen.removeIf(d -> d.datum().equals(of(2026, 11, 16)));
        assertThat(REGELS.thuiszitters(dagen, List.of(), JONG, false)).isEmpty();
        assertThat(REGELS.toets(dagen, List.of(), JONG)).noneMatch(s -> s.soort() == Meldingsoort.LANGDURIG_RELATIEF);
    }

    @Test
    void eenFeestdagOnderbreektDeReeksNiet() {
        // Hemelvaart (Thu 6 May 2027) and Tweede Pinksterdag (Mon 17 May) are no lesdagen: the run goes on.
        List<Dag> dagen = heleDagen(lesdagen(of(2027, 5, 3), of(2027, 6, 4)));
        assertThat(dagen).extracting(Dag::datum).doesNotContain(of(2027, 5, 6));
        assertThat(REGELS.thuiszitters(dagen, List.of(), JONG, false)).extracting(Verzuimregels.Thuiszitten::sinds)
                .containsExactly(of(2027, 5, 3));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).filteredOn(s -> s.soort() == Meldingsoort.LANGDURIG_RELATIEF)
                .extracting(Signaal::van).containsExactly(of(2027, 5, 3));
    }

    @Test
    void webArt831_rmcVanaf18eVerjaardag() {
        List<Dag> dagen = uren("4", lesdagen(of(2026, 11, 2), of(2026, 11, 6)));
        // 18 on Mon 2 Nov: every day is RMC's, 16 hours on Thu 5 Nov.
        assertThat(REGELS.toets(dagen, List.of(), of(2008, 11, 2))).containsExactly(
                new Signaal(Meldingsoort.RMC, of(2026, 11, 2), of(2026, 11, 5), new BigDecimal("16")));
        // 18 on Tue 3 Nov: Monday is still leerplicht's (kwalificatieplicht), Tuesday to Friday make 16 RMC hours.
        assertThat(REGELS.toets(dagen, List.of(), of(2008, 11, 3))).containsExactly(
                new Signaal(Meldingsoort.RMC, of(2026, 11, 3), of(2026, 11, 6), new BigDecimal("16")));
    }

    @Test
    void webArt831_rmcTotDe23eVerjaardag() {
        List<Dag> dagen = uren("4", lesdagen(of(2026, 11, 2), of(2026, 11, 6)));
        // 23 on Thu 5 Nov: only Mon to Wed (12 hours) are RMC's.
        assertThat(REGELS.toets(dagen, List.of(), of(2003, 11, 5))).isEmpty();
        // 23 on Fri 6 Nov: Mon to Thu, 16 hours.
        assertThat(REGELS.toets(dagen, List.of(), of(2003, 11, 6))).containsExactly(
                new Signaal(Meldingsoort.RMC, of(2026, 11, 2), of(2026, 11, 5), new BigDecimal("16")));
    }

    @Test
    void webArt831_rmcAlleenZonderStartkwalificatie_enAlsDeInstallatieHetMeldt() {
        List<Dag> dagen = uren("4", lesdagen(of(2026, 11, 2), of(2026, 11, 6)));
        LocalDate negentien = of(2007, 6, 1);
        assertThat(REGELS.toets(dagen, List.of(), negentien, true)).isEmpty();
        assertThat(REGELS.toets(dagen, List.of(), negentien, false)).extracting(Signaal::soort)
                .containsExactly(Meldingsoort.RMC);
        // DUO: reporting 18-plus is not mandatory; an installation may turn it off (eenplan.verzuim.rmc-melden).
        assertThat(new Verzuimregels(KALENDER, Regio.MIDDEN, 4, false).toets(dagen, List.of(), negentien, false))
                .isEmpty();
    }

    @Test
    void luxeVerzuimWordtMeteenGemeld() {
        List<Dag> dagen = List.of(new Dag(of(2026, 12, 14), new BigDecimal("6"), Verzuimsoort.LUXE, true),
                new Dag(of(2026, 12, 15), new BigDecimal("6"), Verzuimsoort.LUXE, true));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).containsExactly(
                new Signaal(Meldingsoort.LUXE, of(2026, 12, 14), of(2026, 12, 15), new BigDecimal("12")));
        // A day added to a reported run does not give a second report.
        var eerder = List.of(new EerdereMelding(Meldingsoort.LUXE, of(2026, 12, 14), of(2026, 12, 14)));
        assertThat(REGELS.toets(dagen, eerder, JONG)).isEmpty();
    }

    @Test
    void eenIngetrokkenMeldingZetDeTellingNietTerug_domainSectie5() {
        // 16 hours 2-5 Nov, the draft withdrawn; then 4 more hours on Mon 9 Nov.
        List<Dag> dagen = new ArrayList<>(uren("4", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4), of(2026, 11, 5)));
        var ingetrokken = List.of(new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 2), of(2026, 11, 5), true));
        // The withdrawn report is not drafted again for the same days.
        assertThat(REGELS.toets(dagen, ingetrokken, JONG)).isEmpty();
        // Its hours keep counting: Monday makes 20 hours within 4 lesweken, from the first day.
        dagen.add(dag(of(2026, 11, 9), "4"));
        assertThat(REGELS.toets(dagen, ingetrokken, JONG))
                .containsExactly(zestien(of(2026, 11, 2), of(2026, 11, 9), "20"));
        // A report that was sent does reset it (counting starts again the next day): Monday alone is 4 hours.
        var verstuurd = List.of(new EerdereMelding(Meldingsoort.ZESTIEN_UUR, of(2026, 11, 2), of(2026, 11, 5), false));
        assertThat(REGELS.toets(dagen, verstuurd, JONG)).isEmpty();
    }

    @Test
    void leerplichtwetArt3Lid1_verzuimVoorDeLeerplichtTeltNiet() {
        List<Dag> dagen = uren("4", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4), of(2026, 11, 5));
        // 5 on 31 October 2026: leerplichtig from 1 November; 5 on 1 November: from 1 December.
        assertThat(REGELS.toets(dagen, List.of(), of(2021, 10, 31))).hasSize(1);
        assertThat(REGELS.toets(dagen, List.of(), of(2021, 11, 1))).isEmpty();
    }

    @Test
    void leerplichtwetArt4a_16Of17MetStartkwalificatieWordtNietGemeld() {
        List<Dag> dagen = uren("4", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4), of(2026, 11, 5));
        LocalDate zeventien = of(2009, 6, 1);
        assertThat(REGELS.toets(dagen, List.of(), zeventien, true)).isEmpty();
        assertThat(REGELS.toets(dagen, List.of(), zeventien, false)).hasSize(1);
        // Still in the school year of the 16th birthday (16 on 1 Sep 2026, leerplichtig to 31 July 2027): reported.
        assertThat(REGELS.toets(dagen, List.of(), of(2010, 9, 1), true)).hasSize(1);
    }

    private static Signaal zestien(LocalDate van, LocalDate tot, String uren) {
        return new Signaal(Meldingsoort.ZESTIEN_UUR, van, tot, new BigDecimal(uren));
    }

    private static Dag dag(LocalDate datum, String uren) {
        return new Dag(datum, new BigDecimal(uren), Verzuimsoort.ONGEOORLOOFD, false);
    }

    private static List<Dag> uren(String uren, LocalDate... dagen) {
        return uren(uren, List.of(dagen));
    }

    private static List<Dag> uren(String uren, List<LocalDate> dagen) {
        return dagen.stream().map(d -> dag(d, uren)).toList();
    }

    private static List<Dag> heleDagen(List<LocalDate> dagen) {
        return dagen.stream().map(d -> new Dag(d, new BigDecimal("6"), Verzuimsoort.ONGEOORLOOFD, true)).toList();
    }

    private static List<LocalDate> lesdagen(LocalDate van, LocalDate tot) {
        List<LocalDate> dagen = new ArrayList<>();
        for (LocalDate d = van; !d.isAfter(tot); d = d.plusDays(1)) {
            if (KALENDER.isLesdag(d, Regio.MIDDEN)) {
                dagen.add(d);
            }
        }
        assertThat(dagen).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
        return dagen;
    }
}
