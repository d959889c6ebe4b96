package nl.eenplan.aanmelding;

import nl.eenplan.OpPostgres;

/** The referral end to end (API, engine, authorizations, forms), on PostgreSQL. */
@OpPostgres
class AanmeldingPostgresIT extends AanmeldingIT {
}
