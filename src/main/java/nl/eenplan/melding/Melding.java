package nl.eenplan.melding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A notification to one user or to everyone in a group. Carries ids and facts, no care details. */
@Entity
public class Melding {

    public enum Soort {
        HERINNERING, ESCALATIE, INFORMATIE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Soort soort;

    @Column(name = "ontvanger_gebruiker")
    private String ontvangerGebruiker;

    @Column(name = "ontvanger_groep")
    private String ontvangerGroep;

    /** For a group: the pupil's school (BRIN); only the members who work there see it. */
    @Column(name = "school")
    private String school;

    @Column(nullable = false)
    private String onderwerp;

    @Column(nullable = false)
    private String tekst;

    @Column(name = "dossier_nummer")
    private String dossierNummer;

    @Column(name = "taak_id")
    private String taakId;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected Melding() {
    }

    Melding(NieuweMelding nieuw, Instant aangemaaktOp) {
        this.soort = nieuw.soort();
        this.ontvangerGebruiker = nieuw.gebruiker();
        this.ontvangerGroep = nieuw.groep();
        this.school = nieuw.school();
        this.onderwerp = nieuw.onderwerp();
        this.tekst = nieuw.tekst();
        this.dossierNummer = nieuw.dossierNummer();
        this.taakId = nieuw.taakId();
        this.aangemaaktOp = aangemaaktOp;
    }

    public Long getId() {
        return id;
    }

    public String getSchool() {
        return school;
    }

    public Soort getSoort() {
        return soort;
    }

    public String getOntvangerGebruiker() {
        return ontvangerGebruiker;
    }

    public String getOntvangerGroep() {
        return ontvangerGroep;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public String getTekst() {
        return tekst;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getTaakId() {
        return taakId;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }
}
