package nl.eenplan.overdracht;

import nl.eenplan.OpPostgres;

/**
 * The hand-over on PostgreSQL: the dossiers locked for it, a task changed at the same moment (PostgreSQL waits for the
 * row and then finds another revision), the routing fact in running processes.
 */
@OpPostgres
class OverdrachtPostgresIT extends OverdrachtIT {
}
