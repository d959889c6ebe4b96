package nl.eenplan.dossier;

import java.sql.SQLException;
import java.sql.Statement;
import nl.eenplan.database.Database;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL keeps statistics of the pupil's full name as a search compares it ({@link DossierRepository#NAAM}), so it
 * knows how many pupils a name search finds (issue #25). Without them it assumed a search finds almost no one
 * (a fixed 0.5% for LIKE on an expression), so for a search that finds most pupils of a 20,000-pupil school (one letter
 * typed: the page searches as the user types) it joined and sorted all of them for a page of 100 (62 ms); with them it
 * reads the page from the list's index (0.4 ms), and for a rare name it still starts from the school's pupils.
 * H2 has no such statistics and needs none, nor has PostgreSQL before 14: nothing to do there.
 */
@Component
class V81__StatistiekVanDeLeerlingnaam extends BaseJavaMigration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(V81__StatistiekVanDeLeerlingnaam.class);

    /**
     * {@link DossierRepository#NAAM} as Hibernate writes it for PostgreSQL: the statistics serve a query only when the
     * expression is the same (DossierlijstPostgresIT reads a page of 100 from the index when every pupil matches).
     */
    static final String NAAM = "lower(case when tussenvoegsel is null then (voornaam||' '||achternaam) "
            + "else (voornaam||' '||tussenvoegsel||' '||achternaam) end)";

    @Override
    public void migrate(Context context) throws SQLException {
        if (!Database.isPostgres(context.getConnection())) {
            return;
        }
        if (context.getConnection().getMetaData().getDatabaseMajorVersion() < 14) {
            // Statistics on an expression came with PostgreSQL 14; an older one plans as before (docs/beheer.md).
            LOG.warn("PostgreSQL {} heeft geen statistiek op een expressie (vanaf 14): zoeken op naam blijft zonder",
                    context.getConnection().getMetaData().getDatabaseProductVersion());
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("create statistics leerling_naam on (" + NAAM + ") from leerling");
            // Gathered now: autovacuum would do it only after enough rows changed.
            s.execute("analyze leerling");
        }
    }
}
