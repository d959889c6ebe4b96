package nl.eenplan.overstap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One upload of a class (groep 8, exam class): how far it got, how many started, which lines failed. */
@Entity
@Table(name = "cohort_import")
public class CohortImport {

    public enum Status {
        BEZIG, KLAAR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String bestandsnaam;

    @Column(name = "gestart_door", nullable = false)
    private String gestartDoor;

    @Column(name = "gestart_op", nullable = false)
    private Instant gestartOp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int regels;

    @Column(nullable = false)
    private int verwerkt;

    @Column(nullable = false)
    private int gestart;

    @Column(nullable = false)
    private int overgeslagen;

    /** JSON list of {regel, melding}. */
    private String fouten;

    protected CohortImport() {
    }

    CohortImport(String bestandsnaam, String gestartDoor, Instant gestartOp, int regels) {
        this.bestandsnaam = bestandsnaam;
        this.gestartDoor = gestartDoor;
        this.gestartOp = gestartOp;
        this.regels = regels;
        this.status = Status.BEZIG;
    }

    /**
     * The progress so far. A finished upload stays as it finished: a worker still running when the node stops (its
     * pool interrupts it) may report after the upload was closed, and must not set it back to BEZIG.
     */
    void voortgang(int verwerkt, int gestart, int overgeslagen, String fouten, boolean klaar) {
        if (status == Status.KLAAR) {
            return;
        }
        this.verwerkt = verwerkt;
        this.gestart = gestart;
        this.overgeslagen = overgeslagen;
        this.fouten = fouten;
        this.status = klaar ? Status.KLAAR : Status.BEZIG;
    }

    public Long getId() {
        return id;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    public String getGestartDoor() {
        return gestartDoor;
    }

    public Instant getGestartOp() {
        return gestartOp;
    }

    public Status getStatus() {
        return status;
    }

    public int getRegels() {
        return regels;
    }

    public int getVerwerkt() {
        return verwerkt;
    }

    public int getGestart() {
        return gestart;
    }

    public int getOvergeslagen() {
        return overgeslagen;
    }

    public String getFouten() {
        return fouten;
    }
}
