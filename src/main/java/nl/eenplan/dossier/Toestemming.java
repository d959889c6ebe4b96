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
import java.time.LocalDate;

/**
 * One person's consent to share the dossier for one scope, with its proof (AVG art. 7 lid 1): who gave it (a
 * guardian by id, or the pupil), when, how (in a meeting, on paper, digitally), on which information (the version and
 * text of {@link Toestemmingsinformatie}), for which period, and who recorded it; withdrawal with the same proof. In
 * force from the day given until it ends or is withdrawn. One person has at most one consent per scope that is not
 * withdrawn (a unique key in the database, V20). Consents from before V20 say "de ouders" without a person; they
 * count for every guardian with gezag, and their form is {@link Vorm#ONBEKEND}.
 */
@Entity
public class Toestemming {

    /** Who gave consent: a guardian with gezag (OUDERS, with the guardian's id) or the pupil. */
    public enum GegevenDoor {
        OUDERS, LEERLING
    }

    /** How consent was given or withdrawn; ONBEKEND only for consents recorded before EenPlan kept proof (V20). */
    public enum Vorm {
        GESPREK("in een gesprek"), PAPIER("op papier, ondertekend"), DIGITAAL("digitaal"),
        ONBEKEND("onbekend (vastgelegd voordat EenPlan het bewijs bijhield)");

        private final String omschrijving;

        Vorm(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /**
     * With whom the dossier may be shared on consent, and whose consent counts at what age. SWV and
     * ONTVANGENDE_SCHOOL need no consent any more (a statutory task and a statutory duty, {@link Gegevensstroom}):
     * they stay for the consents recorded before, which are kept as history.
     */
    public enum Scope {
        ONDERSTEUNINGSTEAM("het ondersteuningsteam", Leeftijdsregel.AVG),
        JEUGDHULP("jeugdhulp", Leeftijdsregel.JEUGDWET),
        SWV("het samenwerkingsverband", null),
        LEERPLICHT("leerplicht in het MDO", Leeftijdsregel.AVG),
        ONTVANGENDE_SCHOOL("de ontvangende school", null);

        private final String omschrijving;
        private final Leeftijdsregel leeftijdsregel;

        Scope(String omschrijving, Leeftijdsregel leeftijdsregel) {
            this.omschrijving = omschrijving;
            this.leeftijdsregel = leeftijdsregel;
        }

        /** In Dutch, for messages: "toestemming voor jeugdhulp". */
        public String omschrijving() {
            return omschrijving;
        }

        /** Whose consent counts at what age; null when no flow rests on consent for this scope. */
        public Leeftijdsregel leeftijdsregel() {
            return leeftijdsregel;
        }

        public boolean opToestemming() {
            return leeftijdsregel != null;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Enumerated(EnumType.STRING)
    @Column(name = "gegeven_door", nullable = false)
    private GegevenDoor gegevenDoor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    @Column(name = "gegeven_op", nullable = false)
    private LocalDate gegevenOp;

    @Column(name = "ingetrokken_op")
    private LocalDate ingetrokkenOp;

    /** The guardian who gave it; null when the pupil gave it, or for "de ouders" before V20. */
    @ManyToOne
    @JoinColumn(name = "ouder_id")
    private Ouder ouder;

    /** The person, for the unique key: LEERLING, OUDER-{id}, or OUDERS (before V20). */
    @Column(name = "gever_sleutel", nullable = false)
    private String geverSleutel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vorm vorm;

    @Column(name = "informatie_versie")
    private String informatieVersie;

    @Column(name = "informatie_tekst", length = 4000)
    private String informatieTekst;

    /** The language of the text shown (nl or en) when the person gave it online; null: through the school, in Dutch. */
    @Column(name = "informatie_taal")
    private String informatieTaal;

    /**
     * How the person was signed in when they gave it online (sign-in method and level, the moment; V64); null when the
     * school recorded it (then {@code vastgelegdDoor} and {@code vorm} are the proof).
     */
    @Column(name = "bewijs", length = 500)
    private String bewijs;

    /** Given for a period: not in force after this day; null means until withdrawn. */
    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    @Column(name = "vastgelegd_door")
    private String vastgelegdDoor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ingetrokken_vorm")
    private Vorm ingetrokkenVorm;

    @Column(name = "ingetrokken_vastgelegd_door")
    private String ingetrokkenVastgelegdDoor;

    /** As {@code bewijs}, for a withdrawal online. */
    @Column(name = "ingetrokken_bewijs", length = 500)
    private String ingetrokkenBewijs;

    /**
     * TRUE until withdrawn, then null: the unique key (dossier, scope, giver, actief) allows one consent that is not
     * withdrawn and any number of withdrawn ones (a null is never equal to another), on H2 and PostgreSQL alike.
     */
    @Column(name = "actief")
    private Boolean actief = Boolean.TRUE;

    protected Toestemming() {
    }

    /** Consent of one person: {@code ouder} for a guardian, null for the pupil. */
    Toestemming(Ouder ouder, Scope scope, LocalDate gegevenOp, Vorm vorm, Toestemmingsinformatie informatie,
                LocalDate geldigTot, String vastgelegdDoor) {
        this.gegevenDoor = ouder == null ? GegevenDoor.LEERLING : GegevenDoor.OUDERS;
        this.ouder = ouder;
        this.geverSleutel = sleutel(ouder);
        this.scope = scope;
        this.gegevenOp = gegevenOp;
        this.vorm = vorm;
        this.informatieVersie = informatie.versie();
        this.informatieTekst = informatie.tekst();
        this.geldigTot = geldigTot;
        this.vastgelegdDoor = vastgelegdDoor;
    }

    /**
     * Consent the person gave online: the text recorded is the one shown to them, in their language, with how they were
     * signed in (AVG art. 7 lid 1).
     */
    Toestemming(Ouder ouder, Scope scope, LocalDate gegevenOp, Vorm vorm, Toestemmingsinformatie informatie,
                String taal, String bewijs, LocalDate geldigTot, String vastgelegdDoor) {
        this(ouder, scope, gegevenOp, vorm, informatie, geldigTot, vastgelegdDoor);
        this.informatieTaal = taal;
        this.informatieTekst = informatie.tekst(taal);
        this.bewijs = bewijs;
    }

    static String sleutel(Ouder ouder) {
        return ouder == null ? GegevenDoor.LEERLING.name() : "OUDER-" + ouder.getId();
    }

    void hoortBij(Dossier dossier) {
        this.dossier = dossier;
    }

    void trekIn(LocalDate dag, Vorm vorm, String vastgelegdDoor, String bewijs) {
        this.ingetrokkenOp = dag;
        this.ingetrokkenVorm = vorm;
        this.ingetrokkenVastgelegdDoor = vastgelegdDoor;
        this.ingetrokkenBewijs = bewijs;
        this.actief = null;
    }

    /** Not withdrawn: the one consent of this pupil for this scope and giver. */
    public boolean isActief() {
        return ingetrokkenOp == null;
    }

    /** The same consent: same scope, same person. */
    boolean zelfde(Scope scope, Ouder ouder) {
        return this.scope == scope && this.geverSleutel.equals(sleutel(ouder));
    }

    /** Withdrawal stops sharing from that day on; a consent for a period ends after its last day. */
    public boolean geldigOp(LocalDate dag) {
        return !dag.isBefore(gegevenOp) && (ingetrokkenOp == null || dag.isBefore(ingetrokkenOp))
                && (geldigTot == null || !dag.isAfter(geldigTot));
    }

    /** Counts as this guardian's consent: given by them, or by "de ouders" before EenPlan recorded the person. */
    boolean vanOuder(Ouder o) {
        return gegevenDoor == GegevenDoor.OUDERS && (ouder == null || ouder.getId().equals(o.getId()));
    }

    boolean vanLeerling() {
        return gegevenDoor == GegevenDoor.LEERLING;
    }

    public Long getId() {
        return id;
    }

    public GegevenDoor getGegevenDoor() {
        return gegevenDoor;
    }

    public Scope getScope() {
        return scope;
    }

    public LocalDate getGegevenOp() {
        return gegevenOp;
    }

    public LocalDate getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public Ouder getOuder() {
        return ouder;
    }

    public Vorm getVorm() {
        return vorm;
    }

    public String getInformatieVersie() {
        return informatieVersie;
    }

    public String getInformatieTekst() {
        return informatieTekst;
    }

    public LocalDate getGeldigTot() {
        return geldigTot;
    }

    public String getVastgelegdDoor() {
        return vastgelegdDoor;
    }

    public Vorm getIngetrokkenVorm() {
        return ingetrokkenVorm;
    }

    public String getIngetrokkenVastgelegdDoor() {
        return ingetrokkenVastgelegdDoor;
    }

    public String getInformatieTaal() {
        return informatieTaal;
    }

    public String getBewijs() {
        return bewijs;
    }

    public String getIngetrokkenBewijs() {
        return ingetrokkenBewijs;
    }
}
