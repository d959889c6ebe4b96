package nl.eenplan.verzuim;

import nl.eenplan.OpPostgres;

/** The school's own calendar on PostgreSQL (migration V31). */
@OpPostgres
class EigenKalenderApiPostgresIT extends EigenKalenderApiIT {
}
