package nl.eenplan.tlv;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A TLV on the dossier: kind, bekostigingscategorie, start and end, the requesting school and the issuing SWV, how it
 * stands or ended, whether the SWV still has to complete it (taken over from before V38), and the deskundigen who
 * advised on it (kept with the TLV: they move with it to a new school).
 */
public record TlvView(Long id, String dossierNummer, Long arrangementId, Tlv.Soort soort, Tlv.Categorie categorie,
                      LocalDate startdatum, LocalDate einddatum, String aanvragendeSchool, String swv,
                      Tlv.Status status, LocalDate beeindigdOp, boolean aanTeVullen, Instant verleendOp,
                      java.util.List<Deskundige> deskundigen) {

    static TlvView van(Tlv t) {
        return new TlvView(t.getId(), t.getDossierNummer(), t.getArrangementId(), t.getSoort(), t.getCategorie(),
                t.getStartdatum(), t.getEinddatum(), t.getSchoolBrin(), t.getSwv(), t.getStatus(), t.getBeeindigdOp(),
                t.isAanTeVullen(), t.getVerleendOp(), t.getDeskundigen());
    }
}
