package nl.eenplan.engine;

import nl.eenplan.OpPostgres;

/** Procesverhuizing on its own, on PostgreSQL. */
@OpPostgres
class ProcesverhuizingPostgresIT extends ProcesverhuizingIT {
}
