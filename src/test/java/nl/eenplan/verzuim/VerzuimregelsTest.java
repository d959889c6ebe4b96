package nl.eenplan.verzuim;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

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
 * 17-25 October). Weeks used: Mon 2, 9, 16, 23 and 30 November.
 */
class VerzuimregelsTest {

    static final Schoolkalender KALENDER = SchoolkalenderLezer.lees(new DefaultResourceLoader(), "classpath:kalender/");
    static final Verzuimregels REGELS = new Verzuimregels(KALENDER, Regio.MIDDEN);
    static final LocalDate JONG = of(2013, 5, 1);

    @Test
    void precies16UurIsEenMelding() {
        var signalen = REGELS.toets(uren("4", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4), of(2026, 11, 5)),
                List.of(), JONG);
        assertThat(signalen).containsExactly(relatief(of(2026, 11, 2), of(2026, 11, 5), "16"));
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
        assertThat(signalen).containsExactly(relatief(of(2026, 10, 5), of(2026, 11, 2), "16"));

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
    void eenLeerlingDieDoorlopendVerzuimtKrijgtHoogstensEenMeldingPer7Dagen() {
        // 6 hours every lesdag, 2 to 20 November.
        var signalen = REGELS.toets(uren("6", lesdagen(of(2026, 11, 2), of(2026, 11, 20))), List.of(), JONG);
        assertThat(signalen).containsExactly(
                relatief(of(2026, 11, 2), of(2026, 11, 4), "18"),
                // 16 hours were reached again on Mon 9 Nov, but the report waits until 7 days after the last.
                relatief(of(2026, 11, 5), of(2026, 11, 11), "30"),
                relatief(of(2026, 11, 12), of(2026, 11, 18), "30"));
    }

    @Test
    void naEenMeldingBegintHetTellenOpnieuw() {
        List<Dag> dagen = new ArrayList<>(uren("6", of(2026, 11, 2), of(2026, 11, 3), of(2026, 11, 4)));
        dagen.addAll(uren("8", of(2026, 11, 16), of(2026, 11, 17)));
        var eerder = List.of(new EerdereMelding(Meldingsoort.RELATIEF, of(2026, 11, 2), of(2026, 11, 4)));
        assertThat(REGELS.toets(dagen, eerder, JONG))
                .containsExactly(relatief(of(2026, 11, 16), of(2026, 11, 17), "16"));
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
                .containsExactly(relatief(of(2026, 11, 2), of(2026, 11, 5), "16"));
    }

    @Test
    void vierLesweken_nietOpSchool_isEenThuiszitter() {
        List<Dag> dagen = heleDagen(lesdagen(of(2026, 11, 2), of(2026, 12, 4)));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).filteredOn(s -> s.soort() != Meldingsoort.RELATIEF)
                .containsExactly(new Signaal(Meldingsoort.THUISZITTER, of(2026, 11, 2), of(2026, 11, 27),
                        new BigDecimal("120")));
        // Reported already: a longer run gives no second thuiszitter and no langdurig report.
        var eerder = List.of(new EerdereMelding(Meldingsoort.THUISZITTER, of(2026, 11, 2), of(2026, 11, 27)));
        assertThat(REGELS.toets(dagen, eerder, JONG)).filteredOn(s -> s.soort() != Meldingsoort.RELATIEF).isEmpty();
    }

    @Test
    void eenDagOpSchoolOnderbreektDeReeks() {
        List<Dag> dagen = new ArrayList<>(heleDagen(lesdagen(of(2026, 11, 2), of(2026, 11, 27))));
        dagen.removeIf(d -> d.datum().equals(of(2026, 11, 16)));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).filteredOn(s -> s.soort() == Meldingsoort.THUISZITTER)
                .isEmpty();
    }

    @Test
    void eenFeestdagOnderbreektDeReeksNiet() {
        // Hemelvaart (Thu 6 May 2027) and Tweede Pinksterdag (Mon 17 May) are no lesdagen: the run goes on.
        List<Dag> dagen = heleDagen(lesdagen(of(2027, 5, 3), of(2027, 5, 28)));
        assertThat(dagen).extracting(Dag::datum).doesNotContain(of(2027, 5, 6));
        assertThat(REGELS.toets(dagen, List.of(), JONG)).filteredOn(s -> s.soort() == Meldingsoort.THUISZITTER)
                .extracting(Signaal::tot).containsExactly(of(2027, 5, 28));
    }

    @Test
    void meerDan4LeswekenElkeDagVerzuimIsLangdurig() {
        // 2 hours every lesdag: 20 school days is 4 weeks, the 21st (Mon 30 Nov) is more than 4 weeks.
        var signalen = REGELS.toets(uren("2", lesdagen(of(2026, 11, 2), of(2026, 12, 4))), List.of(), JONG);
        assertThat(signalen).filteredOn(s -> s.soort() != Meldingsoort.RELATIEF).containsExactly(
                new Signaal(Meldingsoort.LANGDURIG_RELATIEF, of(2026, 11, 2), of(2026, 11, 30), new BigDecimal("42")));
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
        var ingetrokken = List.of(new EerdereMelding(Meldingsoort.RELATIEF, of(2026, 11, 2), of(2026, 11, 5), true));
        // The withdrawn report is not drafted again for the same days.
        assertThat(REGELS.toets(dagen, ingetrokken, JONG)).isEmpty();
        // Its hours keep counting: Monday makes 20 hours within 4 lesweken, from the first day.
        dagen.add(dag(of(2026, 11, 9), "4"));
        assertThat(REGELS.toets(dagen, ingetrokken, JONG))
                .containsExactly(relatief(of(2026, 11, 2), of(2026, 11, 9), "20"));
        // A report that was sent does reset it (counting starts again the next day): Monday alone is 4 hours.
        var verstuurd = List.of(new EerdereMelding(Meldingsoort.RELATIEF, of(2026, 11, 2), of(2026, 11, 5), false));
        assertThat(REGELS.toets(dagen, verstuurd, JONG)).isEmpty();
    }

    @Test
    void leerplichtwetArt2Lid1_verzuimVoorDeLeerplichtTeltNiet() {
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

    private static Signaal relatief(LocalDate van, LocalDate tot, String uren) {
        return new Signaal(Meldingsoort.RELATIEF, van, tot, new BigDecimal(uren));
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
