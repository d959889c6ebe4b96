package nl.eenplan.overstap;

import nl.eenplan.OpPostgres;

/** Class uploads on PostgreSQL: where two uploads at once meet in the unique keys, as on several nodes. */
@OpPostgres
class CohortPostgresIT extends CohortIT {
}
