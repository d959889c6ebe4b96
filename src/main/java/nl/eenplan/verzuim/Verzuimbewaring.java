package nl.eenplan.verzuim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The absence days and verzuimmeldingen of a removed dossier, kept until 5 years after uitschrijving (domain.md,
 * Privacy: "absence and in/uitschrijving data 5 years after uitschrijving"); the rest of the dossier went 2 years
 * after closing. EenPlan does not yet record enrolment, so the day the dossier closed stands for the uitschrijving.
 */
@Entity
@Table(name = "verzuim_bewaring")
class Verzuimbewaring {

    static final int JAREN = 5;

    @Id
    @Column(name = "dossier_nummer")
    private String dossierNummer;

    @Column(name = "uitgeschreven_op", nullable = false)
    private Instant uitgeschrevenOp;

    @Column(name = "bewaren_tot", nullable = false)
    private LocalDate bewarenTot;

    protected Verzuimbewaring() {
    }

    Verzuimbewaring(String dossierNummer, Instant uitgeschrevenOp) {
        this.dossierNummer = dossierNummer;
        this.uitgeschrevenOp = uitgeschrevenOp;
        this.bewarenTot = LocalDate.ofInstant(uitgeschrevenOp, ZoneId.of("Europe/Amsterdam")).plusYears(JAREN);
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    LocalDate getBewarenTot() {
        return bewarenTot;
    }
}
