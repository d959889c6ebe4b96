package nl.eenplan.groeidocument;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The groeidocument of a dossier: its current (latest) version in full and every version in short, newest first. */
public record GroeidocumentView(String dossierNummer, Versie huidig, List<Samenvatting> versies) {

    /** One version in full, with the parents' signatures on it. */
    public record Versie(Long id, String dossierNummer, int versie, Secties secties, String opgeslagenDoor,
                         Instant opgeslagenOp, boolean ondertekend, List<HandtekeningView> handtekeningen) {

        static Versie van(Groeidocumentversie v) {
            return new Versie(v.getId(), v.getDossierNummer(), v.getVersie(), v.secties(), v.getOpgeslagenDoor(),
                    v.getOpgeslagenOp(), v.isOndertekend(),
                    v.getHandtekeningen().stream().map(HandtekeningView::van).toList());
        }
    }

    public record Samenvatting(Long id, int versie, String opgeslagenDoor, Instant opgeslagenOp, boolean ondertekend) {

        static Samenvatting van(Groeidocumentversie v) {
            return new Samenvatting(v.getId(), v.getVersie(), v.getOpgeslagenDoor(), v.getOpgeslagenOp(),
                    v.isOndertekend());
        }
    }

    public record HandtekeningView(String naam, String relatie, LocalDate getekendOp, Tekenwijze wijze,
                                   String vastgelegdDoor, Instant vastgelegdOp) {

        static HandtekeningView van(Handtekening h) {
            return new HandtekeningView(h.getNaam(), h.getRelatie(), h.getGetekendOp(), h.getWijze(),
                    h.getVastgelegdDoor(), h.getVastgelegdOp());
        }
    }
}
