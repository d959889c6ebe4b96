package nl.eenplan.thuiszitterstafel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One thuiszitterstafel: a pupil without education (or at risk), the gemeente that owns it (where the pupil lives), the
 * meeting, the plan (date back in education, who does what), the person with doorzettingsmacht, escalations and the
 * outcome. Open while {@code openDossier} holds the dossier number: the database allows one open table per pupil.
 */
@Entity
@Table(name = "thuiszitterstafel")
public class Thuiszitterstafel {

    public enum Status {
        /** Signalled: the table is being planned. */
        GEMELD,
        /** The meeting is planned; the plan follows it. */
        GEPLAND,
        /** A plan with a date: followed until the pupil is back. */
        PLAN,
        AFGESLOTEN
    }

    @Embeddable
    public record Signaal(@Enumerated(EnumType.STRING) @Column(nullable = false) Bron bron,
                          @Column(nullable = false) Instant op,
                          String toelichting) {
    }

    @Embeddable
    public record Afspraak(@Column(nullable = false) String wat,
                           @Enumerated(EnumType.STRING) @Column(nullable = false) Partij wie,
                           @Column(nullable = false) LocalDate uiterlijk) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(name = "open_dossier")
    private String openDossier;

    @Column(name = "school_brin", nullable = false)
    private String schoolBrin;

    /** The Camunda tenant that owns it: the home gemeente's CBS code (or, without one, as leerplicht routes). */
    @Column(nullable = false)
    private String eigenaar;

    @Column(nullable = false)
    private String routering;

    /** leerplicht, or rmc for a pupil of 18 to 23 without a startkwalificatie. */
    @Column(nullable = false)
    private String behandelaar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bron bron;

    @Column(name = "gemeld_op", nullable = false)
    private Instant gemeldOp;

    /** Since when the pupil is without education, when the signal knows it (the verzuim signal's first day). */
    @Column(name = "thuis_sinds")
    private LocalDate thuisSinds;

    @Column(name = "proces_instantie_id")
    private String procesInstantieId;

    @Column(name = "tafel_op")
    private Instant tafelOp;

    private String doorzettingsmacht;

    @Column(name = "doorzettingsmacht_functie")
    private String doorzettingsmachtFunctie;

    @Column(name = "gepland_door")
    private String geplandDoor;

    @Column(name = "plan_op")
    private Instant planOp;

    @Column(name = "plan_door")
    private String planDoor;

    /** Which education the pupil goes back to (school, form). */
    private String onderwijs;

    @Column(name = "terug_datum")
    private LocalDate terugDatum;

    @Column(nullable = false)
    private int escalaties;

    @Column(name = "laatst_geescaleerd_op")
    private Instant laatstGeescaleerdOp;

    /** What the person with doorzettingsmacht decided, the last time. */
    private String doorbraak;

    @Column(name = "teruggekeerd_op")
    private LocalDate teruggekeerdOp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;

    private String toelichting;

    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;

    @Column(name = "afgesloten_door")
    private String afgeslotenDoor;

    @ElementCollection
    @CollectionTable(name = "thuiszitterstafel_signaal", joinColumns = @JoinColumn(name = "tafel_id"))
    @OrderColumn(name = "volgnummer")
    private List<Signaal> signalen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "thuiszitterstafel_afspraak", joinColumns = @JoinColumn(name = "tafel_id"))
    @OrderColumn(name = "volgnummer")
    private List<Afspraak> afspraken = new ArrayList<>();

    protected Thuiszitterstafel() {
    }

    Thuiszitterstafel(String dossierNummer, String schoolBrin, String eigenaar, String routering, String behandelaar,
                      Bron bron, String toelichting, LocalDate thuisSinds, Instant nu) {
        this.dossierNummer = dossierNummer;
        this.openDossier = dossierNummer;
        this.schoolBrin = schoolBrin;
        this.eigenaar = eigenaar;
        this.routering = routering;
        this.behandelaar = behandelaar;
        this.bron = bron;
        this.thuisSinds = thuisSinds;
        this.gemeldOp = nu;
        this.status = Status.GEMELD;
        this.signalen.add(new Signaal(bron, nu, toelichting));
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    /** A school change: the table goes on for the pupil's dossier at the new school; the change is in its history. */
    void gewisseld(String naarDossier, String naarSchool, String toelichting, Instant nu) {
        this.dossierNummer = naarDossier;
        this.openDossier = naarDossier;
        this.schoolBrin = naarSchool;
        signalen.add(new Signaal(Bron.PROCES, nu, toelichting));
    }

    /**
     * One table per pupil: the signals and agreements of a table that closed because it was merged into this one, in
     * its history and plan, each marked with where it came from; the earliest day at home counts.
     */
    void neemOver(Thuiszitterstafel andere) {
        String herkomst = "(van tafel " + andere.id + ", " + andere.eigenaar + ") ";
        for (Signaal s : andere.signalen) {
            String tekst = herkomst + (s.toelichting() == null ? "" : s.toelichting());
            signalen.add(new Signaal(s.bron(), s.op(), tekst.length() > 500 ? tekst.substring(0, 500) : tekst));
        }
        for (Afspraak a : andere.afspraken) {
            String wat = herkomst + a.wat();
            afspraken.add(new Afspraak(wat.length() > 1000 ? wat.substring(0, 1000) : wat, a.wie(), a.uiterlijk()));
        }
        if (andere.thuisSinds != null && (thuisSinds == null || andere.thuisSinds.isBefore(thuisSinds))) {
            thuisSinds = andere.thuisSinds;
        }
    }

    /** A repeat signal joins the running table. */
    void signaal(Bron bron, String toelichting, LocalDate sinds, Instant nu) {
        signalen.add(new Signaal(bron, nu, toelichting));
        if (thuisSinds == null && sinds != null) {
            thuisSinds = sinds;
        }
    }

    void gepland(Instant tafelOp, String doorzettingsmacht, String functie, String door) {
        this.tafelOp = tafelOp;
        this.doorzettingsmacht = doorzettingsmacht;
        this.doorzettingsmachtFunctie = functie;
        this.geplandDoor = door;
        this.status = Status.GEPLAND;
    }

    void plan(String onderwijs, LocalDate terugDatum, List<Afspraak> afspraken, String door, Instant nu) {
        this.onderwijs = onderwijs;
        this.terugDatum = terugDatum;
        this.afspraken.clear();
        this.afspraken.addAll(afspraken);
        this.planDoor = door;
        this.planOp = nu;
        this.status = Status.PLAN;
    }

    void geescaleerd(Instant nu) {
        this.escalaties++;
        this.laatstGeescaleerdOp = nu;
    }

    void doorbraak(String besluit) {
        this.doorbraak = besluit;
    }

    void teruggekeerd(LocalDate op) {
        this.teruggekeerdOp = op;
    }

    void afgesloten(Uitkomst uitkomst, String toelichting, String door, Instant nu) {
        this.uitkomst = uitkomst;
        this.toelichting = toelichting;
        this.afgeslotenDoor = door;
        this.afgeslotenOp = nu;
        this.status = Status.AFGESLOTEN;
        this.openDossier = null;
    }

    public boolean isOpen() {
        return status != Status.AFGESLOTEN;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getSchoolBrin() {
        return schoolBrin;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public String getRoutering() {
        return routering;
    }

    public String getBehandelaar() {
        return behandelaar;
    }

    public Bron getBron() {
        return bron;
    }

    public Instant getGemeldOp() {
        return gemeldOp;
    }

    public LocalDate getThuisSinds() {
        return thuisSinds;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public Instant getTafelOp() {
        return tafelOp;
    }

    public String getDoorzettingsmacht() {
        return doorzettingsmacht;
    }

    public String getDoorzettingsmachtFunctie() {
        return doorzettingsmachtFunctie;
    }

    public String getGeplandDoor() {
        return geplandDoor;
    }

    public Instant getPlanOp() {
        return planOp;
    }

    public String getPlanDoor() {
        return planDoor;
    }

    public String getOnderwijs() {
        return onderwijs;
    }

    public LocalDate getTerugDatum() {
        return terugDatum;
    }

    public int getEscalaties() {
        return escalaties;
    }

    public Instant getLaatstGeescaleerdOp() {
        return laatstGeescaleerdOp;
    }

    public String getDoorbraak() {
        return doorbraak;
    }

    public LocalDate getTeruggekeerdOp() {
        return teruggekeerdOp;
    }

    public Status getStatus() {
        return status;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public String getToelichting() {
        return toelichting;
    }

    public Instant getAfgeslotenOp() {
        return afgeslotenOp;
    }

    public String getAfgeslotenDoor() {
        return afgeslotenDoor;
    }

    public List<Signaal> getSignalen() {
        return List.copyOf(signalen);
    }

    public List<Afspraak> getAfspraken() {
        return List.copyOf(afspraken);
    }
}
