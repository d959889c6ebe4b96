package nl.eenplan.monitor;

import nl.eenplan.OpPostgres;

/** The monitor's SQL on PostgreSQL. */
@OpPostgres
class MonitorPostgresIT extends MonitorIT {
}
