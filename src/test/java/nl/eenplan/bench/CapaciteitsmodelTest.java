package nl.eenplan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.eenplan.bench.Capaciteitsmodel.Grens;
import nl.eenplan.bench.Capaciteitsmodel.Kosten;
import nl.eenplan.bench.Capaciteitsmodel.Opstelling;
import nl.eenplan.bench.Opties.Database;
import nl.eenplan.bench.Opties.Instellingen;
import org.junit.jupiter.api.Test;

/** The capacity model's arithmetic on known costs (issue #25, "beyond one machine"). */
class CapaciteitsmodelTest {

    /** 3 ms node CPU and 1 ms PostgreSQL CPU per pupil, 20 statements; 4-core nodes, 16-core PostgreSQL, 70%, 0.3 ms. */
    static final Kosten PUPIL = new Kosten("cohortstart", "leerling", 3, 1, 20, 400, 1.6);
    static final Opstelling OPSTELLING = new Opstelling(4, 16, 0.7, 0.3);

    @Test
    void eenKnoopWordtBegrensdDoorZijnEigenKernen() {
        // nodes: 1·4·0.7·1000/3 = 933; PostgreSQL: 16·0.7·1000/1 = 11,200; 8 workers: 8·1000/(3+1+6) = 800.
        var d = Capaciteitsmodel.doorvoer(PUPIL, 1, 8, OPSTELLING);
        assertThat(d.grens()).isEqualTo(Grens.WERKERS);
        assertThat(d.perSeconde()).isCloseTo(800, within(0.01));
        var ruim = Capaciteitsmodel.doorvoer(PUPIL, 1, 100, OPSTELLING);
        assertThat(ruim.grens()).isEqualTo(Grens.KNOPEN);
        assertThat(ruim.perSeconde()).isCloseTo(933.33, within(0.01));
    }

    @Test
    void postgresVerzadigtBijHetVerhoudingsgetalVanDeKernen() {
        // PostgreSQL limits from N = 16·3/(4·1) = 12 nodes on: 11 nodes are 10,267/s, 12 nodes 11,200/s, 13 too.
        assertThat(Capaciteitsmodel.postgresVerzadigdBij(PUPIL, OPSTELLING)).isEqualTo(12);
        assertThat(Capaciteitsmodel.doorvoer(PUPIL, 11, 100, OPSTELLING).grens()).isEqualTo(Grens.KNOPEN);
        assertThat(Capaciteitsmodel.doorvoer(PUPIL, 13, 100, OPSTELLING).grens()).isEqualTo(Grens.POSTGRES);
        assertThat(Capaciteitsmodel.doorvoer(PUPIL, 13, 100, OPSTELLING).perSeconde()).isCloseTo(11_200, within(0.01));
    }

    @Test
    void metWeinigWerkersBeslistPostgresPasBijMeerKnopenDanDeKernenZeggen() {
        // The cores cross at 12 nodes; with 2 workers per node of 1 + 3 + 20·0.3 = 10 ms round trip a unit, a node's
        // workers carry 200/s, so PostgreSQL's 11,200/s decides only from 56 nodes on (55 · 200 = 11,000).
        assertThat(Capaciteitsmodel.postgresVerzadigdBij(PUPIL, OPSTELLING)).isEqualTo(12);
        assertThat(Capaciteitsmodel.postgresBeslistBij(PUPIL, 2, OPSTELLING)).isEqualTo(56);
        assertThat(Capaciteitsmodel.postgresBeslistBij(PUPIL, 100, OPSTELLING)).isEqualTo(13);
    }

    @Test
    void deControleOpGedeeldeKernenVoorspeltVoorTweeKnopenWatEenKnoopHaalde() {
        var twee = new Kosten("cohortstart 2 knopen", "leerling", 3.3, 1.1, 20, 380, 1.67);
        var c = Capaciteitsmodel.controle(PUPIL, twee);
        assertThat(c.voorspeld()).isEqualTo(400);
        assertThat(c.afwijking()).isCloseTo(-0.05, within(1e-9));
        assertThat(c.cpuVerhouding()).isCloseTo(1.1, within(1e-9));
        assertThat(c.kernenVerhouding()).isCloseTo(1.67 / 1.6, within(1e-9));
    }

    @Test
    void deTabelNeemtDeKostenUitDeSamenvattingVanPostgresMetEenPlansInstellingen() {
        Samenvatting samenvatting = new Samenvatting();
        // 10,000 pupils in 25 s: 400/s; 30 s node CPU, 10 s PostgreSQL CPU: 3 and 1 ms per pupil.
        samenvatting.voegToe("cohortstart", Database.POSTGRES, Instellingen.EENPLAN.name(), "leerling",
                new Resultaat(25, 10_000, 30_000, 10_000, null));
        samenvatting.voegToe("cohortstart 2 knopen", Database.POSTGRES, Instellingen.EENPLAN.name(), "leerling",
                new Resultaat(25, 9_000, 30_000, 10_000, null));
        samenvatting.voegToe("cohortstart", Database.H2, Instellingen.EENPLAN.name(), "leerling",
                new Resultaat(10, 10_000, 1, 1, null));
        List<String> tabel = Capaciteitsmodel.tabel(samenvatting,
                List.of(new Capaciteitsmodel.Paar("cohortstart", "cohortstart 2 knopen", 2, "upload workers")), OPSTELLING);
        // Two nodes did 360/s against 400 predicted: -10%.
        assertThat(tabel).anyMatch(r -> r.startsWith("| cohortstart | 400 | 360 | -10% |"));
        // Without pg_stat_statements the statements are unknown (NaN): the worker bound is then not computed.
        assertThat(tabel).anyMatch(r -> r.startsWith("| cohortstart | leerling | 3.00 | 1.00 |"));
        assertThat(Kosten.uit(samenvatting, "termijnstorm 1 knoop")).isEmpty();
    }
}
