package nl.eenplan.verzuim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A pupil reported ill (Leerplichtwet 1969 art. 11 onder d): the period only, never what the illness is. */
@Entity
@Table(name = "verzuim_ziekmelding")
class Ziekmelding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Column(nullable = false)
    private LocalDate van;
    /** The last day ill; empty while the pupil is still ill. */
    private LocalDate tot;
    @Column(name = "gemeld_door", nullable = false)
    private String gemeldDoor;
    @Column(name = "gemeld_op", nullable = false)
    private Instant gemeldOp;

    protected Ziekmelding() {
    }

    Ziekmelding(String dossierNummer, LocalDate van, LocalDate tot, String door, Instant op) {
        this.dossierNummer = dossierNummer;
        this.van = van;
        this.tot = tot;
        this.gemeldDoor = door;
        this.gemeldOp = op;
    }

    /** Beter gemeld: the last day ill. */
    void beter(LocalDate tot) {
        this.tot = tot;
    }

    Long getId() {
        return id;
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    LocalDate getVan() {
        return van;
    }

    LocalDate getTot() {
        return tot;
    }

    String getGemeldDoor() {
        return gemeldDoor;
    }

    boolean overlapt(LocalDate begin, LocalDate eind) {
        return (tot == null || !tot.isBefore(begin)) && (eind == null || !van.isAfter(eind));
    }
}
