package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.NaturalId;

/** A school (or school location) identified by its BRIN, with the region that sets its holidays. */
@Entity
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NaturalId
    @Column(nullable = false, unique = true)
    private String brin;

    @Column(nullable = false)
    private String naam;

    @Column(nullable = false)
    private String gemeente;

    /** CBS code of the gemeente (e.g. GM0344); empty for a school registered by name before EenPlan knew codes. */
    private String gemeentecode;

    @Column(nullable = false)
    private String samenwerkingsverband;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Regio regio;

    /** DUO's bestuursnummer of its board (bevoegd gezag, organisatie.Schoolbesturen); empty until the installation names it. */
    private String bestuursnummer;

    protected School() {
    }

    public School(String brin, String naam, String gemeente, String samenwerkingsverband, Regio regio) {
        this.brin = brin;
        this.naam = naam;
        this.gemeente = gemeente;
        this.samenwerkingsverband = samenwerkingsverband;
        this.regio = regio;
    }

    public Long getId() {
        return id;
    }

    public String getBrin() {
        return brin;
    }

    public String getNaam() {
        return naam;
    }

    public String getGemeente() {
        return gemeente;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    /** The gemeente got its CBS code (nl.eenplan.organisatie.Gemeenten). */
    void gemeenteIs(String code, String naam) {
        this.gemeentecode = code;
        this.gemeente = naam;
    }

    public String getSamenwerkingsverband() {
        return samenwerkingsverband;
    }

    public Regio getRegio() {
        return regio;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    /** The school belongs to this board (bevoegd gezag). */
    void bestuurIs(String bestuursnummer) {
        this.bestuursnummer = bestuursnummer;
    }
}
