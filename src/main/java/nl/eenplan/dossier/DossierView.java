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
        List<AfspraakView> afspraken,
        OvergestaptView overgestapt) {

    /** The pupil changed to this school on this enrolment date; the dossier is read-only since (null: no change). */
    public record OvergestaptView(String naarBrin, LocalDate ingeschrevenOp) {
    }

    /**
     * What the school a pupil left keeps reading (package nl.eenplan.schoolwissel): who the pupil is, the enrolment here
     * (opened, left, why, where to). Not the parents, the address, the plan, the consents or the agreements: they went
     * along with the pupil or ended with the school's care, and the plan develops at the new school.
     */
    public DossierView alleenBewaard() {
        LeerlingView l = leerling;
        return new DossierView(nummer, status, zorgcoordinator, aangemaaktOp, geslotenOp, sluitreden,
                new LeerlingView(l.voornaam(), l.tussenvoegsel(), l.achternaam(), l.geboortedatum(), l.bsn(), l.school(),
                        l.onderwijssoort(), l.leerjaar(), List.of(), l.startkwalificatie(), null),
                List.of(), List.of(), List.of(), overgestapt);
    }

    public record LeerlingView(String voornaam, String tussenvoegsel, String achternaam, LocalDate geboortedatum,
                               String bsn, SchoolView school, Onderwijssoort onderwijssoort, int leerjaar,
                               List<OuderView> ouders, boolean startkwalificatie, WoonadresView woonadres) {
    }

    /** Where the pupil lives; when confidential only the gemeente (CBS code) is shown. Null while not recorded. */
    public record WoonadresView(String postcode, String huisnummer, String woonplaats, String gemeentecode,
                                boolean vertrouwelijk) {

        static WoonadresView van(Woonadres a) {
            return a.isVertrouwelijk() ? new WoonadresView(null, null, null, a.getGemeentecode(), true)
                    : new WoonadresView(a.getPostcode(), a.getHuisnummer(), a.getWoonplaats(), a.getGemeentecode(),
                    false);
        }
    }

    /** {@code gezag} is null while the school has not confirmed it. */
    public record OuderView(Long id, String naam, Ouder.Relatie relatie, String telefoon, String email, Boolean gezag,
                            boolean informatieBeperkt) {

        static OuderView van(Ouder o) {
            return new OuderView(o.getId(), o.getNaam(), o.getRelatie(), o.getTelefoon(), o.getEmail(), o.getGezag(),
                    o.isInformatieBeperkt());
        }
    }

    public record DoelView(Long id, String omschrijving, Doel.Status status) {
    }

    /**
     * A consent with its proof: the person ({@code ouderId} and {@code gever}, a name or "de leerling"), when, how, on
     * which information, for which period, recorded by whom, and its withdrawal.
     */
    public record ToestemmingView(Long id, Toestemming.GegevenDoor gegevenDoor, Long ouderId, String gever,
                                  Toestemming.Scope scope, LocalDate gegevenOp, LocalDate geldigTot,
                                  Toestemming.Vorm vorm, String informatieVersie, String informatieTekst,
                                  String vastgelegdDoor, LocalDate ingetrokkenOp, Toestemming.Vorm ingetrokkenVorm,
                                  String ingetrokkenVastgelegdDoor, String informatieTaal, String bewijs,
                                  String ingetrokkenBewijs) {

        static ToestemmingView van(Toestemming t) {
            Ouder o = t.getOuder();
            String gever = t.getGegevenDoor() == Toestemming.GegevenDoor.LEERLING ? "de leerling"
                    : o == null ? "de ouders" : o.getNaam() + " (" + o.getRelatie().omschrijving() + ")";
            return new ToestemmingView(t.getId(), t.getGegevenDoor(), o == null ? null : o.getId(), gever,
                    t.getScope(), t.getGegevenOp(), t.getGeldigTot(), t.getVorm(), t.getInformatieVersie(),
                    t.getInformatieTekst(), t.getVastgelegdDoor(), t.getIngetrokkenOp(), t.getIngetrokkenVorm(),
                    t.getIngetrokkenVastgelegdDoor(), t.getInformatieTaal(), t.getBewijs(), t.getIngetrokkenBewijs());
        }
    }

    public record AfspraakView(Long id, String wat, String eigenaar, boolean eigenaarIsGroep, LocalDate deadline,
                               Afspraak.Status status, String annuleerReden, String herkomst, boolean metGezin) {

        static AfspraakView van(Afspraak a) {
            return new AfspraakView(a.getId(), a.getWat(), a.getEigenaar(), a.isEigenaarIsGroep(), a.getDeadline(),
                    a.getStatus(), a.getAnnuleerReden(), a.getHerkomst(), a.isMetGezin());
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
                                .map(OuderView::van)
                                .toList(), l.isStartkwalificatie(),
                        l.woonadres().map(WoonadresView::van).orElse(null)),
                d.getPlan().getDoelen().stream()
                        .map(doel -> new DoelView(doel.getId(), doel.getOmschrijving(), doel.getStatus()))
                        .toList(),
                d.getToestemmingen().stream()
                        .map(ToestemmingView::van)
                        .toList(),
                d.getAfspraken().stream()
                        .map(AfspraakView::van)
                        .toList(),
                d.getOvergestaptNaar() == null ? null
                        : new OvergestaptView(d.getOvergestaptNaar(), d.getOvergestaptOp()));
    }
}
