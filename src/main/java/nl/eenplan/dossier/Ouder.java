package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A parent or carer (ouder/verzorger) of a pupil, with contact details. */
@Entity
public class Ouder {

    /** How this person relates to the pupil. */
    public enum Relatie {
        OUDER, VERZORGER, VOOGD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "leerling_id")
    private Leerling leerling;

    @Column(nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relatie relatie;

    private String telefoon;

    private String email;

    protected Ouder() {
    }

    public Ouder(String naam, Relatie relatie, String telefoon, String email) {
        this.naam = naam;
        this.relatie = relatie;
        this.telefoon = telefoon;
        this.email = email;
    }

    void hoortBij(Leerling leerling) {
        this.leerling = leerling;
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public Relatie getRelatie() {
        return relatie;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public String getEmail() {
        return email;
    }
}
