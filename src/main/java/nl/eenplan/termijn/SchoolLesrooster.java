package nl.eenplan.termijn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A school's own lesrooster (see {@link Lesrooster}); a school without one uses the default of the onderwijssoort. */
@Entity
@Table(name = "school_lesrooster")
class SchoolLesrooster {

    @Id
    private String brin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Uureenheid eenheid;
    @Column(name = "lesuur_minuten")
    private Integer lesuurMinuten;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal maandag;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal dinsdag;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal woensdag;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal donderdag;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal vrijdag;
    @Column(name = "gewijzigd_door", nullable = false)
    private String gewijzigdDoor;
    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    protected SchoolLesrooster() {
    }

    SchoolLesrooster(String brin) {
        this.brin = brin;
    }

    void stelIn(NieuwLesrooster invoer, String door, Instant op) {
        this.eenheid = invoer.eenheid();
        this.lesuurMinuten = invoer.lesuurMinuten();
        this.maandag = invoer.lessen().maandag();
        this.dinsdag = invoer.lessen().dinsdag();
        this.woensdag = invoer.lessen().woensdag();
        this.donderdag = invoer.lessen().donderdag();
        this.vrijdag = invoer.lessen().vrijdag();
        this.gewijzigdDoor = door;
        this.gewijzigdOp = op;
    }

    Lesrooster alsLesrooster() {
        Map<DayOfWeek, BigDecimal> lessen = new EnumMap<>(DayOfWeek.class);
        lessen.put(DayOfWeek.MONDAY, maandag);
        lessen.put(DayOfWeek.TUESDAY, dinsdag);
        lessen.put(DayOfWeek.WEDNESDAY, woensdag);
        lessen.put(DayOfWeek.THURSDAY, donderdag);
        lessen.put(DayOfWeek.FRIDAY, vrijdag);
        return new Lesrooster(eenheid, lesuurMinuten, lessen, true);
    }

    String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    Instant getGewijzigdOp() {
        return gewijzigdOp;
    }
}
