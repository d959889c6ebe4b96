package nl.eenplan.schoolwissel;

import nl.eenplan.OpPostgres;

/** A mid-year school change and the old school's read-only dossier, on PostgreSQL (V40, the BSN lookup, the locks). */
@OpPostgres
class SchoolwisselPostgresIT extends SchoolwisselIT {
}
