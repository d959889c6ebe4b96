package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.eenplan.monitor.Celbron.Cel;
import nl.eenplan.monitor.Celbron.Cellen;
import nl.eenplan.monitor.Celbron.Figuur;
import nl.eenplan.monitor.Celbron.School;
import nl.eenplan.monitor.Celbron.Schoolcellen;
import nl.eenplan.monitor.Celbron.Telling;
import org.junit.jupiter.api.Test;

/**
 * Issue #25: a read collects its cells in arrays by the schools' numbers in the order they came, and hands them over
 * numbered in the order of the schools' BRIN ({@link Cellen}), as the groupings and the suppression take them.
 */
class CellenTest {

    private static final String GESPLITST = "termijnGehaald";
    private static final String ENKEL = "signaalTotIntake";

    @Test
    void deCellenKomenOpDeVolgordeVanDeBrinHoeDeScholenOokKwamen() {
        Random r = new Random(945_001);
        List<School> scholen = scholen(40);
        Collections.shuffle(scholen, r);
        // Room for 2 (made 16): the arrays grow while schools keep coming.
        Cellen cellen = new Cellen(2);
        Map<Cel, Telling> gesplitst = new HashMap<>();
        Map<Cel, Telling> enkel = new HashMap<>();
        for (School school : scholen) {
            int nummer = cellen.nummer(school);
            assertThat(cellen.nummer(school)).as("één nummer per school").isEqualTo(nummer);
            if (r.nextInt(4) > 0) {
                String onderdeel = List.of("a", "b").get(r.nextInt(2));
                Telling t = cellen.telling(GESPLITST, onderdeel, nummer);
                assertThat(cellen.telling(GESPLITST, onderdeel, nummer)).as("dezelfde cel").isSameAs(t);
                gesplitst.put(new Cel(school.brin(), onderdeel), t);
            }
            if (r.nextBoolean()) {
                enkel.put(new Cel(school.brin(), null), cellen.telling(ENKEL, null, nummer));
            }
        }

        Celbron.Gelezen gelezen = cellen.gelezen();

        List<String> brins = new ArrayList<>(scholen.stream().map(School::brin).toList());
        Collections.sort(brins);
        assertThat(gelezen.brins()).as("ook de scholen zonder cel, op volgorde").containsExactlyElementsOf(brins);
        assertThat(gelezen.scholen().values()).containsExactlyInAnyOrderElementsOf(scholen);
        assertThat(gelezen.figuren()).extracting(Figuur::naam)
                .containsExactlyElementsOf(Feitenbron.INDICATOREN.keySet());
        for (Figuur f : gelezen.figuren()) {
            Map<Cel, Telling> verwacht = f.naam().equals(GESPLITST) ? gesplitst
                    : f.naam().equals(ENKEL) ? enkel : Map.of();
            assertThat(f.cellen()).as(f.naam()).isEqualTo(verwacht);
            for (Schoolcellen deel : f.delen()) {
                assertThat(deel.brins()).isSameAs(gelezen.brins());
                assertThat(deel.perSchool()).hasSize(brins.size());
                for (int s = 0; s < brins.size(); s++) {
                    assertThat(deel.perSchool()[s]).as(f.naam() + " " + brins.get(s))
                            .isSameAs(verwacht.get(new Cel(brins.get(s), deel.onderdeel())));
                }
            }
        }
    }

    /**
     * A part whose array was made before most schools had a number (shorter than the schools read), and a cell of an
     * early school written after its part's array grew.
     */
    @Test
    void eenDeelVanVoorDeLaatsteScholenEnEenCelNaDeGroei() {
        List<School> scholen = scholen(40);
        Collections.reverse(scholen); // numbered 0 to 39 in the reverse order of their BRIN
        Cellen cellen = new Cellen(2); // arrays of 16
        for (int s = 0; s < 20; s++) {
            assertThat(cellen.nummer(scholen.get(s))).isEqualTo(s);
        }
        Telling a0 = cellen.telling(GESPLITST, "a", 0);
        Telling b5 = cellen.telling(GESPLITST, "b", 5);
        for (int s = 20; s < 40; s++) {
            cellen.nummer(scholen.get(s));
        }
        Telling b30 = cellen.telling(GESPLITST, "b", 30); // part b's array grows to 32
        Telling b1 = cellen.telling(GESPLITST, "b", 1);

        Celbron.Gelezen gelezen = cellen.gelezen();

        Figuur figuur = gelezen.figuren().stream().filter(f -> f.naam().equals(GESPLITST)).findFirst().orElseThrow();
        assertThat(figuur.delen()).allSatisfy(deel -> assertThat(deel.perSchool()).hasSize(40));
        Schoolcellen a = figuur.delen().stream().filter(d -> "a".equals(d.onderdeel())).findFirst().orElseThrow();
        Schoolcellen b = figuur.delen().stream().filter(d -> "b".equals(d.onderdeel())).findFirst().orElseThrow();
        Telling[] verwachtA = new Telling[40];
        verwachtA[39] = a0;
        Telling[] verwachtB = new Telling[40];
        verwachtB[34] = b5;
        verwachtB[9] = b30;
        verwachtB[38] = b1;
        assertThat(a.perSchool()).containsExactly(verwachtA);
        assertThat(b.perSchool()).containsExactly(verwachtB);
    }

    @Test
    void eenGelezenKaartTeltElkeSchoolOokZonderCelEnElkeSchoolEenKeer() {
        List<School> scholen = scholen(3);
        Telling t = new Telling();
        t.aantal = 7;
        Map<Cel, Telling> kaart = Map.of(new Cel(scholen.get(2).brin(), "a"), t);

        List<School> perDossier = List.of(scholen.get(2), scholen.get(0), scholen.get(2), scholen.get(1));

        Celbron.Gelezen gelezen = Cellen.uit(List.of(new Celbron.Kaart(GESPLITST, kaart)), perDossier);

        assertThat(gelezen.brins()).as("ook de scholen zonder cel")
                .containsExactly(scholen.get(0).brin(), scholen.get(1).brin(), scholen.get(2).brin());
        Figuur figuur = gelezen.figuren().stream().filter(f -> f.naam().equals(GESPLITST)).findFirst().orElseThrow();
        assertThat(figuur.cellen()).isEqualTo(kaart);
        assertThat(figuur.delen()).singleElement()
                .satisfies(deel -> assertThat(deel.perSchool()).containsExactly(null, null, t));
    }

    @Test
    void eenCelVanEenOngelezenSchoolOfEenOnbekendeIndicatorIsEenFout() {
        List<School> scholen = scholen(2);
        Map<Cel, Telling> kaart = Map.of(new Cel("9999ZZ", null), new Telling());
        assertThatThrownBy(() -> Cellen.uit(List.of(new Celbron.Kaart(ENKEL, kaart)), scholen))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9999ZZ");
        Cellen cellen = new Cellen(2);
        int nummer = cellen.nummer(scholen.get(0));
        assertThatThrownBy(() -> cellen.telling("bestaatNiet", null, nummer))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestaatNiet");
    }

    private static List<School> scholen(int aantal) {
        List<School> scholen = new ArrayList<>();
        for (int s = 0; s < aantal; s++) {
            scholen.add(new School(String.format("%02dAB", s), "gemeente " + s % 3, "swv " + s % 2));
        }
        return scholen;
    }
}
