package nl.eenplan.termijn;

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

/** One period of a school's own calendar (see {@link EigenKalender}), as the school entered it. */
@Entity
@Table(name = "schoolkalender_periode")
class Kalenderperiode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String brin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EigenKalender.Soort soort;
    @Column(nullable = false)
    private LocalDate van;
    @Column(nullable = false)
    private LocalDate tot;
    @Column(nullable = false)
    private String reden;
    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;
    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Kalenderperiode() {
    }

    Kalenderperiode(String brin, EigenKalender.Soort soort, LocalDate van, LocalDate tot, String reden, String door,
                    Instant op) {
        this.brin = brin;
        this.soort = soort;
        this.van = van;
        this.tot = tot;
        this.reden = reden;
        this.vastgelegdDoor = door;
        this.vastgelegdOp = op;
    }

    EigenKalender.Periode alsPeriode() {
        return new EigenKalender.Periode(soort, van, tot, reden);
    }

    Long getId() {
        return id;
    }

    String getBrin() {
        return brin;
    }

    EigenKalender.Soort getSoort() {
        return soort;
    }

    LocalDate getVan() {
        return van;
    }

    LocalDate getTot() {
        return tot;
    }

    String getReden() {
        return reden;
    }

    String getVastgelegdDoor() {
        return vastgelegdDoor;
    }

    Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}
