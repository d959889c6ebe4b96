package nl.eenplan.verzuim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.web.Veldfout;

/**
 * A verzuimmelding with the fields of DUO's verzuimregister. EenPlan drafts it when the rules call for
 * one (or the school reports overig verzuim by hand); the zorgcoördinator completes and sends it (or withdraws it);
 * sending escalates to leerplicht. A langdurig relatief verzuim report is open (no end date) until the school records
 * the pupil's return.
 */
@Entity
@Table(name = "verzuimmelding")
public class Verzuimmelding {

    /**
     * Where the report is at the school's side; after sending, leerplicht's status tells the rest. NAAR_DUO: the school
     * decided to send it; it goes to DUO's verzuimregister and waits for DUO's confirmation (its kenmerk) before
     * leerplicht's work in EenPlan starts.
     */
    public enum Status {
        CONCEPT, NAAR_DUO, VERSTUURD, INGETROKKEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Meldingsoort soort;

    @Column(nullable = false)
    private LocalDate startdatum;

    /** Null while an LRV is open (until the pupil returns). */
    private LocalDate einddatum;

    /** The day the report's threshold was reached (for most kinds its end date); the norm counts from it. */
    @Column(nullable = false)
    private LocalDate drempeldatum;

    /** LRV: the day the pupil was back at school, as the school recorded it. */
    @Column(name = "teruggekeerd_op")
    private LocalDate teruggekeerdOp;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal uren;

    @Column(name = "alle_lessen_gemist", nullable = false)
    private boolean alleLessenGemist;

    @Column(name = "vermoedelijke_reden")
    private String vermoedelijkeReden;

    private String toelichting;

    @Column(name = "gevraagde_actie")
    private String gevraagdeActie;

    private String contactpersoon;

    @Column(name = "rol_melder")
    private String rolMelder;

    private String locatie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "versturen_voor")
    private Instant versturenVoor;

    @Column(name = "verstuurd_op")
    private Instant verstuurdOp;

    @Column(name = "verstuurd_door")
    private String verstuurdDoor;

    @Column(name = "te_laat", nullable = false)
    private boolean teLaat;

    /** Why a report was late before the school could act: the absence reached EenPlan after the norm (V29). */
    @Column(name = "te_laat_oorzaak")
    private String teLaatOorzaak;

    @Column(name = "intrek_reden")
    private String intrekReden;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    @Column(name = "ingetrokken_door")
    private String ingetrokkenDoor;

    @Column(name = "escalatie_id")
    private Long escalatieId;

    @Column(name = "proces_instantie_id")
    private String procesInstantieId;

    /** The school's unit of the hours (lesuur, klokuur), fixed when the report is made; null before EenPlan knew it. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private nl.eenplan.termijn.Uureenheid uureenheid;

    /**
     * The idempotency key of this report's submission to DUO (DuoVerzuimregister.Melding): a random UUID made with the
     * report, so unique across installations and after a database restore, and the same on every attempt and retry.
     * Reports from before V42 that may have been submitted keep the key they were sent with (V42__DuoSleutelPerMelding).
     */
    @Column(name = "duo_sleutel", nullable = false, updatable = false, length = 64)
    private String duoSleutel;

    /** DUO's kenmerk of the report in its verzuimregister. */
    @Column(name = "duo_kenmerk")
    private String duoKenmerk;

    /** The day the report was submitted in DUO's verzuimregister. */
    @Column(name = "ingediend_bij_duo_op")
    private LocalDate ingediendBijDuoOp;

    /** Who recorded the submission: the school's user, or EenPlan when DUO confirmed it itself. */
    @Column(name = "ingediend_door")
    private String ingediendDoor;

    /** When EenPlan signalled that the report was not confirmed within the norm (once per report). */
    @Column(name = "te_laat_gesignaleerd_op")
    private Instant teLaatGesignaleerdOp;

    /** Whose leerplicht got that signal (tenant and team), so it hears a later withdrawal; null when none did. */
    @Column(name = "te_laat_gemeld_aan")
    private String teLaatGemeldAan;

    @Column(name = "te_laat_gemeld_team")
    private String teLaatGemeldTeam;

    protected Verzuimmelding() {
    }

    void inEenheid(nl.eenplan.termijn.Uureenheid eenheid) {
        this.uureenheid = eenheid;
    }

    public nl.eenplan.termijn.Uureenheid getUureenheid() {
        return uureenheid;
    }

    Verzuimmelding(String dossierNummer, Verzuimregels.Signaal signaal, boolean alleLessenGemist,
                   String contactpersoon, Instant aangemaaktOp) {
        this.dossierNummer = dossierNummer;
        this.soort = signaal.soort();
        this.startdatum = signaal.van();
        // An LRV stays open until the pupil returns (DUO): no end date yet.
        this.einddatum = signaal.soort() == Meldingsoort.LANGDURIG_RELATIEF ? null : signaal.tot();
        this.drempeldatum = signaal.tot();
        this.uren = signaal.uren();
        this.alleLessenGemist = alleLessenGemist;
        this.contactpersoon = contactpersoon;
        this.status = Status.CONCEPT;
        this.aangemaaktOp = aangemaaktOp;
        this.duoSleutel = java.util.UUID.randomUUID().toString();
    }

    /** Overig verzuim, reported by hand: the period and why it worries the school. */
    Verzuimmelding(String dossierNummer, LocalDate van, LocalDate tot, BigDecimal uren, boolean alleLessenGemist,
                   String toelichting, String contactpersoon, LocalDate vandaag, Instant aangemaaktOp) {
        this.dossierNummer = dossierNummer;
        this.soort = Meldingsoort.OVERIG;
        this.startdatum = van;
        this.einddatum = tot;
        this.drempeldatum = vandaag;
        this.uren = uren;
        this.alleLessenGemist = alleLessenGemist;
        this.toelichting = toelichting;
        this.contactpersoon = contactpersoon;
        this.status = Status.CONCEPT;
        this.aangemaaktOp = aangemaaktOp;
        this.duoSleutel = java.util.UUID.randomUUID().toString();
    }

    /** An open LRV: the pupil was back on {@code terug}; the report ends on the last lesdag before it. */
    void teruggekeerd(LocalDate terug, LocalDate laatsteDag, BigDecimal uren) {
        this.teruggekeerdOp = terug;
        this.einddatum = laatsteDag;
        this.uren = uren;
    }

    /** Open: an LRV the school has not yet recorded the return of (and did not withdraw). */
    public boolean isOpen() {
        return einddatum == null;
    }

    /** The last day the report covers so far: its end, or for an open LRV the day its rule held. */
    LocalDate totNuToe() {
        return einddatum == null ? drempeldatum : einddatum;
    }

    void gestart(String procesInstantieId, Instant versturenVoor) {
        this.procesInstantieId = procesInstantieId;
        this.versturenVoor = versturenVoor;
    }

    /**
     * The absence this report is made of reached EenPlan after the norm (e.g. registered late in the school's LAS):
     * the report is late from the start, and says why.
     */
    void laatBinnengekomen(String oorzaak) {
        this.teLaat = true;
        this.teLaatOorzaak = oorzaak;
    }

    void vulAan(VerzuimmeldingAanvulling a) {
        this.vermoedelijkeReden = a.vermoedelijkeReden();
        this.toelichting = a.toelichting();
        this.gevraagdeActie = a.gevraagdeActie();
        this.contactpersoon = a.contactpersoon();
        this.rolMelder = a.rolMelder();
        this.locatie = a.locatie();
    }

    /** Only what is given: a field left empty keeps its value (a task's form sends what it asks, nothing more). */
    void vulAanWaarGegeven(VerzuimmeldingAanvulling a) {
        this.vermoedelijkeReden = a.vermoedelijkeReden() != null ? a.vermoedelijkeReden() : vermoedelijkeReden;
        this.toelichting = a.toelichting() != null ? a.toelichting() : toelichting;
        this.gevraagdeActie = a.gevraagdeActie() != null ? a.gevraagdeActie() : gevraagdeActie;
        this.contactpersoon = a.contactpersoon() != null ? a.contactpersoon() : contactpersoon;
        this.rolMelder = a.rolMelder() != null ? a.rolMelder() : rolMelder;
        this.locatie = a.locatie() != null ? a.locatie() : locatie;
    }

    /** What the school must still fill in before sending; empty when the report is complete. */
    List<Veldfout> ontbreekt() {
        List<Veldfout> fouten = new ArrayList<>();
        if (leeg(vermoedelijkeReden)) {
            fouten.add(new Veldfout("vermoedelijkeReden",
                    "Vul de vermoedelijke reden van het verzuim in (maximaal 200 tekens)."));
        }
        if (leeg(contactpersoon)) {
            fouten.add(new Veldfout("contactpersoon", "Vul de contactpersoon voor leerplicht in."));
        }
        return fouten;
    }

    void verstuurd(String door, Instant op, boolean teLaat, Long escalatieId) {
        this.status = Status.VERSTUURD;
        this.verstuurdDoor = door;
        this.verstuurdOp = op;
        // A report that was late on arrival stays late, whenever it is sent.
        this.teLaat = this.teLaat || teLaat;
        this.escalatieId = escalatieId;
    }

    /** The school decided to send: the report goes to DUO's verzuimregister. */
    void naarDuo(String door) {
        this.status = Status.NAAR_DUO;
        this.ingediendDoor = door;
    }

    /** DUO's kenmerk and the day of submission, as DUO confirmed them or the school entered them. */
    void ingediendBijDuo(String kenmerk, LocalDate op, String door) {
        this.duoKenmerk = kenmerk;
        this.ingediendBijDuoOp = op;
        this.ingediendDoor = door;
    }

    /** Records the late signal; false when it was given before (it goes once per report). */
    boolean teLaatGesignaleerd(Instant op) {
        if (teLaatGesignaleerdOp != null) {
            return false;
        }
        this.teLaatGesignaleerdOp = op;
        return true;
    }

    /** The late signal reached leerplicht of this gemeente (tenant) and team. */
    void teLaatGemeldAan(String tenant, String team) {
        this.teLaatGemeldAan = tenant;
        this.teLaatGemeldTeam = team;
    }

    String getTeLaatGemeldAan() {
        return teLaatGemeldAan;
    }

    String getTeLaatGemeldTeam() {
        return teLaatGemeldTeam;
    }

    void ingetrokken(String reden, String door, Instant op) {
        this.status = Status.INGETROKKEN;
        // A withdrawn LRV is not open any more: it ends where its rule held.
        this.einddatum = totNuToe();
        this.intrekReden = reden;
        this.ingetrokkenDoor = door;
        this.ingetrokkenOp = op;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public Meldingsoort getSoort() {
        return soort;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public LocalDate getDrempeldatum() {
        return drempeldatum;
    }

    public LocalDate getTeruggekeerdOp() {
        return teruggekeerdOp;
    }

    public BigDecimal getUren() {
        return uren;
    }

    public boolean isAlleLessenGemist() {
        return alleLessenGemist;
    }

    public String getVermoedelijkeReden() {
        return vermoedelijkeReden;
    }

    public String getToelichting() {
        return toelichting;
    }

    public String getGevraagdeActie() {
        return gevraagdeActie;
    }

    public String getContactpersoon() {
        return contactpersoon;
    }

    public String getRolMelder() {
        return rolMelder;
    }

    public String getLocatie() {
        return locatie;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant getVersturenVoor() {
        return versturenVoor;
    }

    public Instant getVerstuurdOp() {
        return verstuurdOp;
    }

    public String getVerstuurdDoor() {
        return verstuurdDoor;
    }

    public boolean isTeLaat() {
        return teLaat;
    }

    public String getTeLaatOorzaak() {
        return teLaatOorzaak;
    }

    public String getIntrekReden() {
        return intrekReden;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public String getIngetrokkenDoor() {
        return ingetrokkenDoor;
    }

    public Long getEscalatieId() {
        return escalatieId;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public String getDuoSleutel() {
        return duoSleutel;
    }

    public String getDuoKenmerk() {
        return duoKenmerk;
    }

    public LocalDate getIngediendBijDuoOp() {
        return ingediendBijDuoOp;
    }

    public String getIngediendDoor() {
        return ingediendDoor;
    }

    public Instant getTeLaatGesignaleerdOp() {
        return teLaatGesignaleerdOp;
    }
}
