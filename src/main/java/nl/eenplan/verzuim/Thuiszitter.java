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

/**
 * The thuiszitter signal: a pupil more than 4 lesweken without education (Verzuimregels#thuiszitters). Not a DUO
 * report and not an escalation: a record per pupil (since, until, source) that the school sees and the monitor
 * counts; the thuiszittersaanpak (issue 23) builds on it. Open ({@code tot} empty) until the school records the return.
 */
@Entity
@Table(name = "thuiszitter")
public class Thuiszitter {

    /** Where the signal came from. */
    public enum Bron {
        /** The rule over the school's absence registration. */
        VERZUIMREGISTRATIE("de verzuimregistratie van de school"),
        /** A "Thuiszitter" verzuimmelding from before V25 (now langdurig relatief verzuim). */
        THUISZITTERMELDING("een thuiszittersmelding van vóór de DUO-meldingsoorten"),
        /** A THUISZITTER escalation from before V25 that had no verzuimmelding. */
        THUISZITTERESCALATIE("een thuiszittersescalatie van vóór de DUO-meldingsoorten");

        private final String omschrijving;

        Bron(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(nullable = false)
    private LocalDate sinds;

    private LocalDate tot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bron bron;

    /** The day the rule held (more than 4 lesweken). */
    @Column(name = "vastgesteld_op", nullable = false)
    private LocalDate vastgesteldOp;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected Thuiszitter() {
    }

    Thuiszitter(String dossierNummer, LocalDate sinds, LocalDate vastgesteldOp, Instant aangemaaktOp) {
        this.dossierNummer = dossierNummer;
        this.sinds = sinds;
        this.vastgesteldOp = vastgesteldOp;
        this.bron = Bron.VERZUIMREGISTRATIE;
        this.aangemaaktOp = aangemaaktOp;
    }

    void beeindigd(LocalDate laatsteDag) {
        this.tot = laatsteDag;
    }

    public boolean isOpen() {
        return tot == null;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public LocalDate getSinds() {
        return sinds;
    }

    public LocalDate getTot() {
        return tot;
    }

    public Bron getBron() {
        return bron;
    }

    public LocalDate getVastgesteldOp() {
        return vastgesteldOp;
    }
}
