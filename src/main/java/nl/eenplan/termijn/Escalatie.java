package nl.eenplan.termijn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A deadline that passed: what (process, step, task), to whom (group), when, and why. */
@Entity
public class Escalatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer")
    private String dossierNummer;

    @Column(nullable = false)
    private String proces;

    @Column(name = "proces_instantie_id", nullable = false)
    private String procesInstantieId;

    @Column(nullable = false)
    private String stap;

    @Column(name = "stap_naam", nullable = false)
    private String stapNaam;

    @Column(name = "taak_id")
    private String taakId;

    private Instant deadline;

    @Column(nullable = false)
    private String groep;

    @Column(nullable = false)
    private String reden;

    @Column(name = "geescaleerd_op", nullable = false)
    private Instant geescaleerdOp;

    protected Escalatie() {
    }

    Escalatie(String dossierNummer, String proces, String procesInstantieId, String stap, String stapNaam,
              String taakId, Instant deadline, String groep, String reden, Instant geescaleerdOp) {
        this.dossierNummer = dossierNummer;
        this.proces = proces;
        this.procesInstantieId = procesInstantieId;
        this.stap = stap;
        this.stapNaam = stapNaam;
        this.taakId = taakId;
        this.deadline = deadline;
        this.groep = groep;
        this.reden = reden;
        this.geescaleerdOp = geescaleerdOp;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getProces() {
        return proces;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getStap() {
        return stap;
    }

    public String getStapNaam() {
        return stapNaam;
    }

    public String getTaakId() {
        return taakId;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public String getGroep() {
        return groep;
    }

    public String getReden() {
        return reden;
    }

    public Instant getGeescaleerdOp() {
        return geescaleerdOp;
    }
}
