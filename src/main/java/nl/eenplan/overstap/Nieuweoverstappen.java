package nl.eenplan.overstap;

import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.List;
import nl.eenplan.database.Volgnummers;
import nl.eenplan.monitor.JdbcWijzigingen;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the transitions a class upload's block starts ({@link OverstapService#startInBlok}), with plain JDBC in one
 * batch, as {@code dossier.Nieuwedossiers} writes the block's new dossiers (why: there). The rows are the ones
 * Hibernate writes for a just started {@link Overstap}; {@code CohortIT} compares them column by column, so a
 * column added to the entity that a start sets fails there until it is written here too. Their dossiers go into the
 * monitor's outbox, as Hibernate's inserts would put them.
 */
@Component
class Nieuweoverstappen {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final JdbcWijzigingen monitor;

    Nieuweoverstappen(JdbcTemplate jdbc, EntityManager entityManager, JdbcWijzigingen monitor) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.monitor = monitor;
    }

    /** A transition with the id of its row. */
    private record Rij(Overstap overstap, long id) {
    }

    void schrijf(List<Overstap> overstappen) {
        if (overstappen.isEmpty()) {
            return;
        }
        // Ids from Hibernate's own blocks of the sequence, as persisting the entities would take them.
        List<Rij> rijen = overstappen.stream().map(o -> new Rij(o, Volgnummers.volgende(entityManager, Overstap.class)))
                .toList();
        jdbc.batchUpdate("insert into overstap (id, dossier_nummer, schooljaar, soort, proces_instantie_id, "
                + "aangemaakt_op) values (?, ?, ?, ?, ?, ?)", rijen, rijen.size(), (ps, r) -> {
                    Overstap o = r.overstap();
                    ps.setLong(1, r.id());
                    ps.setString(2, o.getDossierNummer());
                    ps.setString(3, o.getSchooljaar());
                    ps.setString(4, o.getSoort().name());
                    ps.setString(5, o.getProcesInstantieId());
                    ps.setObject(6, o.getAangemaaktOp().atOffset(ZoneOffset.UTC));
                });
        monitor.geschreven(overstappen.stream().map(Overstap::getDossierNummer).toList());
    }
}
