package nl.eenplan.groeidocument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A parent's or guardian's signature on one version of the groeidocument, recorded by the zorgcoördinator. */
@Entity
@Table(name = "groeidocument_handtekening")
class Handtekening {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "versie_id")
    private Groeidocumentversie versie;

    @Column(nullable = false)
    private String naam;

    @Column(nullable = false)
    private String relatie;

    @Column(name = "getekend_op", nullable = false)
    private LocalDate getekendOp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tekenwijze wijze;

    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Handtekening() {
    }

    Handtekening(Groeidocumentversie versie, String naam, String relatie, LocalDate getekendOp, Tekenwijze wijze,
                 String door, Instant op) {
        this.versie = versie;
        this.naam = naam;
        this.relatie = relatie;
        this.getekendOp = getekendOp;
        this.wijze = wijze;
        this.vastgelegdDoor = door;
        this.vastgelegdOp = op;
    }

    String getNaam() {
        return naam;
    }

    String getRelatie() {
        return relatie;
    }

    LocalDate getGetekendOp() {
        return getekendOp;
    }

    Tekenwijze getWijze() {
        return wijze;
    }

    String getVastgelegdDoor() {
        return vastgelegdDoor;
    }

    Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}
