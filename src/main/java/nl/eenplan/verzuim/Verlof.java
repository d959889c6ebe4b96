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

/** Leave granted to a pupil: the article, the period, who decided and when (Leerplichtwet 1969 art. 11, 13a, 14). */
@Entity
@Table(name = "verzuim_verlof")
class Verlof {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verlofsoort soort;
    @Column(nullable = false)
    private LocalDate van;
    @Column(nullable = false)
    private LocalDate tot;
    @Enumerated(EnumType.STRING)
    @Column(name = "besloten_door", nullable = false)
    private Beslisser beslotenDoor;
    @Column(name = "besluit_datum", nullable = false)
    private LocalDate besluitDatum;
    private String toelichting;
    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;
    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Verlof() {
    }

    Verlof(String dossierNummer, NieuwVerlof nieuw, String door, Instant op) {
        this.dossierNummer = dossierNummer;
        this.soort = nieuw.soort();
        this.van = nieuw.van();
        this.tot = nieuw.tot();
        this.beslotenDoor = nieuw.beslotenDoor();
        this.besluitDatum = nieuw.besluitDatum();
        this.toelichting = nieuw.toelichting();
        this.vastgelegdDoor = door;
        this.vastgelegdOp = op;
    }

    Long getId() {
        return id;
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    Verlofsoort getSoort() {
        return soort;
    }

    LocalDate getVan() {
        return van;
    }

    LocalDate getTot() {
        return tot;
    }

    Beslisser getBeslotenDoor() {
        return beslotenDoor;
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
