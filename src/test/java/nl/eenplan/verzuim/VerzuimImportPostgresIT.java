package nl.eenplan.verzuim;

import nl.eenplan.OpPostgres;

/** Absence from the LAS on PostgreSQL (migration V29, numeric hours summed per lesuur, one transaction per pupil). */
@OpPostgres
class VerzuimImportPostgresIT extends VerzuimImportIT {
}
