package nl.eenplan.paginas;

import nl.eenplan.OpPostgres;

/** Searching and paging the pupils again on PostgreSQL: the name, the escaped wildcards and the count in its SQL. */
@OpPostgres
class LeerlingenZoekenPostgresIT extends LeerlingenZoekenIT {
}
