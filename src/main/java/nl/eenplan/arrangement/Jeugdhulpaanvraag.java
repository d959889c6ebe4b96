package nl.eenplan.arrangement;

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
 * The care part of an arrangement request as an application for jeugdhulp at one gemeente (process
 * {@code jeugdhulpbesluit} in that gemeente's tenant): which gemeente, since when (the Awb art. 4:13 term counts from
 * {@link #ontvangenOp}), and how it ended. Facts only; the explanation of the decision stays with the arrangement.
 */
@Entity
@Table(name = "jeugdhulpaanvraag")
public class Jeugdhulpaanvraag {

    public enum Status {
        /** The gemeente decides. */
        LOPEND,
        /** Decided (TOEGEKEND or AFGEWEZEN, in {@link #besluit}). */
        BESLOTEN,
        /** The decision lapsed: consent for jeugdhulp withdrawn, or the arrangement that asked for it ended. */
        VERVALLEN,
        /** The pupil moved: forwarded to the new home gemeente (Awb art. 2:3), which decides. */
        DOORGEZONDEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "arrangement_id", nullable = false)
    private Long arrangementId;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    /** The Camunda tenant that decides: the CBS code of the gemeente (or, without one, the school's BRIN). */
    @Column(nullable = false)
    private String gemeente;
    @Column(name = "proces_instantie_id")
    private String procesInstantieId;
    @Column(name = "ontvangen_op", nullable = false)
    private LocalDate ontvangenOp;
    @Column(name = "gestart_op", nullable = false)
    private Instant gestartOp;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Enumerated(EnumType.STRING)
    private Besluit besluit;
    @Column(name = "afgerond_op")
    private Instant afgerondOp;
    @Column(name = "doorgezonden_naar")
    private String doorgezondenNaar;

    protected Jeugdhulpaanvraag() {
    }

    Jeugdhulpaanvraag(Long arrangementId, String dossierNummer, String gemeente, LocalDate ontvangenOp, Instant nu) {
        this.arrangementId = arrangementId;
        this.dossierNummer = dossierNummer;
        this.gemeente = gemeente;
        this.ontvangenOp = ontvangenOp;
        this.gestartOp = nu;
        this.status = Status.LOPEND;
    }

    /**
     * A well-founded objection against the refusal: the gemeente decides again (Awb art. 7:11), so the application is
     * running once more; the decision it replaces is no longer the outcome.
     */
    void opnieuwTeBesluiten() {
        this.status = Status.LOPEND;
        this.besluit = null;
        this.afgerondOp = null;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void afgerond(Status status, Besluit besluit, String doorgezondenNaar, Instant nu) {
        this.status = status;
        this.besluit = besluit;
        this.doorgezondenNaar = doorgezondenNaar;
        this.afgerondOp = nu;
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

    public String getGemeente() {
        return gemeente;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public LocalDate getOntvangenOp() {
        return ontvangenOp;
    }

    public Status getStatus() {
        return status;
    }

    public Besluit getBesluit() {
        return besluit;
    }

    public String getDoorgezondenNaar() {
        return doorgezondenNaar;
    }
}
