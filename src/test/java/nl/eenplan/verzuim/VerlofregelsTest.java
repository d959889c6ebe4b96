package nl.eenplan.verzuim;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.dossier.Regio;
import nl.eenplan.verzuim.Verlofregels.EerderVerlof;
import nl.eenplan.web.Veldfout;
import org.junit.jupiter.api.Test;

/**
 * Who decides on leave, and for how long (Leerplichtwet 1969 art. 11, 11a, 13a, 14; exemptions art. 5, 5a, 15), on the
 * real calendar of region midden: schooljaar 2026-2027 starts on Monday 31 August 2026 after the summer holiday.
 */
class VerlofregelsTest {

    static final Verlofregels REGELS = new Verlofregels(VerzuimregelsTest.KALENDER, Regio.MIDDEN);
    static final LocalDate GEBOREN = of(2013, 5, 1);

    @Test
    void art14Lid1_tienSchooldagenBeslistHetHoofd() {
        // Mon 2 to Fri 13 November 2026: 10 lesdagen.
        assertThat(REGELS.schooldagen(of(2026, 11, 2), of(2026, 11, 13))).isEqualTo(10);
        assertThat(fouten(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 13), Beslisser.HOOFD))
                .isEmpty();
        assertThat(fouten(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 13),
                Beslisser.LEERPLICHTAMBTENAAR)).singleElement()
                .satisfies(f -> assertThat(f.melding()).contains("art. 14 lid 1", "Kies HOOFD"));
    }

    @Test
    void art14Lid3_elfSchooldagenBeslistDeLeerplichtambtenaar() {
        // To Mon 16 November: 11 lesdagen.
        assertThat(fouten(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 16),
                Beslisser.LEERPLICHTAMBTENAAR)).isEmpty();
        List<Veldfout> hoofd = fouten(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 16),
                Beslisser.HOOFD);
        assertThat(hoofd).singleElement().satisfies(f -> {
            assertThat(f.veld()).isEqualTo("beslotenDoor");
            assertThat(f.melding()).contains("meer dan 10 schooldagen", "art. 14 lid 3", "LEERPLICHTAMBTENAAR");
        });
    }

    @Test
    void art14_deTienSchooldagenTellenPerSchooljaarSamen() {
        // 8 days in September and 3 in November of the same schooljaar: 11, so the second is leerplicht's.
        var eerder = List.of(new EerderVerlof(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 9, 14), of(2026, 9, 23)));
        assertThat(REGELS.toets(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 4),
                Beslisser.HOOFD, eerder, GEBOREN)).singleElement().satisfies(f -> assertThat(f.melding())
                .contains("zijn het er 11"));
        // Two days in November: 10 together, still the head's.
        assertThat(REGELS.toets(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 3),
                Beslisser.HOOFD, eerder, GEBOREN)).isEmpty();
        // Leave of the previous schooljaar does not count.
        var vorigJaar = List.of(new EerderVerlof(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 6, 1),
                of(2026, 6, 12)));
        assertThat(REGELS.toets(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 2), of(2026, 11, 4),
                Beslisser.HOOFD, vorigJaar, GEBOREN)).isEmpty();
    }

    @Test
    void art13a_alleenHetHoofdTenHoogsteTienSchooldagen() {
        assertThat(fouten(Verlofsoort.BEROEP_OUDERS, of(2026, 11, 2), of(2026, 11, 13), Beslisser.HOOFD)).isEmpty();
        assertThat(fouten(Verlofsoort.BEROEP_OUDERS, of(2026, 11, 2), of(2026, 11, 16), Beslisser.HOOFD))
                .singleElement().satisfies(f -> {
                    assertThat(f.veld()).isEqualTo("tot");
                    assertThat(f.melding()).contains("art. 13a lid 2", "heeft er 11");
                });
        assertThat(fouten(Verlofsoort.BEROEP_OUDERS, of(2026, 11, 2), of(2026, 11, 3), Beslisser.LEERPLICHTAMBTENAAR))
                .extracting(Veldfout::veld).containsExactly("beslotenDoor");
    }

    @Test
    void art13aLid2_nietInDeEersteTweeLeswekenVanHetSchooljaar() {
        // Lessons start Mon 31 August 2026: the first two lesweken end Fri 11 September.
        assertThat(REGELS.eindeEersteTweeLesweken(of(2026, 11, 2))).isEqualTo(of(2026, 9, 11));
        assertThat(fouten(Verlofsoort.BEROEP_OUDERS, of(2026, 9, 11), of(2026, 9, 15), Beslisser.HOOFD))
                .singleElement().satisfies(f -> assertThat(f.melding()).contains("eerste twee lesweken",
                        "11 september 2026"));
        assertThat(fouten(Verlofsoort.BEROEP_OUDERS, of(2026, 9, 14), of(2026, 9, 18), Beslisser.HOOFD)).isEmpty();
    }

    @Test
    void art13aLid2_eenmaalPerSchooljaar() {
        var eerder = List.of(new EerderVerlof(Verlofsoort.BEROEP_OUDERS, of(2026, 9, 14), of(2026, 9, 15)));
        assertThat(REGELS.toets(Verlofsoort.BEROEP_OUDERS, of(2027, 3, 1), of(2027, 3, 2), Beslisser.HOOFD, eerder,
                GEBOREN)).singleElement().satisfies(f -> assertThat(f.melding()).contains("eenmaal per schooljaar"));
        assertThat(REGELS.toets(Verlofsoort.BEROEP_OUDERS, of(2027, 9, 20), of(2027, 9, 21), Beslisser.HOOFD, eerder,
                GEBOREN)).isEmpty();
    }

    @Test
    void verlofLigtBinnenEenSchooljaarEnLooptNietAchteruit() {
        assertThat(fouten(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2027, 7, 12), of(2027, 9, 3), Beslisser.HOOFD))
                .extracting(Veldfout::veld).containsExactly("tot");
        assertThat(fouten(Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN, of(2026, 11, 5), of(2026, 11, 2), Beslisser.HOOFD))
                .singleElement().satisfies(f -> assertThat(f.melding()).contains("vóór de begindatum"));
    }

    @Test
    void art11a_toestemmingVoorTienUurAlleenVoorEenVijfjarige() {
        LocalDate vijf = of(2021, 9, 15); // leerplichtig from 1 October 2026, 6 on 15 September 2027
        assertThat(REGELS.toets(Verlofsoort.VIJFJARIGE, of(2026, 11, 2), of(2027, 7, 16), Beslisser.HOOFD, List.of(),
                vijf)).isEmpty();
        assertThat(REGELS.toets(Verlofsoort.VIJFJARIGE, of(2026, 11, 2), of(2026, 11, 6), Beslisser.HOOFD, List.of(),
                GEBOREN)).extracting(Veldfout::veld).containsExactly("van");
    }

    @Test
    void art5En15_eenVrijstellingLooptViaBurgemeesterEnWethouders() {
        assertThat(REGELS.toetsVrijstelling(Vrijstellingsgrond.ART_5_A, of(2026, 11, 2), null,
                Beslisser.LEERPLICHTAMBTENAAR, GEBOREN, false)).isEmpty();
        assertThat(REGELS.toetsVrijstelling(Vrijstellingsgrond.ART_5_A, of(2026, 11, 2), null, Beslisser.HOOFD,
                GEBOREN, false)).extracting(Veldfout::veld).containsExactly("verleendDoor");
        // Art. 15 only for a kwalificatieplichtige: a 13-year-old is not; a 17-year-old without diploma is.
        assertThat(REGELS.toetsVrijstelling(Vrijstellingsgrond.ART_15, of(2026, 11, 2), of(2027, 7, 31),
                Beslisser.LEERPLICHTAMBTENAAR, GEBOREN, false)).extracting(Veldfout::veld).containsExactly("grond");
        assertThat(REGELS.toetsVrijstelling(Vrijstellingsgrond.ART_15, of(2026, 11, 2), of(2027, 7, 31),
                Beslisser.LEERPLICHTAMBTENAAR, of(2009, 6, 1), false)).isEmpty();
    }

    private static List<Veldfout> fouten(Verlofsoort soort, LocalDate van, LocalDate tot, Beslisser door) {
        return REGELS.toets(soort, van, tot, door, List.of(), GEBOREN);
    }
}
