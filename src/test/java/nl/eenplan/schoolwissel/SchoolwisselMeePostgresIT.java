package nl.eenplan.schoolwissel;

import nl.eenplan.OpPostgres;

/** What moves along on a confirmed school change, on PostgreSQL (V47, the renumbered OPP versions, the moves). */
@OpPostgres
class SchoolwisselMeePostgresIT extends SchoolwisselMeeIT {
}
