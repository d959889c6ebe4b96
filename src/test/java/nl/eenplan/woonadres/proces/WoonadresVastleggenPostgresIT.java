package nl.eenplan.woonadres.proces;

import nl.eenplan.OpPostgres;

/** The task "Woonadres vastleggen" on PostgreSQL: the row lock that keeps it at one per dossier, the doors, the routing. */
@OpPostgres
class WoonadresVastleggenPostgresIT extends WoonadresVastleggenScenarioIT {
}
