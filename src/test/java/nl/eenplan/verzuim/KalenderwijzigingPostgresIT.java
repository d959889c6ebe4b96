package nl.eenplan.verzuim;

import nl.eenplan.OpPostgres;

/** A calendar change that revisits registered absence, on PostgreSQL. */
@OpPostgres
class KalenderwijzigingPostgresIT extends KalenderwijzigingIT {
}
