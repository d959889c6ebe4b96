package nl.eenplan.organisatie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A school board (bevoegd gezag), known by DUO's bestuursnummer (5 digits). The board, not the school, decides on
 * admission and carries the zorgplicht (WPO art. 40; WEC art. 40; WVO 2020, toelating): it may offer a place at
 * another of its schools. Its schools point to it (dossier.School's bestuursnummer).
 */
@Entity
public class Schoolbestuur {

    /**
     * Openbaar or bijzonder: it decides how parents contest a refusal of admission. An openbare school's board is a
     * bestuursorgaan (bezwaar, Awb); a bijzondere school's board is not (verzoek om herziening, WPO art. 63). ONBEKEND
     * (boards registered before V45, or not yet told): EenPlan accepts either and holds the board to the shorter term
     * (toelating.Bezwaarregel), so the parents lose nothing by the gap in the data.
     */
    public enum Denominatie {
        OPENBAAR, BIJZONDER, ONBEKEND
    }

    @Id
    private String bestuursnummer;

    @Column(nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Denominatie denominatie = Denominatie.ONBEKEND;

    protected Schoolbestuur() {
    }

    Schoolbestuur(String bestuursnummer, String naam) {
        this.bestuursnummer = bestuursnummer;
        this.naam = naam;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    public String getNaam() {
        return naam;
    }

    public Denominatie getDenominatie() {
        return denominatie;
    }

    void hernoem(String naam) {
        this.naam = naam;
    }

    void denominatie(Denominatie denominatie) {
        this.denominatie = denominatie;
    }
}
