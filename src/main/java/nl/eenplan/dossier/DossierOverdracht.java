package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The dossier went from one zorgcoördinator to another (a colleague left or went on leave): who had it, who has it
 * now, who handed it over and when. Part of the dossier, and removed with it.
 */
@Entity
@Table(name = "dossier_overdracht")
class DossierOverdracht {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private String van;

    @Column(nullable = false)
    private String naar;

    @Column(nullable = false)
    private String door;

    @Column(nullable = false)
    private Instant op;

    protected DossierOverdracht() {
    }

    DossierOverdracht(Dossier dossier, String van, String naar, String door, Instant op) {
        this.dossier = dossier;
        this.van = van;
        this.naar = naar;
        this.door = door;
        this.op = op;
    }

    String getVan() {
        return van;
    }

    String getNaar() {
        return naar;
    }

    String getDoor() {
        return door;
    }

    Instant getOp() {
        return op;
    }
}
