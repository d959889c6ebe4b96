package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.gezin.Gezinsregel.Handeling;
import nl.eenplan.gezin.Gezinsregel.Onderdeel;
import nl.eenplan.gezin.Gezinsregel.Wie;
import nl.eenplan.gezin.Gezinsregel.ZonderGezag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who in the family sees what ({@link Gezinsregel}), one row per role and age, each at its boundary. */
class GezinsregelTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);
    private static final String ALLES = "DOELEN AFSPRAKEN ZORGDEEL MDO BESLUITEN OVERSTAP TIJDLIJN TOESTEMMINGEN";
    private static final String ZONDER_ZORG = "DOELEN AFSPRAKEN MDO BESLUITEN OVERSTAP TIJDLIJN";
    private static final String BELANGRIJKE_FEITEN = "DOELEN MDO BESLUITEN OVERSTAP";
    private static final String LEERLING_12_15 = "DOELEN AFSPRAKEN ZORGDEEL MDO TOESTEMMINGEN";

    private final Gezinsregel beschermend = new Gezinsregel(false, ZonderGezag.BELANGRIJKE_FEITEN);

    @ParameterizedTest(name = "{0}, {1} jaar en {2} dagen: {3} ({4})")
    @CsvSource(delimiter = '|', value = {
            // wie               | jaar | dagen erbij | ziet                     | bron
            "gezag               | 15   | 364 | " + ALLES + "                      | BW 1:245, 1:247; UAVG 5 lid 1",
            "gezag               | 16   | 0   | " + ZONDER_ZORG + "                | Jeugdwet 7.3.5, 7.3.11; WGBO 7:447, 7:457",
            "gezag               | 17   | 364 | " + ZONDER_ZORG + "                | Jeugdwet 7.3.5, 7.3.11",
            "gezag               | 18   | 0   |                                    | BW 1:233 (meerderjarig)",
            "zonder gezag        | 8    | 0   | " + BELANGRIJKE_FEITEN + "         | BW 1:377c lid 1",
            "zonder gezag        | 17   | 364 | " + BELANGRIJKE_FEITEN + "         | BW 1:377c lid 1",
            "zonder gezag        | 18   | 0   |                                    | BW 1:233",
            "gezag onbekend      | 10   | 0   |                                    | BW 1:245 (niet bevestigd)",
            "informatie beperkt  | 10   | 0   |                                    | BW 1:377c lid 2, 1:377a lid 3",
            "gezag en beperkt    | 10   | 0   |                                    | BW 1:377c lid 2 gaat voor",
            "leerling            | 11   | 364 |                                    | Jeugdwet 7.3.4 (onder 12)",
            "leerling            | 12   | 0   | " + LEERLING_12_15 + "             | Jeugdwet 7.3.4 lid 2, WGBO 7:450",
            "leerling            | 15   | 364 | " + LEERLING_12_15 + "             | Jeugdwet 7.3.4",
            "leerling            | 16   | 0   | " + ALLES + "                      | AVG 8, UAVG 5, Jeugdwet 7.3.5",
            "leerling            | 18   | 0   | " + ALLES + "                      | meerderjarig: alles van zichzelf"})
    void wieZietWat(String wie, int jaar, int dagen, String ziet, String bron) {
        LocalDate geboren = VANDAAG.minusYears(jaar).minusDays(dagen);
        assertThat(beschermend.inzage(wie(wie), geboren, VANDAAG).onderdelen()).as(bron).isEqualTo(onderdelen(ziet));
    }

    /** A day before the birthday the younger row still holds; on the birthday the older one. */
    @ParameterizedTest(name = "{0}: een dag voor {1} jaar")
    @CsvSource({"leerling, 12", "leerling, 16", "gezag, 16", "gezag, 18", "zonder gezag, 18"})
    void opDeVerjaardagWisseltDeRij(String wie, int jaar) {
        LocalDate jarig = VANDAAG.minusYears(jaar);
        assertThat(beschermend.inzage(wie(wie), jarig.plusDays(1), VANDAAG))
                .isNotEqualTo(beschermend.inzage(wie(wie), jarig, VANDAAG));
    }

    /**
     * Born on 29 February: in a year without that day a year older on 1 March, not on 28 February (Period.between, as
     * dossier.Leeftijdsregel counts). 12 and 16 always fall in a leap year; 18 does not.
     */
    @ParameterizedTest(name = "geboren {0}, {1}, op {2}: {3}")
    @CsvSource({
            "2012-02-29, leerling, 2028-02-28, " + LEERLING_12_15,
            "2012-02-29, leerling, 2028-02-29, " + ALLES,
            "2008-02-29, gezag,    2026-02-28, " + ZONDER_ZORG,
            "2008-02-29, gezag,    2026-03-01, ''"})
    void geborenOp29Februari(LocalDate geboren, String wie, LocalDate dag, String ziet) {
        assertThat(beschermend.inzage(wie(wie), geboren, dag).onderdelen()).isEqualTo(onderdelen(ziet));
    }

    /** The settings: care part for parents of 16 and 17 (Jeugdwet 7.3.11 read less strictly), 1:377c read strictly. */
    @ParameterizedTest(name = "instelling: zorg voor ouders vanaf 16 = {0}, zonder gezag = {1}")
    @CsvSource({"true, NIETS", "false, BELANGRIJKE_FEITEN"})
    void deInstellingen(boolean zorgVoorOudersVanaf16, ZonderGezag zonderGezag) {
        Gezinsregel regel = new Gezinsregel(zorgVoorOudersVanaf16, zonderGezag);
        LocalDate zestien = VANDAAG.minusYears(16);
        assertThat(regel.inzage(Wie.ouder(true, false), zestien, VANDAAG).onderdelen())
                .isEqualTo(onderdelen(zorgVoorOudersVanaf16 ? ALLES : ZONDER_ZORG));
        assertThat(regel.inzage(Wie.ouder(false, false), VANDAAG.minusYears(10), VANDAAG).onderdelen())
                .isEqualTo(onderdelen(zonderGezag == ZonderGezag.NIETS ? "" : BELANGRIJKE_FEITEN));
        // A court order and age 18 hold whatever the settings say.
        assertThat(regel.inzage(Wie.ouder(true, true), VANDAAG.minusYears(10), VANDAAG).niets()).isTrue();
        assertThat(regel.inzage(Wie.ouder(true, false), VANDAAG.minusYears(18), VANDAAG).niets()).isTrue();
    }

    private static final String ALLE_HANDELINGEN =
            "TOESTEMMING OPP_INSTEMMING OVERSTAP_ZIENSWIJZE MDO_REACTIE ENQUETE EVALUATIE DOCUMENT AVG_VERZOEK";

    /** What each row may do; the domain rules (Leeftijdsregel, Instemmingsregel) then decide per kind and day. */
    @ParameterizedTest(name = "{0}, {1} jaar en {2} dagen mag: {3} ({4})")
    @CsvSource(delimiter = '|', value = {
            "gezag              | 15 | 364 | " + ALLE_HANDELINGEN + "  | BW 1:245, 1:247; UAVG 5 lid 1",
            "gezag              | 16 | 0   | OPP_INSTEMMING OVERSTAP_ZIENSWIJZE MDO_REACTIE ENQUETE EVALUATIE DOCUMENT "
                    + "AVG_VERZOEK | AVG 8, UAVG 5: toestemming vanaf 16 van de leerling",
            "gezag              | 18 | 0   |                           | BW 1:233",
            "zonder gezag       | 10 | 0   | AVG_VERZOEK               | BW 1:377c lid 1; AVG 16 en 21 eigen gegevens",
            "gezag onbekend     | 10 | 0   |                           | BW 1:245",
            "informatie beperkt | 10 | 0   |                           | BW 1:377c lid 2",
            "leerling           | 11 | 364 |                           | Jeugdwet 7.3.4 (onder 12)",
            "leerling           | 12 | 0   | TOESTEMMING MDO_REACTIE ENQUETE EVALUATIE | Jeugdwet 7.3.4 lid 2",
            "leerling           | 16 | 0   | " + ALLE_HANDELINGEN + "  | AVG 8, UAVG 5, Jeugdwet 7.3.5"})
    void wieMagWat(String wie, int jaar, int dagen, String mag, String bron) {
        LocalDate geboren = VANDAAG.minusYears(jaar).minusDays(dagen);
        Set<Handeling> verwacht = mag == null || mag.isBlank() ? EnumSet.noneOf(Handeling.class)
                : Arrays.stream(mag.trim().split("\\s+")).map(Handeling::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Handeling.class)));
        assertThat(beschermend.inzage(wie(wie), geboren, VANDAAG).handelingen()).as(bron).isEqualTo(verwacht);
    }

    /** Every row names its articles and explains itself with a message key. */
    @ParameterizedTest
    @CsvSource({"gezag", "zonder gezag", "gezag onbekend", "informatie beperkt", "leerling"})
    void elkeRijNoemtZijnBron(String wie) {
        for (int jaar = 5; jaar <= 19; jaar++) {
            Gezinsregel.Inzage inzage = beschermend.inzage(wie(wie), VANDAAG.minusYears(jaar), VANDAAG);
            assertThat(inzage.grondslag()).containsPattern("art\\. [0-9]");
            assertThat(inzage.uitleg()).startsWith("gezin.regel.");
        }
    }

    private static Wie wie(String wie) {
        return switch (wie) {
            case "gezag" -> Wie.ouder(true, false);
            case "zonder gezag" -> Wie.ouder(false, false);
            case "gezag onbekend" -> Wie.ouder(null, false);
            case "informatie beperkt" -> Wie.ouder(false, true);
            case "gezag en beperkt" -> Wie.ouder(true, true);
            case "leerling" -> Wie.deLeerling();
            default -> throw new IllegalArgumentException(wie);
        };
    }

    private static Set<Onderdeel> onderdelen(String namen) {
        if (namen == null || namen.isBlank()) {
            return EnumSet.noneOf(Onderdeel.class);
        }
        return Arrays.stream(namen.trim().split("\\s+")).map(Onderdeel::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Onderdeel.class)));
    }
}
