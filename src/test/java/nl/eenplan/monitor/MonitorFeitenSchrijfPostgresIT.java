package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.OpPostgres;
import nl.eenplan.Tegelijk;
import org.junit.jupiter.api.Test;

/** The outbox and its worker on PostgreSQL ({@code for update skip locked}). */
@OpPostgres
class MonitorFeitenSchrijfPostgresIT extends MonitorFeitenSchrijfIT {

    /**
     * Two nodes' workers (facts, then cells) run while retention removes dossiers: afterwards no removed dossier has a
     * fact, no outbox row is left, and every school's cells are exactly what its facts give (so a removed pupil counts
     * nowhere). A deadlock or lost row between the dossier locks (facts, retention) and the school locks (cells,
     * retention) would show here. PostgreSQL only: the cluster runs on PostgreSQL.
     */
    @Test
    void deBewaartermijnTerwijlTweeKnopenWerken() throws Exception {
        List<String> blijven = new ArrayList<>();
        List<String> gaan = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String nummer = nieuwDossier();
            aanmelding(nummer, Instant.parse("2026-09-07T07:00:00Z").plusSeconds(86_400L * 3 * i));
            (i % 2 == 0 ? blijven : gaan).add(nummer);
        }
        for (String nummer : gaan) {
            dossiers.sluit(nummer, "Leerling van school");
        }
        wachtrij.verwerkAlles();
        List<Long> alle = new ArrayList<>();
        blijven.forEach(n -> alle.add(DirecteBron.dossierId(n)));
        gaan.forEach(n -> alle.add(DirecteBron.dossierId(n)));

        AtomicInteger rol = new AtomicInteger();
        Tegelijk.keer(3, () -> {
            if (rol.getAndIncrement() == 0) {
                for (String nummer : gaan) {
                    transactie.executeWithoutResult(status -> dossiers.verwijder(nummer));
                }
            } else {
                for (int ronde = 0; ronde < 6; ronde++) {
                    wachtrij.zet(alle);
                    // and every school's cells, as if their facts had changed: the cell worker takes school locks
                    jdbc.update("insert into monitor_cel_wachtrij (school_id, maand) select distinct school_id, cast(null as date)"
                            + " from monitor_feit");
                    wachtrij.verwerkAlles();
                }
            }
            return null;
        });

        wachtrij.verwerkAlles();
        for (String nummer : gaan) {
            assertThat(feiten(DirecteBron.dossierId(nummer))).as("verwijderd: " + nummer).isEmpty();
            assertThat(inWachtrij(DirecteBron.dossierId(nummer))).isZero();
        }
        for (String nummer : blijven) {
            assertThat(feiten(DirecteBron.dossierId(nummer))).as("blijft: " + nummer).isNotEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from monitor_wachtrij where mislukt_op is not null", Integer.class))
                .as("niets apart gezet").isZero();
        assertThat(jdbc.queryForObject("select count(*) from monitor_cel_wachtrij", Integer.class)).isZero();
        cellenKloppen();
    }
}
