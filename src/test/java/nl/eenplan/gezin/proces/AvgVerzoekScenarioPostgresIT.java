package nl.eenplan.gezin.proces;

import nl.eenplan.OpPostgres;

/** The family's AVG request on PostgreSQL: the table, the term, the extension, the doors. */
@OpPostgres
class AvgVerzoekScenarioPostgresIT extends AvgVerzoekScenarioIT {
}
