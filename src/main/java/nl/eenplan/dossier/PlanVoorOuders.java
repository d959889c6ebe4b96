package nl.eenplan.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What of the one plan goes to the family: the goals with how they go, the agreements with who does them (a person's
 * name or what their group does, never a user id), the consents in force, and the school's contact person. One
 * selection, used by the plan for the parents as a PDF (paginas.PlanAlsPdf, {@code ?voor=ouders}) and by the family's
 * own pages (gezin.Gezinszicht, which then leaves out what the family member may not see).
 *
 * @param contactpersoon the zorgcoördinator's name, or null when the identity store does not know it
 */
public record PlanVoorOuders(List<Doelregel> doelen, List<Afspraakregel> afspraken,
                             List<DossierView.ToestemmingView> toestemmingen, String contactpersoon) {

    public record Doelregel(Long id, String omschrijving, Doel.Status status) {
    }

    /**
     * An agreement for the family: what, who (a person's {@code naam}, or their {@code groep} when a group owns it or the
     * name is unknown; both null: someone at school), by when, how it stands, and whether it is made with the family
     * (the parents or the pupil do it).
     */
    public record Afspraakregel(Long id, String wat, String naam, String groep, LocalDate klaarOp,
                                Afspraak.Status status, boolean metGezin) {
    }

    /** The selection from a dossier; {@code naamVan} gives a user's name (empty when unknown). */
    public static PlanVoorOuders van(DossierView dossier, Function<String, Optional<String>> naamVan) {
        return new PlanVoorOuders(
                dossier.doelen().stream().map(d -> new Doelregel(d.id(), d.omschrijving(), d.status())).toList(),
                dossier.afspraken().stream().map(a -> new Afspraakregel(a.id(), a.wat(),
                        a.eigenaarIsGroep() ? null : naamVan.apply(a.eigenaar()).orElse(null),
                        a.eigenaarIsGroep() ? a.eigenaar() : null, a.deadline(), a.status(), a.metGezin())).toList(),
                dossier.toestemmingen().stream().filter(t -> t.ingetrokkenOp() == null).toList(),
                dossier.zorgcoordinator() == null ? null : naamVan.apply(dossier.zorgcoordinator()).orElse(null));
    }
}
