package nl.eenplan.verzuim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.eenplan.leerplicht.LeerplichtEscalatie;

/**
 * A verzuimmelding as the school and (once sent) leerplicht see it, with the days it covers. {@code soortOmschrijving}
 * is DUO's name of the type; {@code einddatum} is empty while an LRV is {@code open}; {@code drempeldatum} is the day
 * its threshold was reached, {@code teruggekeerdOp} the return the school recorded; {@code eenheid} the school's unit
 * of {@code uren} (LESUUR, KLOKUUR; empty for a report made before EenPlan knew it). {@code duoKenmerk},
 * {@code ingediendBijDuoOp} and {@code ingediendDoor}: the submission in DUO's verzuimregister; {@code teLaatGesignaleerdOp}:
 * when EenPlan told the school's leadership and leerplicht that it was not confirmed within the norm.
 */
public record VerzuimmeldingView(Long id, String dossierNummer, Meldingsoort soort, String soortOmschrijving,
                                 LocalDate startdatum, LocalDate einddatum, boolean open, LocalDate drempeldatum,
                                 LocalDate teruggekeerdOp, BigDecimal uren,
                                 boolean alleLessenGemist, List<VerzuimdagView> dagen, String vermoedelijkeReden,
                                 String toelichting, String gevraagdeActie, String contactpersoon, String rolMelder,
                                 String locatie, Verzuimmelding.Status status, Instant versturenVoor,
                                 Instant verstuurdOp, String verstuurdDoor, boolean teLaat, String teLaatOorzaak,
                                 String intrekReden,
                                 Instant ingetrokkenOp, Long escalatieId,
                                 LeerplichtEscalatie.Status leerplichtStatus, nl.eenplan.termijn.Uureenheid eenheid,
                                 String duoKenmerk, LocalDate ingediendBijDuoOp, String ingediendDoor,
                                 Instant teLaatGesignaleerdOp) {

    static VerzuimmeldingView van(Verzuimmelding m, List<VerzuimdagView> dagen,
                                  LeerplichtEscalatie.Status leerplichtStatus) {
        return new VerzuimmeldingView(m.getId(), m.getDossierNummer(), m.getSoort(), m.getSoort().omschrijving(),
                m.getStartdatum(), m.getEinddatum(), m.isOpen(), m.getDrempeldatum(), m.getTeruggekeerdOp(), m.getUren(), m.isAlleLessenGemist(), dagen,
                m.getVermoedelijkeReden(), m.getToelichting(), m.getGevraagdeActie(), m.getContactpersoon(),
                m.getRolMelder(), m.getLocatie(), m.getStatus(), m.getVersturenVoor(), m.getVerstuurdOp(),
                m.getVerstuurdDoor(), m.isTeLaat(), m.getTeLaatOorzaak(), m.getIntrekReden(), m.getIngetrokkenOp(),
                m.getEscalatieId(), leerplichtStatus, m.getUureenheid(), m.getDuoKenmerk(), m.getIngediendBijDuoOp(),
                m.getIngediendDoor(), m.getTeLaatGesignaleerdOp());
    }
}
