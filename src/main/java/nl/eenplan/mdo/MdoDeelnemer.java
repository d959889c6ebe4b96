package nl.eenplan.mdo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone invited to an MDO: role, name, the user or group that gets the invitation, whether they came. */
@Entity
@Table(name = "mdo_deelnemer")
public class MdoDeelnemer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mdo_id")
    private Mdo mdo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rol rol;

    @Column(nullable = false)
    private String naam;

    private String gebruiker;

    private String groep;

    private String email;

    @Column(name = "uitgenodigd_op")
    private Instant uitgenodigdOp;

    private Boolean aanwezig;

    /** For a participant from outside the school: the basis on which they were invited (shown on the invitation). */
    private String grondslag;

    /** The flow of the basis table their invitation is (for the invitation's text). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private nl.eenplan.dossier.Gegevensstroom stroom;

    protected MdoDeelnemer() {
    }

    MdoDeelnemer(Rol rol, String naam, String gebruiker, String groep, String email) {
        this.rol = rol;
        this.naam = naam;
        this.gebruiker = gebruiker;
        this.groep = groep;
        this.email = email;
    }

    void opGrondslag(nl.eenplan.dossier.Gegevensstroom stroom, String grondslag) {
        this.stroom = stroom;
        this.grondslag = grondslag;
    }

    public nl.eenplan.dossier.Gegevensstroom getStroom() {
        return stroom;
    }

    public String getGrondslag() {
        return grondslag;
    }

    void hoortBij(Mdo mdo) {
        this.mdo = mdo;
    }

    void uitgenodigd(Instant op) {
        this.uitgenodigdOp = op;
    }

    void aanwezig(boolean aanwezig) {
        this.aanwezig = aanwezig;
    }

    public Long getId() {
        return id;
    }

    public Rol getRol() {
        return rol;
    }

    public String getNaam() {
        return naam;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public String getGroep() {
        return groep;
    }

    public String getEmail() {
        return email;
    }

    public Instant getUitgenodigdOp() {
        return uitgenodigdOp;
    }

    public Boolean getAanwezig() {
        return aanwezig;
    }
}
