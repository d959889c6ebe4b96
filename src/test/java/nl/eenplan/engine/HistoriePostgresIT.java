package nl.eenplan.engine;

import nl.eenplan.OpPostgres;

/** EenPlan's history on PostgreSQL: the same rows per pupil. */
@OpPostgres
class HistoriePostgresIT extends HistorieIT {
}
