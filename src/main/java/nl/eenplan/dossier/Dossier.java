package nl.eenplan.dossier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Persistable;

/**
 * The pupil's dossier. Its number (see {@link #getNummer()}) is the business key of every process instance for this pupil,
 * so process variables only need to carry this number.
 */
@Entity
public class Dossier implements Persistable<Long> {

    /**
     * Stored by name. The pupil list's "open first" is "status descending" (OPEN sorts after GESLOTEN), so an index
     * gives that order (V79); a third status must revisit Dossierlijst's order (DossierStatusTest guards this).
     */
    public enum Status {
        OPEN, GESLOTEN
    }

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Pattern NUMMER = Pattern.compile("\\d{4}-(\\d{5,12})");

    /** From {@code dossier_seq}, fetched by the one who opens the dossier ({@link Dossiernummers}). */
    @Id
    private Long id;

    /** Until written: Spring Data then persists it instead of merging, though its id is known ({@link #isNew}). */
    @Transient
    private boolean nieuw;

    @OneToOne(optional = false, cascade = CascadeType.ALL)
    @JoinColumn(name = "leerling_id")
    private Leerling leerling;

    /**
     * The pupil's school, as on the pupil (set once, with the dossier): here too so the pupil list of a school reads
     * its page from an index on the dossier table in list order (V79, issue #25).
     */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** User id of the owning zorgcoördinator. */
    @Column(nullable = false)
    private String zorgcoordinator;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    /** When the school's care for the pupil ended; the retention counts from then. */
    @Column(name = "gesloten_op")
    private Instant geslotenOp;

    @Column(name = "sluitreden")
    private String sluitreden;

    /**
     * The school the pupil changed to (its BRIN) and the enrolment date there, once the pupil left this school for it
     * (package nl.eenplan.schoolwissel): from then on this dossier is read-only, with what the school must keep.
     */
    @Column(name = "overgestapt_naar")
    private String overgestaptNaar;

    @Column(name = "overgestapt_op")
    private LocalDate overgestaptOp;

    /**
     * Who the pupil is at which school, while the dossier is open; null once it is closed. Unique in the database
     * (V16): a school has one open dossier per pupil, whichever node or request opens it. See {@link #sleutel}.
     */
    @Column(name = "open_sleutel")
    private String openSleutel;

    @OneToOne(mappedBy = "dossier", cascade = CascadeType.ALL, optional = false)
    private Plan plan;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Toestemming> toestemmingen = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Afspraak> afspraken = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("op")
    private List<DossierOverdracht> overdrachten = new ArrayList<>();

    protected Dossier() {
    }

    Dossier(long id, Leerling leerling, String zorgcoordinator, Instant aangemaaktOp) {
        this.id = id;
        this.nieuw = true;
        this.leerling = leerling;
        this.school = leerling.getSchool();
        this.zorgcoordinator = zorgcoordinator;
        this.aangemaaktOp = aangemaaktOp;
        this.status = Status.OPEN;
        this.plan = new Plan(this);
        this.openSleutel = sleutel(leerling.getSchool().getBrin(), leerling.getBsn(), leerling.getVoornaam(),
                leerling.getTussenvoegsel(), leerling.getAchternaam(), leerling.getGeboortedatum());
    }

    /**
     * The pupil at a school: the school's BRIN and the BSN; without BSN (an onderwijsnummer, or none) the name and
     * birth date, as a class file has them, ignoring upper and lower case and extra spaces. So the same file uploaded
     * twice, or a dossier opened by hand for a pupil of that file, finds the same pupil.
     */
    static String sleutel(String brin, String bsn, String voornaam, String tussenvoegsel, String achternaam,
                          LocalDate geboortedatum) {
        if (bsn != null && !bsn.isBlank()) {
            return brin + "|bsn|" + bsn.trim();
        }
        return brin + "|naam|" + gewoon(voornaam) + "|" + gewoon(tussenvoegsel) + "|" + gewoon(achternaam) + "|"
                + geboortedatum;
    }

    private static String gewoon(String naam) {
        return naam == null ? "" : naam.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The dossier number: year of creation and id, e.g. 2026-00042. Known once the dossier is saved. */
    public String getNummer() {
        return nummer(id, aangemaaktOp);
    }

    /**
     * The number of the dossier with this id, created at that moment (also for migrations, which have no entity, and the
     * monitor's facts, which read dossiers with JDBC): one formula.
     */
    public static String nummer(long id, Instant aangemaaktOp) {
        // Written for every line of every list: without String.format, whose parsing of the pattern per call was a
        // visible share of Mijn werk's CPU (issue #25).
        String volgnummer = Long.toString(id);
        return aangemaaktOp.atZone(NL).getYear() + "-" + "0".repeat(Math.max(0, 5 - volgnummer.length())) + volgnummer;
    }

    /**
     * Whether the text is a whole dossier number as written (2026-00042): it names that one dossier, as the pupil
     * list's search and Mijn werk's read it.
     */
    public static boolean isNummer(String tekst) {
        return tekst != null && idUitNummer(tekst) != null;
    }

    /** The id inside a dossier number, or null when the text is no dossier number. */
    static Long idUitNummer(String nummer) {
        Matcher m = NUMMER.matcher(nummer);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    public void voegToestemmingToe(Toestemming toestemming) {
        toestemming.hoortBij(this);
        toestemmingen.add(toestemming);
    }

    public void voegAfspraakToe(Afspraak afspraak) {
        afspraak.hoortBij(this);
        afspraken.add(afspraak);
    }

    /** Another zorgcoördinator owns the dossier from now on; recorded with who handed it over and when. */
    void draagOver(String naar, String door, Instant op) {
        overdrachten.add(new DossierOverdracht(this, zorgcoordinator, naar, door, op));
        this.zorgcoordinator = naar;
    }

    /** Who handed the dossier over to whom, oldest first. */
    List<DossierOverdracht> getOverdrachten() {
        return Collections.unmodifiableList(overdrachten);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return nieuw;
    }

    @PostPersist
    @PostLoad
    void geschreven() {
        nieuw = false;
    }

    public Leerling getLeerling() {
        return leerling;
    }

    /** The school's care for the pupil ends; the dossier is kept for its retention period, then removed. */
    void sluit(String reden, Instant op) {
        this.status = Status.GESLOTEN;
        this.openSleutel = null;
        this.sluitreden = reden;
        this.geslotenOp = op;
    }

    /**
     * The pupil enrolled at school {@code naarBrin} on {@code ingeschrevenOp}: this school's care ends (the uitschrijving),
     * with the reason "Overgestapt naar ...". Kept for its retention, read-only.
     */
    void stapOver(String naarBrin, String naarNaam, LocalDate ingeschrevenOp, Instant op) {
        sluit("Overgestapt naar " + naarNaam + " (" + naarBrin + ") op " + ingeschrevenOp + ".", op);
        this.overgestaptNaar = naarBrin;
        this.overgestaptOp = ingeschrevenOp;
    }

    /** The BRIN of the school the pupil changed to; null while the pupil did not change school from here. */
    public String getOvergestaptNaar() {
        return overgestaptNaar;
    }

    public LocalDate getOvergestaptOp() {
        return overgestaptOp;
    }

    public Instant getGeslotenOp() {
        return geslotenOp;
    }

    public String getSluitreden() {
        return sluitreden;
    }

    public Status getStatus() {
        return status;
    }

    /** The key of the open dossier ({@link #sleutel}); null once closed. */
    String getOpenSleutel() {
        return openSleutel;
    }

    public String getZorgcoordinator() {
        return zorgcoordinator;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public Plan getPlan() {
        return plan;
    }

    public List<Toestemming> getToestemmingen() {
        return Collections.unmodifiableList(toestemmingen);
    }

    public List<Afspraak> getAfspraken() {
        return Collections.unmodifiableList(afspraken);
    }
}
