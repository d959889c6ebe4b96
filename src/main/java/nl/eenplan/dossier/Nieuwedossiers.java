package nl.eenplan.dossier;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import nl.eenplan.database.Volgnummers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the dossiers a class upload's block opens: each pupil's, dossier's and plan's row, with plain JDBC in one
 * batch per table. Hibernate would persist, cascade and dirty-check entities that the block writes once and never reads
 * (docs/benchmark.md, issue #25: the largest share of the upload workers' CPU that was EenPlan's own). The rows are
 * the ones Hibernate writes for a {@link Dossier} of a pupil without parents or address (a block refuses others);
 * {@code CohortIT} compares them column by column with a dossier opened through Hibernate, so a column added to these
 * entities fails there until it is written here too.
 */
@Component
class Nieuwedossiers {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    Nieuwedossiers(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** A dossier with the ids of its pupil's and its plan's rows. */
    private record Rij(Dossier dossier, long leerling, long plan) {
    }

    void schrijf(List<Dossier> dossiers) {
        if (dossiers.isEmpty()) {
            return;
        }
        // Ids from Hibernate's own blocks of the sequences, as persisting the entities would take them.
        List<Rij> rijen = dossiers.stream().map(d -> new Rij(d, Volgnummers.volgende(entityManager, Leerling.class),
                Volgnummers.volgende(entityManager, Plan.class))).toList();
        jdbc.batchUpdate("insert into leerling (id, voornaam, tussenvoegsel, achternaam, geboortedatum, bsn, "
                + "school_id, onderwijssoort, leerjaar, startkwalificatie) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rijen, rijen.size(), Nieuwedossiers::leerling);
        jdbc.batchUpdate("insert into dossier (id, leerling_id, school_id, status, zorgcoordinator, aangemaakt_op, "
                + "open_sleutel) values (?, ?, ?, ?, ?, ?, ?)", rijen, rijen.size(), Nieuwedossiers::dossier);
        jdbc.batchUpdate("insert into plan (id, dossier_id) values (?, ?)", rijen, rijen.size(), (ps, r) -> {
            ps.setLong(1, r.plan());
            ps.setLong(2, r.dossier().getId());
        });
    }

    private static void leerling(PreparedStatement ps, Rij r) throws SQLException {
        Leerling l = r.dossier().getLeerling();
        ps.setLong(1, r.leerling());
        ps.setString(2, l.getVoornaam());
        ps.setString(3, l.getTussenvoegsel());
        ps.setString(4, l.getAchternaam());
        ps.setObject(5, l.getGeboortedatum());
        ps.setString(6, l.getBsn());
        ps.setLong(7, l.getSchool().getId());
        ps.setString(8, l.getOnderwijssoort().name());
        ps.setInt(9, l.getLeerjaar());
        ps.setBoolean(10, l.isStartkwalificatie());
    }

    private static void dossier(PreparedStatement ps, Rij r) throws SQLException {
        Dossier d = r.dossier();
        ps.setLong(1, d.getId());
        ps.setLong(2, r.leerling());
        ps.setLong(3, d.getLeerling().getSchool().getId());
        ps.setString(4, d.getStatus().name());
        ps.setString(5, d.getZorgcoordinator());
        ps.setObject(6, d.getAangemaaktOp().atOffset(ZoneOffset.UTC));
        ps.setString(7, d.getOpenSleutel());
    }
}
