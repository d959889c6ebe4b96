package nl.eenplan.overstap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One pupil's transition in one school year: the overstapdossier (onderwijskundig rapport), what the
 * parents said about it, the warm handover, and what the receiving school confirmed.
 */
@Entity
@Table(name = "overstap")
public class Overstap {

    /** From a sequence in blocks of 50 (V72), so a class upload's inserts go in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overstap_seq")
    @SequenceGenerator(name = "overstap_seq", sequenceName = "overstap_seq", allocationSize = nl.eenplan.database.Volgnummers.BLOK)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    /** "2026-2027": the sending school's year; the pupil starts at the new school after its summer. */
    @Column(nullable = false)
    private String schooljaar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Overstapsoort soort;

    @Column(name = "proces_instantie_id")
    private String procesInstantieId;

    @Column(name = "ontvangende_school")
    private String ontvangendeSchool;

    @Column(name = "voorlopig_advies")
    private String voorlopigAdvies;

    @Column(name = "definitief_advies")
    private String definitiefAdvies;

    private String ondersteuning;

    private String aanwezigheid;

    @Column(name = "ouders_gezien_op")
    private Instant oudersGezienOp;

    @Column(name = "ouder_opmerkingen")
    private String ouderOpmerkingen;

    /** The family's view on the overstapdossier, given online (V66); it goes with the report. */
    private String zienswijze;

    /** Whose view: OUDER or LEERLING. */
    @Column(name = "zienswijze_van")
    private String zienswijzeVan;

    /** The family account that gave it ({@code gezin-<id>}). */
    @Column(name = "zienswijze_door")
    private String zienswijzeDoor;

    @Column(name = "overdracht_verslag")
    private String overdrachtVerslag;

    private Boolean geplaatst;

    private Boolean ingeschreven;

    /** Whether a warm handover was due (support given, or an arrangement running): for the monitor. */
    @Column(name = "warme_overdracht_nodig")
    private Boolean warmeOverdrachtNodig;

    @Column(name = "overgedragen_op")
    private Instant overgedragenOp;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected Overstap() {
    }

    Overstap(String dossierNummer, String schooljaar, Overstapsoort soort, Instant aangemaaktOp) {
        this.dossierNummer = dossierNummer;
        this.schooljaar = schooljaar;
        this.soort = soort;
        this.aangemaaktOp = aangemaaktOp;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void advies(boolean definitief, String advies) {
        if (definitief) {
            this.definitiefAdvies = advies;
        } else {
            this.voorlopigAdvies = advies;
        }
    }

    void dossier(String ontvangendeSchool, String ondersteuning, String aanwezigheid) {
        this.ontvangendeSchool = ontvangendeSchool;
        this.ondersteuning = ondersteuning;
        this.aanwezigheid = aanwezigheid;
    }

    void oudersGezien(Instant op, String opmerkingen) {
        this.oudersGezienOp = op;
        this.ouderOpmerkingen = opmerkingen;
    }

    /** The family saw the overstapdossier online, with their view (optional): as "shown to the parents". */
    void zienswijze(Instant op, String van, String door, String zienswijze) {
        this.oudersGezienOp = op;
        this.zienswijzeVan = van;
        this.zienswijzeDoor = door;
        this.zienswijze = zienswijze;
    }

    public String getZienswijze() {
        return zienswijze;
    }

    public String getZienswijzeVan() {
        return zienswijzeVan;
    }

    public String getZienswijzeDoor() {
        return zienswijzeDoor;
    }

    void overdracht(String verslag, Instant op) {
        this.overdrachtVerslag = verslag;
        this.overgedragenOp = op;
    }

    void warmeOverdrachtNodig(boolean nodig) {
        this.warmeOverdrachtNodig = nodig;
    }

    void geplaatst(boolean geplaatst) {
        this.geplaatst = geplaatst;
    }

    void ingeschreven(boolean ingeschreven) {
        this.ingeschreven = ingeschreven;
    }

    public Long getId() {
        return id;
    }

    public Boolean getWarmeOverdrachtNodig() {
        return warmeOverdrachtNodig;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getSchooljaar() {
        return schooljaar;
    }

    public Overstapsoort getSoort() {
        return soort;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getOntvangendeSchool() {
        return ontvangendeSchool;
    }

    public String getVoorlopigAdvies() {
        return voorlopigAdvies;
    }

    public String getDefinitiefAdvies() {
        return definitiefAdvies;
    }

    public String getOndersteuning() {
        return ondersteuning;
    }

    public String getAanwezigheid() {
        return aanwezigheid;
    }

    public Instant getOudersGezienOp() {
        return oudersGezienOp;
    }

    public String getOuderOpmerkingen() {
        return ouderOpmerkingen;
    }

    public String getOverdrachtVerslag() {
        return overdrachtVerslag;
    }

    public Boolean getGeplaatst() {
        return geplaatst;
    }

    public Boolean getIngeschreven() {
        return ingeschreven;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }
}
