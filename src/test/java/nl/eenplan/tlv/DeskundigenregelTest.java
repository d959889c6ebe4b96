package nl.eenplan.tlv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.web.Veldfout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The deskundigen behind a TLV (Besluit bekostiging WPO art. 34.8 "Deskundigen samenwerkingsverband", on WPO art. 18a
 * lid 11 and WVO 2020 art. 2.47 lid 14, as the LBT reads it): an orthopedagoog or psycholoog plus a second deskundige, two people, neither from the requesting school.
 */
class DeskundigenregelTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    static final String SCHOOL = "99ZZ00";
    static final String NAAM = "OBS De Test";

    static Deskundige deskundige(String naam, Discipline discipline) {
        return new Deskundige(naam, discipline, "Bureau SWV", null, VANDAAG);
    }

    static List<Veldfout> toets(Deskundige eerste, Deskundige tweede) {
        return Deskundigenregel.toets(eerste, tweede, SCHOOL, NAAM, VANDAAG, true);
    }

    @Test
    void eenOrthopedagoogEnEenKinderpsychiaterVanBuitenDeSchoolMogen() {
        assertThat(toets(deskundige("A. Ortho", Discipline.ORTHOPEDAGOOG),
                deskundige("B. Psychiater", Discipline.KINDERPSYCHIATER))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Discipline.class, names = {"ORTHOPEDAGOOG", "PSYCHOLOOG"})
    void eenVanBeideIsOrthopedagoogOfPsycholoog_inWelkeVolgordeDanOok(Discipline eerste) {
        assertThat(toets(deskundige("A", Discipline.ARTS), deskundige("B", eerste))).isEmpty();
        assertThat(toets(deskundige("B", eerste), deskundige("A", Discipline.MAATSCHAPPELIJK_WERKER))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Discipline.class, names = {"PEDAGOOG", "KINDERPSYCHIATER", "MAATSCHAPPELIJK_WERKER", "ARTS"})
    void zonderOrthopedagoogOfPsycholoogGeenTlv(Discipline andere) {
        assertThat(toets(deskundige("A", andere), deskundige("B", Discipline.ARTS == andere ? Discipline.PEDAGOOG
                : Discipline.ARTS))).extracting(Veldfout::veld).containsExactly("eerste.discipline");
    }

    @Test
    void eenPsycholoogEnEenOrthopedagoogZijnTweeDisciplines() {
        assertThat(toets(deskundige("A", Discipline.PSYCHOLOOG), deskundige("B", Discipline.ORTHOPEDAGOOG))).isEmpty();
    }

    @Test
    void tweemaalDezelfdeDisciplineAlleenAlsDeInstallatieDatToelaat_LBT_109046() {
        Deskundige a = deskundige("A", Discipline.ORTHOPEDAGOOG);
        Deskundige b = deskundige("B", Discipline.ORTHOPEDAGOOG);
        assertThat(toets(a, b)).extracting(Veldfout::veld).containsExactly("tweede.discipline");
        assertThat(Deskundigenregel.toets(a, b, SCHOOL, NAAM, VANDAAG, false)).isEmpty();
    }

    @Test
    void tweeAdviezenVanDezelfdePersoonZijnEr_Een_LBT_108582() {
        assertThat(toets(deskundige("Orthopedagoog A. de Vries", Discipline.ORTHOPEDAGOOG),
                deskundige(" orthopedagoog a. de  vries ", Discipline.ARTS)))
                .extracting(Veldfout::veld).containsExactly("tweede.door");
        assertThat(toets(deskundige("A. de Vries", Discipline.ORTHOPEDAGOOG),
                deskundige("A. de Vriesen", Discipline.ARTS))).isEmpty();
    }

    @Test
    void eenDeskundigeVanDeAanvragendeSchoolIsNietOnafhankelijk_LBT_107442() {
        Deskundige vanSchool = new Deskundige("A", Discipline.ORTHOPEDAGOOG, "Onze school", "99zz00", VANDAAG);
        assertThat(toets(vanSchool, deskundige("B", Discipline.ARTS))).extracting(Veldfout::veld)
                .containsExactly("eerste.brin");
        Deskundige opNaam = new Deskundige("B", Discipline.ARTS, "obs de test", null, VANDAAG);
        assertThat(toets(deskundige("A", Discipline.ORTHOPEDAGOOG), opNaam)).extracting(Veldfout::veld)
                .containsExactly("tweede.organisatie");
        Deskundige andereSchool = new Deskundige("B", Discipline.ARTS, "OBS De Test-Oost", "99ZZ01", VANDAAG);
        assertThat(toets(deskundige("A", Discipline.ORTHOPEDAGOOG), andereSchool)).isEmpty();
    }

    @Test
    void eenAdviesVanVandaagMag_vanMorgenNiet() {
        Deskundige morgen = new Deskundige("B", Discipline.ARTS, "GGD", null, VANDAAG.plusDays(1));
        assertThat(toets(deskundige("A", Discipline.ORTHOPEDAGOOG), morgen)).extracting(Veldfout::veld)
                .containsExactly("tweede.datum");
    }
}
