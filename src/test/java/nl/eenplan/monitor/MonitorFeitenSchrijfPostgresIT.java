package nl.eenplan.monitor;

import nl.eenplan.OpPostgres;

/** The outbox and its worker on PostgreSQL ({@code for update skip locked}). */
@OpPostgres
class MonitorFeitenSchrijfPostgresIT extends MonitorFeitenSchrijfIT {
}
