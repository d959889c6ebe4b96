package nl.eenplan.aanmelding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A concern about a pupil and what became of it: the signal, the intake report, the route triage
 * chose and, if it stopped, why. Part of the dossier: care details live here, not in the process.
 */
@Entity
@Table(name = "aanmelding")
public class Aanmelding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    /** Comma-separated {@link Categorie} names. */
    @Column(nullable = false)
    private String categorieen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgentie urgentie;

    @Column(name = "al_geprobeerd", nullable = false)
    private String alGeprobeerd;

    @Column(name = "eerdere_ondersteuning", nullable = false)
    private boolean eerdereOndersteuning;

    @Column(name = "signalen_onveiligheid", nullable = false)
    private boolean signalenOnveiligheid;

    @Column(name = "gemeld_door", nullable = false)
    private String gemeldDoor;

    @Column(name = "gemeld_op", nullable = false)
    private Instant gemeldOp;

    @Column(name = "proces_instantie_id")
    private String procesInstantieId;

    @Column(name = "intake_verslag")
    private String intakeVerslag;

    @Column(name = "intake_door")
    private String intakeDoor;

    @Column(name = "intake_op")
    private Instant intakeOp;

    @Enumerated(EnumType.STRING)
    private Route route;

    @Column(name = "route_toelichting")
    private String routeToelichting;

    @Column(name = "route_gestopt_op")
    private Instant routeGestoptOp;

    @Column(name = "route_gestopt_reden")
    private String routeGestoptReden;

    /**
     * TRUE while its referral may still run, null once EenPlan saw it ended. Unique with the dossier, categories,
     * urgency and signs of unsafety (V17): the same concern about a pupil starts one referral at a time, also when
     * it is posted five times at once.
     */
    @Column(name = "lopend")
    private Boolean lopend = Boolean.TRUE;

    protected Aanmelding() {
    }

    Aanmelding(String dossierNummer, NieuweAanmelding nieuw, String gemeldDoor, Instant gemeldOp) {
        this.dossierNummer = dossierNummer;
        this.categorieen = categorieen(nieuw.categorieen());
        this.urgentie = nieuw.urgentie();
        this.alGeprobeerd = nieuw.alGeprobeerd();
        this.eerdereOndersteuning = Boolean.TRUE.equals(nieuw.eerdereOndersteuning());
        this.signalenOnveiligheid = Boolean.TRUE.equals(nieuw.signalenOnveiligheid());
        this.gemeldDoor = gemeldDoor;
        this.gemeldOp = gemeldOp;
    }

    /** The categories as stored: names in alphabetical order, comma-separated, so one set has one spelling. */
    static String categorieen(Set<Categorie> categorieen) {
        return categorieen.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Its referral's process ended: the same concern may start a new one. */
    void afgelopen() {
        this.lopend = null;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void intakeGedaan(String verslag, String door, Instant op) {
        this.intakeVerslag = verslag;
        this.intakeDoor = door;
        this.intakeOp = op;
    }

    void routeGekozen(Route route, String toelichting) {
        this.route = route;
        this.routeToelichting = toelichting;
        this.routeGestoptOp = null;
        this.routeGestoptReden = null;
    }

    void routeGestopt(String reden, Instant op) {
        this.routeGestoptReden = reden;
        this.routeGestoptOp = op;
    }

    public Set<Categorie> getCategorieen() {
        Set<Categorie> set = EnumSet.noneOf(Categorie.class);
        Arrays.stream(categorieen.split(",")).map(Categorie::valueOf).forEach(set::add);
        return set;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public Urgentie getUrgentie() {
        return urgentie;
    }

    public String getAlGeprobeerd() {
        return alGeprobeerd;
    }

    public boolean isEerdereOndersteuning() {
        return eerdereOndersteuning;
    }

    public boolean isSignalenOnveiligheid() {
        return signalenOnveiligheid;
    }

    public String getGemeldDoor() {
        return gemeldDoor;
    }

    public Instant getGemeldOp() {
        return gemeldOp;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getIntakeVerslag() {
        return intakeVerslag;
    }

    public String getIntakeDoor() {
        return intakeDoor;
    }

    public Instant getIntakeOp() {
        return intakeOp;
    }

    public Route getRoute() {
        return route;
    }

    public String getRouteToelichting() {
        return routeToelichting;
    }

    public Instant getRouteGestoptOp() {
        return routeGestoptOp;
    }

    public String getRouteGestoptReden() {
        return routeGestoptReden;
    }
}
