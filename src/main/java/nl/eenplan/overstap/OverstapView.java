package nl.eenplan.overstap;

import java.time.Instant;

/** A transition on the dossier. */
public record OverstapView(Long id, String dossierNummer, String schooljaar, Overstapsoort soort,
                           String ontvangendeSchool, String voorlopigAdvies, String definitiefAdvies,
                           Instant oudersGezienOp, Boolean geplaatst, Boolean ingeschreven, String okr) {

    static OverstapView van(Overstap o) {
        return new OverstapView(o.getId(), o.getDossierNummer(), o.getSchooljaar(), o.getSoort(),
                o.getOntvangendeSchool(), o.getVoorlopigAdvies(), o.getDefinitiefAdvies(), o.getOudersGezienOp(),
                o.getGeplaatst(), o.getIngeschreven(), "/api/overstappen/" + o.getId() + "/okr");
    }
}
