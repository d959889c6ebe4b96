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
import java.util.ArrayList;
import java.util.List;

/**
 * A family member's answer to a planned MDO date (issue #24, V66): the date suits them, or up to three other moments.
 * One per parent ({@code ouderId}) or the pupil ({@code ouderId} null) per MDO; a later answer replaces the earlier one.
 * No care details: a yes or moments, who (OUDERS or LEERLING, the guardian's id) and the family account that answered.
 */
@Entity
@Table(name = "mdo_reactie")
public class MdoReactie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mdo_id")
    private Mdo mdo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Rol rol;

    @Column(name = "ouder_id")
    private Long ouderId;

    @Column(name = "gever_sleutel", nullable = false)
    private String geverSleutel;

    @Column(nullable = false)
    private boolean akkoord;

    @Column(name = "voorstel_1")
    private Instant voorstel1;

    @Column(name = "voorstel_2")
    private Instant voorstel2;

    @Column(name = "voorstel_3")
    private Instant voorstel3;

    /** The date this answer is about: the MDO's date when it was given (the MDO may have moved since). */
    @Column(name = "over_datum", nullable = false)
    private Instant overDatum;

    @Column(name = "gegeven_door", nullable = false)
    private String gegevenDoor;

    @Column(name = "gegeven_op", nullable = false)
    private Instant gegevenOp;

    protected MdoReactie() {
    }

    MdoReactie(Long ouderId, Instant overDatum, boolean akkoord, List<Instant> voorstellen, String gegevenDoor,
               Instant gegevenOp) {
        this.overDatum = overDatum;
        this.rol = ouderId == null ? Rol.LEERLING : Rol.OUDERS;
        this.ouderId = ouderId;
        this.geverSleutel = sleutel(ouderId);
        this.akkoord = akkoord;
        this.voorstel1 = voorstellen.size() > 0 ? voorstellen.get(0) : null;
        this.voorstel2 = voorstellen.size() > 1 ? voorstellen.get(1) : null;
        this.voorstel3 = voorstellen.size() > 2 ? voorstellen.get(2) : null;
        this.gegevenDoor = gegevenDoor;
        this.gegevenOp = gegevenOp;
    }

    /** Who answers: a guardian by id, or the pupil. */
    static String sleutel(Long ouderId) {
        return ouderId == null ? "leerling" : "ouder-" + ouderId;
    }

    void hoortBij(Mdo mdo) {
        this.mdo = mdo;
    }

    void vervang(MdoReactie nieuw) {
        this.akkoord = nieuw.akkoord;
        this.voorstel1 = nieuw.voorstel1;
        this.voorstel2 = nieuw.voorstel2;
        this.voorstel3 = nieuw.voorstel3;
        this.gegevenDoor = nieuw.gegevenDoor;
        this.gegevenOp = nieuw.gegevenOp;
    }

    public Instant getOverDatum() {
        return overDatum;
    }

    public Rol getRol() {
        return rol;
    }

    public Long getOuderId() {
        return ouderId;
    }

    public String getGeverSleutel() {
        return geverSleutel;
    }

    public boolean isAkkoord() {
        return akkoord;
    }

    /** The moments proposed, in the order given (empty when the date suits). */
    public List<Instant> getVoorstellen() {
        List<Instant> voorstellen = new ArrayList<>();
        for (Instant v : new Instant[] {voorstel1, voorstel2, voorstel3}) {
            if (v != null) {
                voorstellen.add(v);
            }
        }
        return voorstellen;
    }

    public String getGegevenDoor() {
        return gegevenDoor;
    }

    public Instant getGegevenOp() {
        return gegevenOp;
    }
}
