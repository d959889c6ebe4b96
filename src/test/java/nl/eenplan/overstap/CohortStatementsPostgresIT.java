package nl.eenplan.overstap;

import nl.eenplan.OpPostgres;

/** The class upload's round trips on PostgreSQL, where they cost most. */
@OpPostgres
class CohortStatementsPostgresIT extends CohortStatementsIT {
}
