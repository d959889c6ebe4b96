package nl.eenplan.leerplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An escalation to leerplicht: who (identity), where (school), why (reason and facts), since when,
 * who to contact, and what leerplicht did. Never care details.
 */
@Entity
@Table(name = "leerplicht_escalatie")
public class LeerplichtEscalatie {

    /** The lifecycle, as in DUO's verzuimregister. */
    public enum Status {
        GEREGISTREERD, IN_BEHANDELING, AFGESLOTEN, TER_KENNISGEVING_AANGENOMEN, INGETROKKEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(name = "leerling_naam", nullable = false)
    private String leerlingNaam;

    @Column(nullable = false)
    private LocalDate geboortedatum;

    private String bsn;

    @Column(name = "school_brin", nullable = false)
    private String schoolBrin;

    @Column(name = "school_naam", nullable = false)
    private String schoolNaam;

    @Column(nullable = false)
    private String gemeente;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reden reden;

    @Column(nullable = false)
    private String feiten;

    /** Which process or part of EenPlan escalated. */
    @Column(nullable = false)
    private String bron;

    /** User id of the school's zorgcoördinator to contact. */
    @Column(nullable = false)
    private String contactpersoon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "ontvangen_op", nullable = false)
    private Instant ontvangenOp;

    @Column(name = "beoordelen_voor")
    private Instant beoordelenVoor;

    @Enumerated(EnumType.STRING)
    private MasRoute route;

    @Column(name = "beoordeeld_door")
    private String beoordeeldDoor;

    @Column(name = "beoordeeld_op")
    private Instant beoordeeldOp;

    @Column(name = "proces_instantie_id")
    private String procesInstantieId;

    /** Where the source record is, e.g. /api/verzuimmeldingen/12 for a school's report. */
    private String verwijzing;

    /** The school sent its report after the norm of 5 werkdagen (or EenPlan sent it for the school). */
    @Column(name = "laat_gemeld", nullable = false)
    private boolean laatGemeld;

    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;

    @Column(name = "afgesloten_door")
    private String afgeslotenDoor;

    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;

    @Column(name = "intrek_reden")
    private String intrekReden;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    /** The first day of what the escalation is about (the absence), when known: the age for Halt counts there. */
    @Column(name = "feit_vanaf")
    private LocalDate feitVanaf;

    /** The tenant that owns the case: the handling gemeente's CBS code (Escalatieroute), or the school's BRIN. */
    @Column(nullable = false)
    private String eigenaar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Escalatieroute.Soort routering;

    /** The team that works it within the gemeente: group leerplicht or rmc (Escalatieroute). */
    @Column(nullable = false)
    private String behandelaar;

    /** CBS code of the gemeente where the pupil lived when the escalation was made; null when not known. */
    @Column(name = "woongemeentecode")
    private String woongemeentecode;

    /** Handovers to another gemeente when the pupil moved while it was open, oldest first. */
    @OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "escalatie_id", nullable = false)
    @OrderBy("id")
    private List<EscalatieOverdracht> overdrachten = new ArrayList<>();

    protected LeerplichtEscalatie() {
    }

    LeerplichtEscalatie(String dossierNummer, String leerlingNaam, LocalDate geboortedatum, String bsn,
                        String schoolBrin, String schoolNaam, String gemeente, Reden reden, String feiten,
                        String bron, String verwijzing, boolean laatGemeld, String contactpersoon,
                        Instant ontvangenOp) {
        this.dossierNummer = dossierNummer;
        this.leerlingNaam = leerlingNaam;
        this.geboortedatum = geboortedatum;
        this.bsn = bsn;
        this.schoolBrin = schoolBrin;
        this.schoolNaam = schoolNaam;
        this.gemeente = gemeente;
        this.reden = reden;
        this.feiten = feiten;
        this.bron = bron;
        this.verwijzing = verwijzing;
        this.laatGemeld = laatGemeld;
        this.contactpersoon = contactpersoon;
        this.ontvangenOp = ontvangenOp;
        this.status = Status.GEREGISTREERD;
    }

    void gerouteerd(Escalatieroute route) {
        this.eigenaar = route.eigenaar();
        this.routering = route.soort();
        this.woongemeentecode = route.woongemeentecode();
        this.behandelaar = route.behandelaar();
    }

    /** Not concluded: leerplicht still assesses it or works its route. */
    public boolean isOpen() {
        return status == Status.GEREGISTREERD || status == Status.IN_BEHANDELING;
    }

    /** Handed over to the gemeente of {@code route} (the pupil moved); the team that works it stays. */
    void overgedragen(Escalatieroute route, String door, Instant op) {
        overdrachten.add(new EscalatieOverdracht(eigenaar, route.eigenaar(), route.soort(), status, door, op));
        this.eigenaar = route.eigenaar();
        this.routering = route.soort();
        this.woongemeentecode = route.woongemeentecode();
    }

    public List<EscalatieOverdracht> getOverdrachten() {
        return List.copyOf(overdrachten);
    }

    public String getBehandelaar() {
        return behandelaar;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public Escalatieroute.Soort getRoutering() {
        return routering;
    }

    public String getWoongemeentecode() {
        return woongemeentecode;
    }

    void feitVanaf(LocalDate dag) {
        this.feitVanaf = dag;
    }

    public LocalDate getFeitVanaf() {
        return feitVanaf;
    }

    /** What the school reported later (e.g. the pupil's return), after the facts it sent; within the column's size. */
    void feitenAangevuld(String aanvulling) {
        String samen = feiten + " " + aanvulling;
        this.feiten = samen.length() <= 2000 ? samen : samen.substring(0, 2000);
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void beoordelenVoor(Instant deadline) {
        this.beoordelenVoor = deadline;
    }

    void beoordeeld(MasRoute route, String door, Instant op) {
        this.route = route;
        this.beoordeeldDoor = door;
        this.beoordeeldOp = op;
        this.status = route == MasRoute.TER_KENNISGEVING ? Status.TER_KENNISGEVING_AANGENOMEN : Status.IN_BEHANDELING;
    }

    void afgesloten(Uitkomst uitkomst, String door, Instant op) {
        this.uitkomst = uitkomst;
        this.afgeslotenDoor = door;
        this.afgeslotenOp = op;
        this.status = Status.AFGESLOTEN;
    }

    void ingetrokken(String reden, Instant op) {
        this.intrekReden = reden;
        this.ingetrokkenOp = op;
        this.status = Status.INGETROKKEN;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getLeerlingNaam() {
        return leerlingNaam;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public String getBsn() {
        return bsn;
    }

    public String getSchoolBrin() {
        return schoolBrin;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getGemeente() {
        return gemeente;
    }

    public Reden getReden() {
        return reden;
    }

    public String getFeiten() {
        return feiten;
    }

    public String getBron() {
        return bron;
    }

    public String getContactpersoon() {
        return contactpersoon;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public Instant getBeoordelenVoor() {
        return beoordelenVoor;
    }

    public MasRoute getRoute() {
        return route;
    }

    public String getBeoordeeldDoor() {
        return beoordeeldDoor;
    }

    public Instant getBeoordeeldOp() {
        return beoordeeldOp;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getVerwijzing() {
        return verwijzing;
    }

    public boolean isLaatGemeld() {
        return laatGemeld;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public String getAfgeslotenDoor() {
        return afgeslotenDoor;
    }

    public Instant getAfgeslotenOp() {
        return afgeslotenOp;
    }

    public String getIntrekReden() {
        return intrekReden;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }
}
