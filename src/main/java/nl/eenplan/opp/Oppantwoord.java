package nl.eenplan.opp;

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

/**
 * One person's answer on the handelingsdeel of one OPP version (V64): a parent with gezag ({@code OUDER-<id>}), the
 * pupil of age or the pupil's representative, recorded by the school or given online. The version's own instemming
 * (Oppversie) is set once the answers together decide ({@link Instemmingsregel#uitkomst}); one answer per version and
 * person (a unique key).
 */
@Entity
@Table(name = "opp_antwoord")
class Oppantwoord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(nullable = false)
    private int versie;

    /** {@code OUDER-<ouder id>}, {@code LEERLING} or {@code VERTEGENWOORDIGER}. */
    @Column(nullable = false)
    private String gever;

    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Instemming.Uitkomst uitkomst;

    @Column(nullable = false)
    private LocalDate op;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Instemming.Wijze wijze;

    private String toelichting;

    @Column(name = "vastgelegd_door", nullable = false)
    private String vastgelegdDoor;

    @Column(name = "vastgelegd_op", nullable = false)
    private Instant vastgelegdOp;

    protected Oppantwoord() {
    }

    Oppantwoord(String dossierNummer, int versie, String gever, String naam, Instemming i, String vastgelegdDoor,
                Instant vastgelegdOp) {
        this.dossierNummer = dossierNummer;
        this.versie = versie;
        this.gever = gever;
        this.naam = naam;
        this.uitkomst = i.uitkomst();
        this.op = i.datum();
        this.wijze = i.wijze();
        this.toelichting = i.reden() == null || i.reden().isBlank() ? null : i.reden().strip();
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = vastgelegdOp;
    }

    String getGever() {
        return gever;
    }

    Instemming.Uitkomst getUitkomst() {
        return uitkomst;
    }

    LocalDate getOp() {
        return op;
    }
}
