package nl.eenplan.gezin;

import nl.eenplan.OpPostgres;

/** {@link GezinBerichtIT} on PostgreSQL: V69 (gezin_bericht, vorige_aanmelding_op) and the generated key. */
@OpPostgres
class GezinBerichtPostgresIT extends GezinBerichtIT {
}
