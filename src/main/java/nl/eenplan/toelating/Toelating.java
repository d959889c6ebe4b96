package nl.eenplan.toelating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One written application for admission at a school, and what the board did with it within the zorgplicht. Facts
 * and dates only; the pupil's needs stay in the dossier.
 */
@Entity
public class Toelating {

    /**
     * Where the admission stands: running, the board's decision, or BEEINDIGD: its process instance was deleted by hand
     * (Cockpit, /engine-rest) before a decision, so it no longer runs nor keeps the old school from closing. Stored
     * when the instance is deleted (Toelatingproces's history listener; V45 for instances deleted before).
     */
    public enum Status {
        LOPEND, TOEGELATEN, PLAATS_ELDERS, GEWEIGERD, BEEINDIGD
    }

    /**
     * How the parents contest a refusal: BEZWAAR at an openbare school's board (a bestuursorgaan, Awb), HERZIENING at a
     * bijzondere school's (WPO art. 63), BEZWAAR_OF_HERZIENING when EenPlan does not know which the board is
     * (Bezwaarregel).
     */
    public enum Rechtsmiddel {
        BEZWAAR, HERZIENING, BEZWAAR_OF_HERZIENING
    }

    /** The Geschillencommissie passend onderwijs's oordeel on the parents' dispute (WPO art. 43). */
    public enum Oordeel {
        GEGROND, ONGEGROND
    }

    /** The board's decision on it: gegrond (admission decided again), ongegrond (the refusal stands), or withdrawn. */
    public enum Bezwaaruitkomst {
        GEGROND, ONGEGROND, INGETROKKEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String dossierNummer;
    @Column(nullable = false)
    private String schoolBrin;
    @Column(nullable = false)
    private String bestuursnummer;
    private String procesInstantieId;
    @Column(nullable = false)
    private LocalDate aanmeldingOntvangenOp;
    private LocalDate beslistermijn;
    private LocalDate verlengdTot;
    private String verlengReden;
    private LocalDate briefOudersOp;
    private Boolean extraOndersteuning;
    private Boolean arrangementAangevraagd;
    private LocalDate termijnVerstrekenOp;
    private LocalDate tijdelijkIngeschrevenOp;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    private LocalDate beslotenOp;
    private String plaatsEldersBrin;
    private String weigerreden;
    @Column(nullable = false)
    private String gestartDoor;
    @Column(nullable = false)
    private Instant gestartOp;
    private LocalDate besluitbriefOp;
    private String besluitbriefDoor;
    @Enumerated(EnumType.STRING)
    private nl.eenplan.termijn.Verzendwijze besluitbriefWijze;
    private LocalDate bezwaartermijnTot;
    @Enumerated(EnumType.STRING)
    private Rechtsmiddel rechtsmiddel;
    private LocalDate bezwaarOntvangenOp;
    private LocalDate bezwaarBeslistermijn;
    @Enumerated(EnumType.STRING)
    private Bezwaaruitkomst bezwaarUitkomst;
    private LocalDate bezwaarBeslotenOp;
    /** The Geschillencommissie (WPO art. 43): when the parents went, its oordeel, and what the board did with it. */
    private LocalDate geschillencommissieOp;
    private LocalDate geschillencommissieOordeelOp;
    @Enumerated(EnumType.STRING)
    private Oordeel geschillencommissieOordeel;
    private String oordeelGevolg;
    /** TRUE while running, empty after: unique with the dossier (V34). */
    private Boolean lopend;

    protected Toelating() {
    }

    Toelating(String dossierNummer, String schoolBrin, String bestuursnummer, LocalDate aanmeldingOntvangenOp,
              String gestartDoor, Instant gestartOp) {
        this.dossierNummer = dossierNummer;
        this.schoolBrin = schoolBrin;
        this.bestuursnummer = bestuursnummer;
        this.aanmeldingOntvangenOp = aanmeldingOntvangenOp;
        this.gestartDoor = gestartDoor;
        this.gestartOp = gestartOp;
        this.status = Status.LOPEND;
        this.lopend = true;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void beslistermijnIs(LocalDate beslistermijn) {
        this.beslistermijn = beslistermijn;
    }

    void onderzocht(boolean extraOndersteuning, boolean arrangementAangevraagd) {
        this.extraOndersteuning = extraOndersteuning;
        this.arrangementAangevraagd = arrangementAangevraagd;
    }

    void verlenging(String reden, LocalDate briefOudersOp) {
        this.verlengReden = reden;
        this.briefOudersOp = briefOudersOp;
    }

    void verlengdTot(LocalDate tot) {
        this.verlengdTot = tot;
    }

    void termijnVerstreken(LocalDate op) {
        this.termijnVerstrekenOp = op;
    }

    void tijdelijkIngeschreven(LocalDate op) {
        this.tijdelijkIngeschrevenOp = op;
    }

    void besloten(Status besluit, LocalDate op, String plaatsEldersBrin, String weigerreden) {
        this.status = besluit;
        this.beslotenOp = op;
        this.plaatsEldersBrin = plaatsEldersBrin;
        this.weigerreden = weigerreden;
        this.lopend = null;
    }

    /** Its process instance was deleted by hand on this day: no longer running, no decision. */
    void beeindigd(LocalDate op) {
        this.status = Status.BEEINDIGD;
        this.beslotenOp = op;
        this.lopend = null;
    }

    void besluitbrief(LocalDate op, String door, nl.eenplan.termijn.Verzendwijze wijze, LocalDate bezwaartermijnTot) {
        this.besluitbriefOp = op;
        this.besluitbriefDoor = door;
        this.besluitbriefWijze = wijze;
        this.bezwaartermijnTot = bezwaartermijnTot;
    }

    void bezwaarOntvangen(Rechtsmiddel rechtsmiddel, LocalDate op) {
        this.rechtsmiddel = rechtsmiddel;
        this.bezwaarOntvangenOp = op;
    }

    void bezwaarBeslistermijn(LocalDate tot) {
        this.bezwaarBeslistermijn = tot;
    }

    void bezwaarBeslist(Bezwaaruitkomst uitkomst, LocalDate op, String oordeelGevolg) {
        this.bezwaarUitkomst = uitkomst;
        this.bezwaarBeslotenOp = op;
        this.oordeelGevolg = oordeelGevolg;
    }

    void naarGeschillencommissie(LocalDate op) {
        this.geschillencommissieOp = op;
    }

    void oordeel(Oordeel oordeel, LocalDate op) {
        this.geschillencommissieOordeel = oordeel;
        this.geschillencommissieOordeelOp = op;
    }

    /** The parents went to the Geschillencommissie and its oordeel is not in yet: the board may not decide. */
    public boolean wachtOpOordeel() {
        return geschillencommissieOp != null && geschillencommissieOordeelOp == null;
    }

    /** Enrolled at the school applied to (admitted, or temporarily), or placed elsewhere: the old school may let go. */
    boolean ingeschrevenOfGeplaatst() {
        return status == Status.TOEGELATEN || status == Status.PLAATS_ELDERS || tijdelijkIngeschrevenOp != null;
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

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public LocalDate getAanmeldingOntvangenOp() {
        return aanmeldingOntvangenOp;
    }

    public LocalDate getBeslistermijn() {
        return beslistermijn;
    }

    public LocalDate getVerlengdTot() {
        return verlengdTot;
    }

    public String getVerlengReden() {
        return verlengReden;
    }

    public LocalDate getBriefOudersOp() {
        return briefOudersOp;
    }

    public Boolean getExtraOndersteuning() {
        return extraOndersteuning;
    }

    public Boolean getArrangementAangevraagd() {
        return arrangementAangevraagd;
    }

    public LocalDate getTermijnVerstrekenOp() {
        return termijnVerstrekenOp;
    }

    public LocalDate getTijdelijkIngeschrevenOp() {
        return tijdelijkIngeschrevenOp;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getBeslotenOp() {
        return beslotenOp;
    }

    public String getPlaatsEldersBrin() {
        return plaatsEldersBrin;
    }

    public String getWeigerreden() {
        return weigerreden;
    }

    public String getGestartDoor() {
        return gestartDoor;
    }

    public Instant getGestartOp() {
        return gestartOp;
    }

    public LocalDate getBesluitbriefOp() {
        return besluitbriefOp;
    }

    public String getBesluitbriefDoor() {
        return besluitbriefDoor;
    }

    public nl.eenplan.termijn.Verzendwijze getBesluitbriefWijze() {
        return besluitbriefWijze;
    }

    public LocalDate getBezwaartermijnTot() {
        return bezwaartermijnTot;
    }

    public Rechtsmiddel getRechtsmiddel() {
        return rechtsmiddel;
    }

    public LocalDate getBezwaarOntvangenOp() {
        return bezwaarOntvangenOp;
    }

    public LocalDate getBezwaarBeslistermijn() {
        return bezwaarBeslistermijn;
    }

    public Bezwaaruitkomst getBezwaarUitkomst() {
        return bezwaarUitkomst;
    }

    public LocalDate getBezwaarBeslotenOp() {
        return bezwaarBeslotenOp;
    }

    public LocalDate getGeschillencommissieOp() {
        return geschillencommissieOp;
    }

    public LocalDate getGeschillencommissieOordeelOp() {
        return geschillencommissieOordeelOp;
    }

    public Oordeel getGeschillencommissieOordeel() {
        return geschillencommissieOordeel;
    }

    public String getOordeelGevolg() {
        return oordeelGevolg;
    }
}
