package nl.eenplan.opp;

import nl.eenplan.OpPostgres;

/** Process opp on PostgreSQL: the versions and the OOGO, instemming, evaluations, the doors. */
@OpPostgres
class OppScenarioPostgresIT extends OppScenarioIT {
}
