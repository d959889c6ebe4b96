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
import java.time.LocalDate;

/** Consent to share the dossier for one scope; in force from the day given until it is withdrawn. */
@Entity
public class Toestemming {

    /** Who gave consent: under 12 the parents, 12 to 15 both, 16 and older the pupil. */
    public enum GegevenDoor {
        OUDERS, LEERLING
    }

    /** With whom the dossier may be shared. */
    public enum Scope {
        ONDERSTEUNINGSTEAM, JEUGDHULP, SWV, LEERPLICHT, ONTVANGENDE_SCHOOL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(name = "gegeven_door", nullable = false)
    private GegevenDoor gegevenDoor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    @Column(name = "gegeven_op", nullable = false)
    private LocalDate gegevenOp;

    @Column(name = "ingetrokken_op")
    private LocalDate ingetrokkenOp;

    protected Toestemming() {
    }

    public Toestemming(GegevenDoor gegevenDoor, Scope scope, LocalDate gegevenOp) {
        this.gegevenDoor = gegevenDoor;
        this.scope = scope;
        this.gegevenOp = gegevenOp;
    }

    void hoortBij(Dossier dossier) {
        this.dossier = dossier;
    }

    public void trekIn(LocalDate dag) {
        this.ingetrokkenOp = dag;
    }

    /** Withdrawal stops sharing from that day on. */
    public boolean geldigOp(LocalDate dag) {
        return !dag.isBefore(gegevenOp) && (ingetrokkenOp == null || dag.isBefore(ingetrokkenOp));
    }

    public Long getId() {
        return id;
    }

    public GegevenDoor getGegevenDoor() {
        return gegevenDoor;
    }

    public Scope getScope() {
        return scope;
    }

    public LocalDate getGegevenOp() {
        return gegevenOp;
    }

    public LocalDate getIngetrokkenOp() {
        return ingetrokkenOp;
    }
}
