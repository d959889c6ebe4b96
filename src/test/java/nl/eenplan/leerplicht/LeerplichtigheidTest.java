package nl.eenplan.leerplicht;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.eenplan.leerplicht.Leerplichtigheid.Status;
import org.junit.jupiter.api.Test;

/** Who is leerplichtig, kwalificatieplichtig or RMC's, at the boundaries of each rule, with its source. */
class LeerplichtigheidTest {

    /** Born 15 March 2015: 5 on 15 March 2020, 16 on 15 March 2031, 18 on 15 March 2033, 23 on 15 March 2038. */
    static final LocalDate MAART = of(2015, 3, 15);

    @Test
    void leerplichtwetArt3Lid1_beginOpDeEersteSchooldagVanDeSchool() {
        // The school's first lesdag on or after the 1st; the real calendars are in termijn.BeginLeerplichtTest.
        Leerplichtigheid.Schooldagen studiedagOpDeEerste = dag -> dag.equals(of(2020, 4, 1)) ? of(2020, 4, 2) : dag;
        assertThat(Leerplichtigheid.begin(MAART, studiedagOpDeEerste)).isEqualTo(of(2020, 4, 2));
        assertThat(Leerplichtigheid.op(MAART, false, of(2020, 4, 1), studiedagOpDeEerste)).isEqualTo(Status.NIET);
        assertThat(Leerplichtigheid.op(MAART, false, of(2020, 4, 2), studiedagOpDeEerste))
                .isEqualTo(Status.LEERPLICHTIG);
        assertThat(Leerplichtigheid.waaromNiet(MAART, false, of(2020, 4, 1), studiedagOpDeEerste))
                .contains("2 april 2020", "eerste schooldag", "art. 3 lid 1");
        // A calendar that does not know the month: the 1st.
        assertThat(Leerplichtigheid.begin(MAART, dag -> null)).isEqualTo(of(2020, 4, 1));
    }

    @Test
    void leerplichtwetArt3Lid1_zonderKalender_beginOpDeEersteDagVanDeMaandNaDe5eVerjaardag() {
        assertThat(Leerplichtigheid.begin(MAART)).isEqualTo(of(2020, 4, 1));
        assertThat(Leerplichtigheid.op(MAART, false, of(2020, 3, 31))).isEqualTo(Status.NIET);
        assertThat(Leerplichtigheid.op(MAART, false, of(2020, 4, 1))).isEqualTo(Status.LEERPLICHTIG);
        // The 5th birthday itself does not start it.
        assertThat(Leerplichtigheid.op(MAART, false, of(2020, 3, 15))).isEqualTo(Status.NIET);
        // Born on the 1st: still the month after.
        assertThat(Leerplichtigheid.begin(of(2015, 3, 1))).isEqualTo(of(2020, 4, 1));
        // December birthday: January of the next year.
        assertThat(Leerplichtigheid.begin(of(2015, 12, 31))).isEqualTo(of(2021, 1, 1));
    }

    @Test
    void leerplichtwetArt3Lid1_leerplichtEindigtOp31JuliVanHetSchooljaarVanDe16eVerjaardag() {
        assertThat(Leerplichtigheid.eindeLeerplicht(MAART)).isEqualTo(of(2031, 7, 31));
        assertThat(Leerplichtigheid.op(MAART, false, of(2031, 7, 31))).isEqualTo(Status.LEERPLICHTIG);
        assertThat(Leerplichtigheid.op(MAART, false, of(2031, 8, 1))).isEqualTo(Status.KWALIFICATIEPLICHTIG);
        // With a startkwalificatie too: volledige leerplicht does not end with a diploma.
        assertThat(Leerplichtigheid.op(MAART, true, of(2031, 7, 31))).isEqualTo(Status.LEERPLICHTIG);
        // 16 on 31 July or on 1 August: the school year runs 1 August to 31 July.
        assertThat(Leerplichtigheid.eindeLeerplicht(of(2015, 7, 31))).isEqualTo(of(2031, 7, 31));
        assertThat(Leerplichtigheid.eindeLeerplicht(of(2015, 8, 1))).isEqualTo(of(2032, 7, 31));
    }

    @Test
    void leerplichtwetArt4a_kwalificatieplichtTot18TenzijStartkwalificatie() {
        assertThat(Leerplichtigheid.op(MAART, false, of(2033, 3, 14))).isEqualTo(Status.KWALIFICATIEPLICHTIG);
        assertThat(Leerplichtigheid.op(MAART, false, of(2033, 3, 15))).isEqualTo(Status.RMC);
        assertThat(Leerplichtigheid.op(MAART, true, of(2031, 8, 1))).isEqualTo(Status.NIET);
        assertThat(Leerplichtigheid.op(MAART, true, of(2033, 3, 14))).isEqualTo(Status.NIET);
    }

    @Test
    void rmcWebArt8_3_1_van18Tot23ZonderStartkwalificatie() {
        assertThat(Leerplichtigheid.op(MAART, false, of(2038, 3, 14))).isEqualTo(Status.RMC);
        assertThat(Leerplichtigheid.op(MAART, false, of(2038, 3, 15))).isEqualTo(Status.NIET);
        assertThat(Leerplichtigheid.op(MAART, true, of(2033, 3, 15))).isEqualTo(Status.NIET);
    }

    @Test
    void alleenLeerplichtigEnKwalificatieplichtigWordenGemeld_leerplichtwetArt21() {
        assertThat(Status.LEERPLICHTIG.plichtig()).isTrue();
        assertThat(Status.KWALIFICATIEPLICHTIG.plichtig()).isTrue();
        assertThat(Status.RMC.plichtig()).isFalse();
        assertThat(Status.NIET.plichtig()).isFalse();
        assertThat(Leerplichtigheid.waaromNiet(MAART, false, of(2020, 3, 31))).contains("1 april 2020", "art. 3 lid 1");
        assertThat(Leerplichtigheid.waaromNiet(MAART, true, of(2032, 1, 5))).contains("startkwalificatie", "art. 4a");
        assertThat(Leerplichtigheid.waaromNiet(MAART, false, of(2034, 1, 5))).contains("RMC");
        assertThat(Leerplichtigheid.waaromNiet(MAART, false, of(2026, 11, 2))).isNull();
    }
}
