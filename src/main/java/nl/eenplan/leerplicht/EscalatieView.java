package nl.eenplan.leerplicht;

import java.time.Instant;
import java.time.LocalDate;

/** An escalation as leerplicht sees it: identity, school, reason and facts, dates, contact. No care details. */
public record EscalatieView(Long id, String dossierNummer, Leerling leerling, School school, Reden reden,
                            String redenOmschrijving, String feiten, String bron, String contactpersoon,
                            LeerplichtEscalatie.Status status, Instant ontvangenOp, Instant beoordelenVoor,
                            boolean teLaat, MasRoute route, Instant beoordeeldOp, String verwijzing,
                            boolean laatGemeld, Uitkomst uitkomst, String uitkomstOmschrijving, Instant afgeslotenOp,
                            String intrekReden, Instant ingetrokkenOp, Routering routering,
                            java.util.List<Overdracht> overdrachten) {

    /**
     * A handover to another gemeente because the pupil moved: from and to (tenant: CBS code, or a school's BRIN for a
     * case from before gemeenten had codes), how the new one was chosen, the status then, whose address change, when.
     */
    public record Overdracht(String van, String naar, Escalatieroute.Soort routering, LeerplichtEscalatie.Status status,
                             String door, Instant op) {
    }

    /**
     * Which gemeente handles it (CBS code), how that was decided, the pupil's home gemeente when known, and the team
     * (group leerplicht or rmc).
     */
    public record Routering(String gemeentecode, Escalatieroute.Soort soort, String omschrijving,
                            String woongemeentecode, String behandelaar) {
    }

    public record Leerling(String naam, LocalDate geboortedatum, String bsn) {
    }

    public record School(String brin, String naam, String gemeente) {
    }

    static EscalatieView van(LeerplichtEscalatie e, Instant nu) {
        boolean open = e.getStatus() == LeerplichtEscalatie.Status.GEREGISTREERD;
        return new EscalatieView(e.getId(), e.getDossierNummer(),
                new Leerling(e.getLeerlingNaam(), e.getGeboortedatum(), e.getBsn()),
                new School(e.getSchoolBrin(), e.getSchoolNaam(), e.getGemeente()),
                e.getReden(), e.getReden().omschrijving(), e.getFeiten(), e.getBron(), e.getContactpersoon(),
                e.getStatus(), e.getOntvangenOp(), e.getBeoordelenVoor(),
                open && e.getBeoordelenVoor() != null && nu.isAfter(e.getBeoordelenVoor()),
                e.getRoute(), e.getBeoordeeldOp(), e.getVerwijzing(), e.isLaatGemeld(), e.getUitkomst(),
                e.getUitkomst() == null ? null : e.getUitkomst().omschrijving(), e.getAfgeslotenOp(),
                e.getIntrekReden(), e.getIngetrokkenOp(),
                new Routering(e.getRoutering() == Escalatieroute.Soort.SCHOOL ? null : e.getEigenaar(),
                        e.getRoutering(), e.getRoutering().omschrijving(), e.getWoongemeentecode(),
                        e.getBehandelaar()),
                e.getOverdrachten().stream().map(o -> new Overdracht(o.getVan(), o.getNaar(), o.getRoutering(),
                        o.getStatus(), o.getDoor(), o.getOp())).toList());
    }
}
