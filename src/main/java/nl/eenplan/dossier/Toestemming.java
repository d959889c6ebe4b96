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

/**
 * Consent to share the dossier for one scope; in force from the day given until it is withdrawn. One pupil has
 * at most one consent per scope and giver that is not withdrawn (a unique key in the database, V15).
 */
@Entity
public class Toestemming {

    /** Who gave consent: under 12 the parents, 12 to 15 both, 16 and older the pupil. */
    public enum GegevenDoor {
        OUDERS, LEERLING
    }

    /** With whom the dossier may be shared. */
    public enum Scope {
        ONDERSTEUNINGSTEAM("het ondersteuningsteam"), JEUGDHULP("jeugdhulp"), SWV("het samenwerkingsverband"),
        LEERPLICHT("leerplicht"), ONTVANGENDE_SCHOOL("de ontvangende school");

        private final String omschrijving;

        Scope(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        /** In Dutch, for messages: "toestemming voor het samenwerkingsverband". */
        public String omschrijving() {
            return omschrijving;
        }
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

    /**
     * TRUE until withdrawn, then null: the unique key (dossier, scope, giver, actief) allows one consent that is not
     * withdrawn and any number of withdrawn ones (a null is never equal to another), on H2 and PostgreSQL alike.
     */
    @Column(name = "actief")
    private Boolean actief = Boolean.TRUE;

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
        this.actief = null;
    }

    /** Not withdrawn: the one consent of this pupil for this scope and giver. */
    public boolean isActief() {
        return ingetrokkenOp == null;
    }

    /** The same consent: same scope, same giver. */
    boolean zelfde(Scope scope, GegevenDoor gegevenDoor) {
        return this.scope == scope && this.gegevenDoor == gegevenDoor;
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
