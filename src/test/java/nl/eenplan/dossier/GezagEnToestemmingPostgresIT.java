package nl.eenplan.dossier;

import nl.eenplan.OpPostgres;

/** Gezag, age bands and the proof of consent on PostgreSQL (V20: the unique key per scope and person). */
@OpPostgres
class GezagEnToestemmingPostgresIT extends GezagEnToestemmingIT {
}
