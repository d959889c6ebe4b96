package nl.eenplan.organisatie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A school board (bevoegd gezag), known by DUO's bestuursnummer (5 digits). The board, not the school, decides on
 * admission and carries the zorgplicht (WPO art. 40; WEC art. 40; WVO 2020, toelating): it may offer a place at
 * another of its schools. Its schools point to it (dossier.School's bestuursnummer).
 */
@Entity
public class Schoolbestuur {

    @Id
    private String bestuursnummer;

    @Column(nullable = false)
    private String naam;

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

    void hernoem(String naam) {
        this.naam = naam;
    }
}
