package nl.eenplan.verzuim;

import nl.eenplan.OpPostgres;

/** The daily absence import in blocks on PostgreSQL: the same outcome as pupil by pupil, and its statements counted. */
@OpPostgres
class VerzuimImportGelijkPostgresIT extends VerzuimImportGelijkIT {

    @Override
    int bsnBasis() {
        return 912_000;
    }

    @Override
    String[] scholen() {
        return new String[] {"91VD03", "91VD04"};
    }
}
