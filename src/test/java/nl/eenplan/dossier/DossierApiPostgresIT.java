package nl.eenplan.dossier;

import nl.eenplan.OpPostgres;

/** The dossier API tests, on PostgreSQL: same answers, and bad input still stores nothing. */
@OpPostgres
class DossierApiPostgresIT extends DossierApiIT {
}
