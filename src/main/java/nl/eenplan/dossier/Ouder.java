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

/**
 * A guardian or carer of a pupil, with contact details and whether they have gezag (parental authority). Gezag
 * decides who consents for the pupil (see {@link Leeftijdsregel}); a parent without gezag has the right to
 * information the law gives (BW art. 1:377c), no more. {@code gezag} is null while the school has not confirmed it
 * (guardians from before V20 and guardians entered without it): flows that need consent wait until it is known.
 */
@Entity
public class Ouder {

    /**
     * The key by which a school change knows a guardian the new dossier already has (DossierService.neemOver) and by
     * which the family's binding finds its guardian there (gezin.Gezinsoverstap): the name, trimmed, in lower case.
     */
    public static String naamsleutel(String naam) {
        return naam.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** How this person relates to the pupil. */
    public enum Relatie {
        OUDER("ouder"), VERZORGER("verzorger"), VOOGD("voogd"),
        /** A gecertificeerde instelling with voogdij (Jeugdwet art. 1.1; BW art. 1:302). */
        GI("gecertificeerde instelling");

        private final String omschrijving;

        Relatie(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
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

    /** Has gezag: true, false, or null while unknown (not yet confirmed by the school). */
    private Boolean gezag;

    /** A court order limits what this parent may be told (BW art. 1:377c lid 2; art. 1:377a lid 3). */
    @Column(name = "informatie_beperkt", nullable = false)
    private boolean informatieBeperkt;

    protected Ouder() {
    }

    public Ouder(String naam, Relatie relatie, String telefoon, String email, Boolean gezag,
                 boolean informatieBeperkt) {
        this.naam = naam;
        this.relatie = relatie;
        this.telefoon = telefoon;
        this.email = email;
        this.gezag = gezag;
        this.informatieBeperkt = informatieBeperkt;
    }

    /** The school confirms who has gezag (and whether a court order limits what this parent may be told). */
    void legGezagVast(boolean gezag, boolean informatieBeperkt) {
        this.gezag = gezag;
        this.informatieBeperkt = informatieBeperkt;
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

    /** True or false once the school confirmed it; null while unknown. */
    public Boolean getGezag() {
        return gezag;
    }

    public boolean heeftGezag() {
        return Boolean.TRUE.equals(gezag);
    }

    public boolean isInformatieBeperkt() {
        return informatieBeperkt;
    }
}
