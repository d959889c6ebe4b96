package nl.eenplan.arrangement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection against the SWV's decision on an arrangement (or TLV) of the school the pupil left, that reached the SWV
 * after the school change (Awb art. 6:4 lid 1: to the body that decided): the SWV handles it in process
 * {@code besluitbezwaar}, in its own tenant, since the old school's process arrangement stopped at the change. Which
 * decision (the arrangement), which SWV, and where the pupil is now (the new school's dossier, told of its course and
 * outcome). Ids only; the objection's facts (received on, the LBT's advice, the outcome) stay with the arrangement.
 */
@Entity
@Table(name = "besluitbezwaar")
public class Besluitbezwaar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "arrangement_id", nullable = false)
    private Long arrangementId;
    /** The old school's dossier, where the decision is recorded (the instance's business key). */
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    /** The pupil's dossier at the new school; null if the change is not found (then only the SWV acts). */
    @Column(name = "nieuw_dossier")
    private String nieuwDossier;
    /** The samenwerkingsverband that decided (the old school's), by name. */
    @Column(nullable = false)
    private String swv;
    @Column(name = "proces_instantie_id")
    private String procesInstantieId;
    @Column(name = "ontvangen_op", nullable = false)
    private LocalDate ontvangenOp;
    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    protected Besluitbezwaar() {
    }

    Besluitbezwaar(Long arrangementId, String dossierNummer, String nieuwDossier, String swv, LocalDate ontvangenOp,
                   Instant nu) {
        this.arrangementId = arrangementId;
        this.dossierNummer = dossierNummer;
        this.nieuwDossier = nieuwDossier;
        this.swv = swv;
        this.ontvangenOp = ontvangenOp;
        this.geregistreerdOp = nu;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    public Long getId() {
        return id;
    }

    public Long getArrangementId() {
        return arrangementId;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getNieuwDossier() {
        return nieuwDossier;
    }

    public String getSwv() {
        return swv;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public LocalDate getOntvangenOp() {
        return ontvangenOp;
    }
}
