package nl.eenplan.arrangement;

import nl.eenplan.OpPostgres;

/** {@link ArrangementEnqueteIT} on PostgreSQL: V65's tables, their keys and checks, and the monitor's query. */
@OpPostgres
class ArrangementEnquetePostgresIT extends ArrangementEnqueteIT {
}
