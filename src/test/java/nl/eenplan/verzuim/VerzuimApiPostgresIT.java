package nl.eenplan.verzuim;

import nl.eenplan.OpPostgres;

/** Absence registration, reports and leerplicht's view of them, on PostgreSQL (numeric hours, time zones). */
@OpPostgres
class VerzuimApiPostgresIT extends VerzuimApiIT {
}
