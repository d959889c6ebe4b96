package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The representative the court appointed for a pupil of age who cannot (fully) look after their own interests: a
 * curator or a mentor, with the date of the court's decision (beschikking) and, once it ended, the end date. Who may
 * act for the pupil on what is the rule that uses it (for the OPP: nl.eenplan.opp.Instemmingsregel).
 */
@Entity
public class Vertegenwoordiger {

    /** The court's measures that make someone act for an adult in non-financial matters. */
    public enum Soort {
        /** Curatele (BW art. 1:378): the pupil is handelingsonbekwaam; the curator represents (art. 1:381). */
        CURATOR("curator"),
        /**
         * Mentorschap (BW art. 1:450): the mentor represents in verzorging, verpleging, behandeling en begeleiding
         * (art. 1:453) and involves the pupil as much as possible (art. 1:454).
         */
        MENTOR("mentor");

        private final String omschrijving;

        Soort(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String dossierNummer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Soort soort;

    @Column(nullable = false)
    private String naam;

    @Column(nullable = false)
    private LocalDate beschikkingOp;

    private LocalDate eindeOp;

    @Column(nullable = false)
    private String vastgelegdDoor;

    @Column(nullable = false)
    private Instant vastgelegdOp;

    protected Vertegenwoordiger() {
    }

    Vertegenwoordiger(String dossierNummer, Soort soort, String naam, LocalDate beschikkingOp, String vastgelegdDoor,
                      Instant vastgelegdOp) {
        this.dossierNummer = dossierNummer;
        this.soort = soort;
        this.naam = naam;
        this.beschikkingOp = beschikkingOp;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = vastgelegdOp;
    }

    void beeindig(LocalDate op) {
        this.eindeOp = op;
    }

    Long getId() {
        return id;
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    Soort getSoort() {
        return soort;
    }

    String getNaam() {
        return naam;
    }

    LocalDate getBeschikkingOp() {
        return beschikkingOp;
    }

    LocalDate getEindeOp() {
        return eindeOp;
    }

    String getVastgelegdDoor() {
        return vastgelegdDoor;
    }

    Instant getVastgelegdOp() {
        return vastgelegdOp;
    }
}
