package nl.eenplan.tlv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A toelaatbaarheidsverklaring the SWV granted: for which pupil (dossier), requested by which school, issued by which
 * SWV, for which kind of school, in which bekostigingscategorie, from when to when, and how it ended. Part of the
 * dossier; process {@code tlv} carries its id and dates.
 */
@Entity
@Table(name = "tlv")
public class Tlv {

    /** Toelaatbaar to: speciaal basisonderwijs, speciaal onderwijs, voortgezet speciaal onderwijs. */
    public enum Soort { SBO, SO, VSO }

    /** The bekostigingscategorie of a TLV for so or vso (laag 1, midden 2, hoog 3); sbo has none. */
    public enum Categorie { LAAG, MIDDEN, HOOG }

    /**
     * GELDIG until its end; HERINDICATIE_AANGEVRAAGD while a new request runs; how it ended: TERUG_NAAR_REGULIER (the
     * pupil returns to regular education), VERLOPEN (its end passed), OPGEVOLGD (a new TLV replaced it).
     */
    public enum Status { GELDIG, HERINDICATIE_AANGEVRAAGD, TERUG_NAAR_REGULIER, VERLOPEN, OPGEVOLGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(name = "arrangement_id")
    private Long arrangementId;

    /** The school that requested it (the pupil's school then). */
    @Column(name = "school_brin", nullable = false)
    private String schoolBrin;

    /** The SWV that issued it (the requesting school's). */
    private String swv;

    @Enumerated(EnumType.STRING)
    private Soort soort;

    @Enumerated(EnumType.STRING)
    private Categorie categorie;

    private LocalDate startdatum;

    private LocalDate einddatum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** When it ended (terug naar regulier: the day the pupil returns). */
    @Column(name = "beeindigd_op")
    private LocalDate beeindigdOp;

    /** Taken over from before V38 without soort, category or dates the SWV gave: the SWV completes them. */
    @Column(name = "aan_te_vullen", nullable = false)
    private boolean aanTeVullen;

    @Column(name = "proces_instantie_id")
    private String procesInstantieId;

    @Column(name = "verleend_op", nullable = false)
    private Instant verleendOp;

    /** The dossier it was in before a school change moved it to the pupil's new school (V47); null: never moved. */
    @Column(name = "vorig_dossier")
    private String vorigDossier;

    /** Who advised on it (V57): kept here, so the TLV shows them wherever it is read, also after a school change. */
    @jakarta.persistence.ElementCollection
    @jakarta.persistence.CollectionTable(name = "tlv_deskundige",
            joinColumns = @jakarta.persistence.JoinColumn(name = "tlv_id"))
    @jakarta.persistence.OrderColumn(name = "volgorde")
    private java.util.List<Tlvdeskundige> deskundigen = new java.util.ArrayList<>();

    protected Tlv() {
    }

    Tlv(String dossierNummer, Long arrangementId, String schoolBrin, String swv, Tlvregel.Gegevens gegevens,
        java.util.List<Deskundige> deskundigen, Instant verleendOp) {
        deskundigen.forEach(d -> this.deskundigen.add(new Tlvdeskundige(d)));
        this.dossierNummer = dossierNummer;
        this.arrangementId = arrangementId;
        this.schoolBrin = schoolBrin;
        this.swv = swv;
        this.verleendOp = verleendOp;
        this.status = Status.GELDIG;
        gegevens(gegevens);
    }

    void gegevens(Tlvregel.Gegevens g) {
        this.soort = g.soort();
        this.categorie = g.categorie();
        this.startdatum = g.startdatum();
        this.einddatum = g.einddatum();
        this.aanTeVullen = false;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void eindigt(Status status, LocalDate op) {
        this.status = status;
        this.beeindigdOp = op;
    }

    /** A school change: the TLV goes with the pupil to the new school's dossier; who requested and issued it stays. */
    void meegegaan(String naarDossier) {
        this.vorigDossier = dossierNummer;
        this.dossierNummer = naarDossier;
    }

    void herindicatieAangevraagd() {
        this.status = Status.HERINDICATIE_AANGEVRAAGD;
    }

    boolean isLopend() {
        return status == Status.GELDIG || status == Status.HERINDICATIE_AANGEVRAAGD;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public Long getArrangementId() {
        return arrangementId;
    }

    public String getSchoolBrin() {
        return schoolBrin;
    }

    public String getSwv() {
        return swv;
    }

    public Soort getSoort() {
        return soort;
    }

    public Categorie getCategorie() {
        return categorie;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getBeeindigdOp() {
        return beeindigdOp;
    }

    public boolean isAanTeVullen() {
        return aanTeVullen;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public java.util.List<Deskundige> getDeskundigen() {
        return deskundigen.stream().map(Tlvdeskundige::alsDeskundige).toList();
    }

    public String getVorigDossier() {
        return vorigDossier;
    }

    public Instant getVerleendOp() {
        return verleendOp;
    }
}
