package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import nl.eenplan.monitor.Celbron.Telling;
import org.junit.jupiter.api.Test;

/**
 * The check of the view per school ({@link Celtabel.Dagenbalans}): every duration cell's histograms hold as many days
 * as its row has cases, whatever the order in which rows and histograms come.
 */
class DagenbalansTest {

    @Test
    void rijEnHistogrammenDieOptellenTotDezelfdeGevallenKloppen() {
        Celtabel.Dagenbalans balans = new Celtabel.Dagenbalans();
        Telling a = new Telling();
        Telling b = new Telling();
        balans.verschuif(a, -3); // the histogram before the row
        balans.verschuif(b, 5);
        balans.verschuif(a, 3);
        balans.verschuif(b, -2); // two histograms for one cell
        assertThat(balans.klopt()).isFalse();
        balans.verschuif(b, -3);
        assertThat(balans.klopt()).isTrue();
    }

    @Test
    void eenGevalMeerInDeRijOfEenHistogramZonderRijKloptNiet() {
        Celtabel.Dagenbalans meer = new Celtabel.Dagenbalans();
        Telling a = new Telling();
        meer.verschuif(a, 4);
        meer.verschuif(a, -3);
        assertThat(meer.klopt()).isFalse();

        Celtabel.Dagenbalans zonderRij = new Celtabel.Dagenbalans();
        zonderRij.verschuif(new Telling(), -1);
        assertThat(zonderRij.klopt()).isFalse();
    }

    @Test
    void tweeCellenDieEvenveelAfwijkenMaarTegengesteldHeffenElkaarNietOp() {
        // A sum over all cells would be zero here; the count of cells that differ is not.
        Celtabel.Dagenbalans balans = new Celtabel.Dagenbalans();
        Telling a = new Telling();
        Telling b = new Telling();
        balans.verschuif(a, 2);
        balans.verschuif(a, -1);
        balans.verschuif(b, 1);
        balans.verschuif(b, -2);
        assertThat(balans.klopt()).isFalse();
    }

    @Test
    void eenCelZonderGevallenEnZonderHistogramKlopt() {
        Celtabel.Dagenbalans balans = new Celtabel.Dagenbalans();
        balans.verschuif(new Telling(), 0);
        assertThat(balans.klopt()).isTrue();
    }
}
