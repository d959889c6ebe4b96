package nl.eenplan.security;

import nl.eenplan.OpPostgres;

/** The schools a user sees against Camunda's tenant query again, on PostgreSQL. */
@OpPostgres
class GebruikersrechtenPostgresIT extends GebruikersrechtenIT {
}
