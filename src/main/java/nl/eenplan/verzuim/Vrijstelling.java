package nl.eenplan.verzuim;

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

/** An exemption of a pupil (Leerplichtwet 1969 art. 5, 5a, 15): the ground, the period (open-ended: no end), who. */
@Entity
@Table(name = "verzuim_vrijstelling")
class Vrijstelling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vrijstellingsgrond grond;
    @Column(nullable = false)
    private LocalDate van;
    private LocalDate tot;
    @Enumerated(EnumType.STRING)
    @Column(name = "verleend_door", nullable = false)
    private Beslisser verleendDoor;
    @Column(name = "besluit_datum", nullable = false)
    private LocalDate besluitDatum;
    private String toelichting;
    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;
    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Vrijstelling() {
    }

    Vrijstelling(String dossierNummer, NieuweVrijstelling nieuw, String door, Instant op) {
        this.dossierNummer = dossierNummer;
        this.grond = nieuw.grond();
        this.van = nieuw.van();
        this.tot = nieuw.tot();
        this.verleendDoor = nieuw.verleendDoor();
        this.besluitDatum = nieuw.besluitDatum();
        this.toelichting = nieuw.toelichting();
        this.vastgelegdDoor = door;
        this.vastgelegdOp = op;
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    Long getId() {
        return id;
    }

    Vrijstellingsgrond getGrond() {
        return grond;
    }

    LocalDate getVan() {
        return van;
    }

    LocalDate getTot() {
        return tot;
    }

    Beslisser getVerleendDoor() {
        return verleendDoor;
    }

    LocalDate getBesluitDatum() {
        return besluitDatum;
    }

    String getToelichting() {
        return toelichting;
    }

    String getVastgelegdDoor() {
        return vastgelegdDoor;
    }
}
