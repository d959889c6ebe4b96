package nl.eenplan.gezin;

import nl.eenplan.OpPostgres;

/** The family's documents on PostgreSQL: the content as bytea, the limits, the doors, removal with the dossier. */
@OpPostgres
class GezinDocumentPostgresIT extends GezinDocumentIT {
}
