package nl.eenplan.monitor;

import nl.eenplan.OpPostgres;

/** The generated region's true values on PostgreSQL. */
@OpPostgres
class VoorbeeldregioPostgresIT extends VoorbeeldregioIT {
}
