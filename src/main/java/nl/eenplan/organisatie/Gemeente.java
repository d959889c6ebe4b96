package nl.eenplan.organisatie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A gemeente this installation serves, known by its CBS code (GM and 4 digits, e.g. GM0344 for Utrecht). Its staff are
 * the members of its Camunda group; the cases it handles (an escalation to leerplicht of a pupil who lives there) are
 * in a Camunda tenant whose id is the code.
 */
@Entity
public class Gemeente {

    @Id
    private String code;

    @Column(nullable = false)
    private String naam;

    /** The Camunda group of its staff: "gemeente-" and the name (kept when the name changes). */
    @Column(nullable = false, unique = true)
    private String groep;

    protected Gemeente() {
    }

    Gemeente(String code, String naam, String groep) {
        this.code = code;
        this.naam = naam;
        this.groep = groep;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public String getGroep() {
        return groep;
    }

    void hernoem(String naam) {
        this.naam = naam;
    }
}
