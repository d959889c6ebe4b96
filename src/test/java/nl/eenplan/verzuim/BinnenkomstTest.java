package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one rule whether a report is late from the start, for both doors (issue #22): Leerplichtwet 1969 art. 21
 * ("onverwijld"), the norm of 5 werkdagen after the day the threshold was reached (termijnen.dmn, verzuim/melden).
 * 16 hours reached on Thu 5 November 2026: the norm's last day is Thu 12 November.
 */
class BinnenkomstTest {

    static final LocalDate VAN = LocalDate.of(2026, 11, 2);
    static final LocalDate TOT = LocalDate.of(2026, 11, 5);
    static final LocalDate NORM = LocalDate.of(2026, 11, 12);

    @Test
    void leerplichtwetArt21_viaDeApiOpDeLaatsteDagVanDeNormIsOpTijd() {
        assertThat(Binnenkomst.viaApi(NORM).teLaat(VAN, TOT, NORM)).isNull();
    }

    @Test
    void leerplichtwetArt21_viaDeApiDeDagNaDeNormIsTeLaatEnZegtWaarom() {
        assertThat(Binnenkomst.viaApi(NORM.plusDays(1)).teLaat(VAN, TOT, NORM)).isEqualTo("laat geregistreerd in "
                + "EenPlan (op 13 november 2026); de meldtermijn na 5 november 2026 verliep op 12 november 2026");
    }

    @Test
    void leerplichtwetArt21_uitHetLasDezelfdeGrens() {
        Map<LocalDate, LocalDate> registratie = new HashMap<>();
        registratie.put(VAN, VAN);
        registratie.put(TOT, null);
        assertThat(Binnenkomst.uitLas(NORM, registratie).teLaat(VAN, TOT, NORM)).isNull();
        assertThat(Binnenkomst.uitLas(NORM.plusDays(1), registratie).teLaat(VAN, TOT, NORM))
                .startsWith("op tijd geregistreerd in het LAS (registratiedatum 2 november 2026), maar laat in EenPlan "
                        + "ingelezen (op 13 november 2026)");
        assertThat(Binnenkomst.uitLas(NORM.plusDays(1), Map.of(TOT, NORM.plusDays(1))).teLaat(VAN, TOT, NORM))
                .startsWith("laat geregistreerd in het LAS (registratiedatum 13 november 2026)");
        assertThat(Binnenkomst.uitLas(NORM.plusDays(1), Map.of()).teLaat(VAN, TOT, NORM))
                .startsWith("laat in EenPlan ingelezen (op 13 november 2026; het bestand uit het LAS gaf geen "
                        + "registratiedatum)");
    }
}
