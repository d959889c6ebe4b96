package nl.eenplan.thuiszitterstafel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A table as its parties read it: the facts, the plan and where it stands; never care details from the dossier. */
public record ThuiszitterstafelView(Long id, String dossierNummer, String schoolBrin, String gemeente,
                                    String routering, String status, String bron, String bronOmschrijving,
                                    Instant gemeldOp, LocalDate thuisSinds, List<SignaalView> signalen,
                                    Instant tafelOp, String doorzettingsmacht, String doorzettingsmachtFunctie,
                                    String onderwijs, LocalDate terugDatum, List<AfspraakView> afspraken,
                                    int escalaties, String doorbraak, LocalDate teruggekeerdOp, String uitkomst,
                                    String uitkomstOmschrijving, String toelichting, Instant afgeslotenOp) {

    public record SignaalView(String bron, String omschrijving, Instant op, String toelichting) {
    }

    public record AfspraakView(String wat, String wie, LocalDate uiterlijk) {
    }

    static ThuiszitterstafelView van(Thuiszitterstafel t) {
        return new ThuiszitterstafelView(t.getId(), t.getDossierNummer(), t.getSchoolBrin(), t.getEigenaar(),
                t.getRoutering(), t.getStatus().name(), t.getBron().name(), t.getBron().omschrijving(), t.getGemeldOp(),
                t.getThuisSinds(),
                t.getSignalen().stream().map(s -> new SignaalView(s.bron().name(), s.bron().omschrijving(), s.op(),
                        s.toelichting())).toList(),
                t.getTafelOp(), t.getDoorzettingsmacht(), t.getDoorzettingsmachtFunctie(), t.getOnderwijs(),
                t.getTerugDatum(),
                t.getAfspraken().stream().map(a -> new AfspraakView(a.wat(), a.wie().name(), a.uiterlijk())).toList(),
                t.getEscalaties(), t.getDoorbraak(), t.getTeruggekeerdOp(),
                t.getUitkomst() == null ? null : t.getUitkomst().code(),
                t.getUitkomst() == null ? null : t.getUitkomst().omschrijving(), t.getToelichting(),
                t.getAfgeslotenOp());
    }
}
