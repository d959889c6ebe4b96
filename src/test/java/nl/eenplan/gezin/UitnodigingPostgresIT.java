package nl.eenplan.gezin;

import nl.eenplan.OpPostgres;

/** The invitation and the binding (UitnodigingIT) on PostgreSQL: the locking try count, the retention, V63. */
@OpPostgres
class UitnodigingPostgresIT extends UitnodigingIT {
}
