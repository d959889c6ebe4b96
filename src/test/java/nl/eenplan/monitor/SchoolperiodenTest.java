package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.monitor.Schoolperioden.Schoolcel;
import org.junit.jupiter.api.Test;

/** A school's cells of a period as one value ({@link Schoolperioden}) read back as written. */
class SchoolperiodenTest {

    @Test
    void deCellenKomenTerugZoalsGeschreven() {
        List<Schoolcel> cellen = List.of(
                new Schoolcel("signaalTotIntake", null, 3, 2, 0, 0),
                new Schoolcel("escalatiesPerReden", "Ongeoorloofd verzuim (ná melding) — \uD83D\uDCDA", 1, 1, 0, 0),
                new Schoolcel("zorgplichtBinnen6Weken", "", Long.MAX_VALUE, 0, 7, 0),
                new Schoolcel("tevredenheidOuders", null, 4, 4, 0, 31));
        List<Schoolcel> gelezen = new ArrayList<>();

        Schoolperioden.lees(Schoolperioden.schrijf(cellen), gelezen::add);

        assertThat(gelezen).isEqualTo(cellen);
    }

    @Test
    void geenCellenIsGeenCel() {
        List<Schoolcel> gelezen = new ArrayList<>();
        Schoolperioden.lees(Schoolperioden.schrijf(List.of()), gelezen::add);
        assertThat(gelezen).isEmpty();
    }
}
