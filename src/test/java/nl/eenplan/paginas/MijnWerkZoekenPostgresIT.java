package nl.eenplan.paginas;

import nl.eenplan.OpPostgres;

/** Mijn werk's search past the first 500 tasks again on PostgreSQL: the business keys as an array or a joined set. */
@OpPostgres
class MijnWerkZoekenPostgresIT extends MijnWerkZoekenIT {
}
