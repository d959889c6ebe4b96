package nl.eenplan.verzuim;

import nl.eenplan.OpPostgres;

/** Leave, exemptions and illness on PostgreSQL (migration V26, open-ended periods, dates). */
@OpPostgres
class AfwezigheidApiPostgresIT extends AfwezigheidApiIT {
}
