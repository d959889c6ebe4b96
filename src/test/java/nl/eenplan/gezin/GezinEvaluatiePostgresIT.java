package nl.eenplan.gezin;

import nl.eenplan.OpPostgres;

/** {@link GezinEvaluatieIT} on PostgreSQL: table evaluatie_inbreng and the open-task read. */
@OpPostgres
class GezinEvaluatiePostgresIT extends GezinEvaluatieIT {
}
