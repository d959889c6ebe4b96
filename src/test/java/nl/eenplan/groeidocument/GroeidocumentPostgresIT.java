package nl.eenplan.groeidocument;

import nl.eenplan.OpPostgres;

/** The groeidocument tests on PostgreSQL: V36 and the same answers. */
@OpPostgres
class GroeidocumentPostgresIT extends GroeidocumentIT {
}
