package nl.eenplan.meldcode;

import nl.eenplan.OpPostgres;

/** The meldcode's API, its refusals and who may read it, on PostgreSQL (V22's tables). */
@OpPostgres
class MeldcodePostgresIT extends MeldcodeApiIT {
}
