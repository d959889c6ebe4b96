package nl.eenplan.leerplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An open escalation handed over to another gemeente because the pupil moved (Leerplichtwet 1969 art. 21: the gemeente
 * where the pupil lives is competent): from which tenant to which, how the new one was chosen, the escalation's status
 * then, whose change of the address caused it, and when.
 */
@Entity
@Table(name = "leerplicht_escalatie_overdracht")
public class EscalatieOverdracht {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String van;

    @Column(nullable = false)
    private String naar;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Escalatieroute.Soort routering;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeerplichtEscalatie.Status status;

    /** The user whose change of the pupil's address caused it (or EenPlan, without a signed-in user). */
    @Column(nullable = false)
    private String door;

    @Column(nullable = false)
    private Instant op;

    protected EscalatieOverdracht() {
    }

    EscalatieOverdracht(String van, String naar, Escalatieroute.Soort routering, LeerplichtEscalatie.Status status,
                        String door, Instant op) {
        this.van = van;
        this.naar = naar;
        this.routering = routering;
        this.status = status;
        this.door = door;
        this.op = op;
    }

    public String getVan() {
        return van;
    }

    public String getNaar() {
        return naar;
    }

    public Escalatieroute.Soort getRoutering() {
        return routering;
    }

    public LeerplichtEscalatie.Status getStatus() {
        return status;
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }
}
