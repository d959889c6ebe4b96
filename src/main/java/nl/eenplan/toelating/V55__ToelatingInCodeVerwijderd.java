package nl.eenplan.toelating;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * An admission whose process instance EenPlan deleted in code (a school change ends the old school's processes,
 * schoolwissel.proces.Schoolwisselproces) stayed LOPEND: the engine records such a deletion as INTERNALLY_TERMINATED, and
 * engine.VerwijderdeInstanties counted only EXTERNALLY_TERMINATED (Cockpit, /engine-rest). It counts both now; this
 * stores BEEINDIGD for the admissions deleted that way before, on the day their instance ended, as V45 did for the
 * others.
 */
@Component
class V55__ToelatingInCodeVerwijderd extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        V45__ToelatingBezwaarEnBeeindigd.beeindigVerwijderde(context.getConnection(), "INTERNALLY_TERMINATED");
    }
}
