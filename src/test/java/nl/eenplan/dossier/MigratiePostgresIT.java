package nl.eenplan.dossier;

import nl.eenplan.OpPostgres;

/** The migrations of today's duplicates on PostgreSQL. */
@OpPostgres
class MigratiePostgresIT extends MigratieIT {
}
