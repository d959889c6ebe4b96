package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An agreement (afspraak) in the pupil's one plan: what, who owns it (a user or a group), by when,
 * where it came from (an MDO), and whether it is done or was cancelled with a reason.
 */
@Entity
public class Afspraak {

    public enum Status {
        OPEN, GEDAAN, GEANNULEERD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private String wat;

    @Column(nullable = false)
    private String eigenaar;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "eigenaar_is_groep", nullable = false)
    private boolean eigenaarIsGroep;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "annuleer_reden")
    private String annuleerReden;

    @Column(name = "afgerond_op")
    private Instant afgerondOp;

    @Column(name = "afgerond_door")
    private String afgerondDoor;

    /** Where it was agreed, e.g. "MDO 12". */
    private String herkomst;

    /** Made with the family: the parents or the pupil do it (V66; rows from before are false). */
    @Column(name = "met_gezin", nullable = false)
    private boolean metGezin;

    protected Afspraak() {
    }

    public Afspraak(String wat, String eigenaar, LocalDate deadline) {
        this(wat, eigenaar, false, deadline, null);
    }

    public Afspraak(String wat, String eigenaar, boolean eigenaarIsGroep, LocalDate deadline, String herkomst) {
        this.wat = wat;
        this.eigenaar = eigenaar;
        this.eigenaarIsGroep = eigenaarIsGroep;
        this.deadline = deadline;
        this.herkomst = herkomst;
    }

    /** This agreement is made with the family: the parents or the pupil do it. */
    public Afspraak metGezin(boolean metGezin) {
        this.metGezin = metGezin;
        return this;
    }

    void hoortBij(Dossier dossier) {
        this.dossier = dossier;
    }

    public void markeerGedaan() {
        rondAf(Status.GEDAAN, null, null, null);
    }

    void rondAf(Status status, String reden, String door, Instant op) {
        this.status = status;
        this.annuleerReden = reden;
        this.afgerondDoor = door;
        this.afgerondOp = op;
    }

    Dossier getDossier() {
        return dossier;
    }

    public Long getId() {
        return id;
    }

    public String getWat() {
        return wat;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isGedaan() {
        return status == Status.GEDAAN;
    }

    public boolean isEigenaarIsGroep() {
        return eigenaarIsGroep;
    }

    public Status getStatus() {
        return status;
    }

    public String getAnnuleerReden() {
        return annuleerReden;
    }

    public Instant getAfgerondOp() {
        return afgerondOp;
    }

    public String getAfgerondDoor() {
        return afgerondDoor;
    }

    public String getHerkomst() {
        return herkomst;
    }

    public boolean isMetGezin() {
        return metGezin;
    }
}
