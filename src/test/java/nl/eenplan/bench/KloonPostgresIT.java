package nl.eenplan.bench;

import nl.eenplan.OpPostgres;

/** {@link KloonIT} on PostgreSQL: the clones go in with COPY there. */
@OpPostgres
class KloonPostgresIT extends KloonIT {
}
