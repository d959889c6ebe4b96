package nl.eenplan.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The whole dossier as the API shows it to those whose work needs it. */
public record DossierView(
        String nummer,
        Dossier.Status status,
        String zorgcoordinator,
        Instant aangemaaktOp,
        Instant geslotenOp,
        String sluitreden,
        LeerlingView leerling,
        List<DoelView> doelen,
        List<ToestemmingView> toestemmingen,
        List<AfspraakView> afspraken) {

    public record LeerlingView(String voornaam, String tussenvoegsel, String achternaam, LocalDate geboortedatum,
                               String bsn, SchoolView school, Onderwijssoort onderwijssoort, int leerjaar,
                               List<OuderView> ouders) {
    }

    public record OuderView(String naam, Ouder.Relatie relatie, String telefoon, String email) {
    }

    public record DoelView(Long id, String omschrijving, Doel.Status status) {
    }

    public record ToestemmingView(Long id, Toestemming.GegevenDoor gegevenDoor, Toestemming.Scope scope,
                                  LocalDate gegevenOp, LocalDate ingetrokkenOp) {
    }

    public record AfspraakView(Long id, String wat, String eigenaar, boolean eigenaarIsGroep, LocalDate deadline,
                               Afspraak.Status status, String annuleerReden, String herkomst) {

        static AfspraakView van(Afspraak a) {
            return new AfspraakView(a.getId(), a.getWat(), a.getEigenaar(), a.isEigenaarIsGroep(), a.getDeadline(),
                    a.getStatus(), a.getAnnuleerReden(), a.getHerkomst());
        }
    }

    static DossierView van(Dossier d) {
        Leerling l = d.getLeerling();
        return new DossierView(
                d.getNummer(), d.getStatus(), d.getZorgcoordinator(), d.getAangemaaktOp(), d.getGeslotenOp(),
                d.getSluitreden(),
                new LeerlingView(l.getVoornaam(), l.getTussenvoegsel(), l.getAchternaam(), l.getGeboortedatum(),
                        l.getBsn(), SchoolView.van(l.getSchool()), l.getOnderwijssoort(), l.getLeerjaar(),
                        l.getOuders().stream()
                                .map(o -> new OuderView(o.getNaam(), o.getRelatie(), o.getTelefoon(), o.getEmail()))
                                .toList()),
                d.getPlan().getDoelen().stream()
                        .map(doel -> new DoelView(doel.getId(), doel.getOmschrijving(), doel.getStatus()))
                        .toList(),
                d.getToestemmingen().stream()
                        .map(t -> new ToestemmingView(t.getId(), t.getGegevenDoor(), t.getScope(), t.getGegevenOp(),
                                t.getIngetrokkenOp()))
                        .toList(),
                d.getAfspraken().stream()
                        .map(AfspraakView::van)
                        .toList());
    }
}
