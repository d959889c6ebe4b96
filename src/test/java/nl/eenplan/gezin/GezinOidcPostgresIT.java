package nl.eenplan.gezin;

import nl.eenplan.OpPostgres;

/** The family's DigiD sign-in and binding (GezinOidcIT) on PostgreSQL, including "the subject is stored nowhere". */
@OpPostgres
class GezinOidcPostgresIT extends GezinOidcIT {
}
