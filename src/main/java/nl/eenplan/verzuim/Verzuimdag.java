package nl.eenplan.verzuim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.eenplan.database.Volgnummers;

/** One day of absence a school registered for a pupil: how many hours, which kind, all lessons or not. */
@Entity
@Table(name = "verzuim_dag")
public class Verzuimdag {

    /** From a sequence in blocks (V78): a block of the LAS import writes its days in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verzuim_dag_seq")
    @SequenceGenerator(name = "verzuim_dag_seq", sequenceName = "verzuim_dag_seq", allocationSize = Volgnummers.BLOK)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal uren;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verzuimsoort soort;

    @Column(name = "alle_lessen_gemist", nullable = false)
    private boolean alleLessenGemist;

    @Column(name = "geregistreerd_door", nullable = false)
    private String geregistreerdDoor;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    protected Verzuimdag() {
    }

    Verzuimdag(String dossierNummer, LocalDate datum, BigDecimal uren, Verzuimsoort soort, boolean alleLessenGemist,
               String geregistreerdDoor, Instant geregistreerdOp) {
        this.dossierNummer = dossierNummer;
        this.datum = datum;
        this.uren = uren;
        this.soort = soort;
        this.alleLessenGemist = alleLessenGemist;
        this.geregistreerdDoor = geregistreerdDoor;
        this.geregistreerdOp = geregistreerdOp;
    }

    /** A correction of the same day, before any report covers it. */
    void corrigeer(BigDecimal uren, Verzuimsoort soort, boolean alleLessenGemist, String door, Instant op) {
        this.uren = uren;
        this.soort = soort;
        this.alleLessenGemist = alleLessenGemist;
        this.geregistreerdDoor = door;
        this.geregistreerdOp = op;
    }

    Verzuimregels.Dag alsRegelDag() {
        return new Verzuimregels.Dag(datum, uren, soort, alleLessenGemist);
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public BigDecimal getUren() {
        return uren;
    }

    public Verzuimsoort getSoort() {
        return soort;
    }

    public boolean isAlleLessenGemist() {
        return alleLessenGemist;
    }

    public String getGeregistreerdDoor() {
        return geregistreerdDoor;
    }

    public Instant getGeregistreerdOp() {
        return geregistreerdOp;
    }
}
