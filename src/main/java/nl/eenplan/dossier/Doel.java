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

/** One goal of the pupil's plan. */
@Entity
public class Doel {

    public enum Status {
        OPEN, LOOPT, BEHAALD, DEELS_BEHAALD, NIET_BEHAALD, VERVALLEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false)
    private String omschrijving;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    protected Doel() {
    }

    /** When the goal came into the plan: the monitor's "from intake to plan". */
    @Column(name = "toegevoegd_op")
    private java.time.Instant toegevoegdOp;

    public Doel(String omschrijving, java.time.Instant toegevoegdOp) {
        this.omschrijving = omschrijving;
        this.status = Status.OPEN;
        this.toegevoegdOp = toegevoegdOp;
    }

    void hoortBij(Plan plan) {
        this.plan = plan;
    }

    public void wijzigStatus(Status status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Status getStatus() {
        return status;
    }
}
