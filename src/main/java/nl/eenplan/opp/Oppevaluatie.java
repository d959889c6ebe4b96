package nl.eenplan.opp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An evaluation of the OPP with the parents (at least once per school year), of the version then in force. */
@Entity
@Table(name = "opp_evaluatie")
class Oppevaluatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(nullable = false)
    private int versie;

    @Column(name = "geevalueerd_op", nullable = false)
    private LocalDate geevalueerdOp;

    @Column(name = "met_wie", nullable = false)
    private String metWie;

    @Column(nullable = false)
    private String bevindingen;

    @Column(name = "handelingsdeel_wijzigen", nullable = false)
    private boolean handelingsdeelWijzigen;

    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Oppevaluatie() {
    }

    Oppevaluatie(String dossierNummer, int versie, LocalDate geevalueerdOp, String metWie, String bevindingen,
                 boolean handelingsdeelWijzigen, String vastgelegdDoor, Instant vastgelegdOp) {
        this.dossierNummer = dossierNummer;
        this.versie = versie;
        this.geevalueerdOp = geevalueerdOp;
        this.metWie = metWie;
        this.bevindingen = bevindingen;
        this.handelingsdeelWijzigen = handelingsdeelWijzigen;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = vastgelegdOp;
    }

    int getVersie() {
        return versie;
    }

    LocalDate getGeevalueerdOp() {
        return geevalueerdOp;
    }

    String getMetWie() {
        return metWie;
    }

    String getBevindingen() {
        return bevindingen;
    }

    boolean isHandelingsdeelWijzigen() {
        return handelingsdeelWijzigen;
    }

    String getVastgelegdDoor() {
        return vastgelegdDoor;
    }
}
