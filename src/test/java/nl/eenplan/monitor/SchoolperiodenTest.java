package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Issue #25: one reader over many rows hands out each name as one String (the maps it is looked up in have its hash
     * then), and reads every row as written, also with many different names (400).
     */
    @Test
    void eenLezerOverVeleRijenGeeftDezelfdeNamenEnElkeCel() {
        Schoolperioden.Lezer lezer = new Schoolperioden.Lezer();
        List<Schoolcel> eerste = new ArrayList<>();
        List<Schoolcel> tweede = new ArrayList<>();
        // "Aa" and "BB" have the same hash: the reader tells names apart by their bytes, not by their hash.
        List<Schoolcel> rij = List.of(
                new Schoolcel("escalatiesPerReden", "Ongeoorloofd verzuim (ná melding)", 3, 2, 0, 0),
                new Schoolcel("signaalTotIntake", null, 5, 5, 0, 0),
                new Schoolcel("Aa", "BB", 1, 1, 0, 0), new Schoolcel("BB", "Aa", 2, 2, 0, 0));
        lezer.lees(Schoolperioden.schrijf(rij), eerste::add);
        lezer.lees(Schoolperioden.schrijf(rij), tweede::add);
        assertThat(eerste).isEqualTo(rij).isEqualTo(tweede);
        assertThat(tweede.get(0).indicator()).isSameAs(eerste.get(0).indicator());
        assertThat(tweede.get(0).onderdeel()).isSameAs(eerste.get(0).onderdeel());

        List<Schoolcel> veel = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            veel.add(new Schoolcel("indicator" + i % 7, i % 3 == 0 ? null : "stap " + i + " — é", i, i / 2, i / 3, -i));
        }
        for (int keer = 0; keer < 2; keer++) {
            List<Schoolcel> gelezen = new ArrayList<>();
            lezer.lees(Schoolperioden.schrijf(veel), gelezen::add);
            assertThat(gelezen).isEqualTo(veel);
        }
    }

    /** A row cut short fails as before the reader: an {@link EOFException} in an {@link UncheckedIOException}. */
    @Test
    void eenAfgebrokenRijFaaltAlsVoorheen() {
        byte[] rij = Schoolperioden.schrijf(List.of(new Schoolcel("signaalTotIntake", "stap", 3, 2, 0, 0)));
        for (int lengte : new int[] {2, 10, rij.length - 1}) {
            byte[] afgebroken = Arrays.copyOf(rij, lengte);
            assertThatThrownBy(() -> Schoolperioden.lees(afgebroken, c -> { }))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(EOFException.class);
        }
    }

    @Test
    void geenCellenIsGeenCel() {
        List<Schoolcel> gelezen = new ArrayList<>();
        Schoolperioden.lees(Schoolperioden.schrijf(List.of()), gelezen::add);
        assertThat(gelezen).isEmpty();
    }
}
