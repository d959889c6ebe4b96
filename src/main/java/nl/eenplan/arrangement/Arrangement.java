package nl.eenplan.arrangement;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.eenplan.termijn.Verzendwijze;

/**
 * An integraal onderwijs-zorgarrangement: the request (education part, care part, OPP), the zorgplicht,
 * both decisions, the running arrangement and its closure with the satisfaction survey. Part of the
 * dossier; the process carries its id, dates and yes/no routing facts.
 */
@Entity
@Table(name = "arrangement")
public class Arrangement {

    public enum Status {
        AANVRAAG, BESLUITVORMING, LOPEND, GEEN_PLAATS, AFGESLOTEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(name = "proces_instantie_id", nullable = false)
    private String procesInstantieId;

    @Enumerated(EnumType.STRING)
    @Column(name = "onderwijs_soort")
    private Onderwijsdeel onderwijsSoort;

    @Column(name = "onderwijs_omschrijving")
    private String onderwijsOmschrijving;

    @Column(name = "zorg_omschrijving")
    private String zorgOmschrijving;

    private String perspectief;

    /** The OPP's goals as requested, one per line; they enter the plan when the arrangement starts. */
    @Column(name = "opp_doelen")
    private String oppDoelen;

    /** The ids of those goals in the dossier's plan, comma-separated. */
    @Column(name = "doel_ids")
    private String doelIds;

    @Column(name = "registratie_ontvangen_op")
    private LocalDate registratieOntvangenOp;

    /** The signed groeidocument version the request attached (groeidocument); null for requests before V36. */
    @Column(name = "groeidocument_versie_id")
    private Long groeidocumentVersieId;

    @Column(name = "zorgplicht_tot")
    private LocalDate zorgplichtTot;

    @Column(name = "verlengd_tot")
    private LocalDate verlengdTot;

    @Column(name = "verleng_reden")
    private String verlengReden;

    @Column(name = "advies1_door")
    private String advies1Door;

    private String advies1;

    @Column(name = "advies2_door")
    private String advies2Door;

    private String advies2;

    /** The deskundigen of a TLV: discipline, organisation (and its BRIN) and the advice's date (V38; null before). */
    @Enumerated(EnumType.STRING)
    @Column(name = "advies1_discipline")
    private nl.eenplan.tlv.Discipline advies1Discipline;

    @Column(name = "advies1_organisatie")
    private String advies1Organisatie;

    @Column(name = "advies1_brin")
    private String advies1Brin;

    @Column(name = "advies1_datum")
    private LocalDate advies1Datum;

    @Enumerated(EnumType.STRING)
    @Column(name = "advies2_discipline")
    private nl.eenplan.tlv.Discipline advies2Discipline;

    @Column(name = "advies2_organisatie")
    private String advies2Organisatie;

    @Column(name = "advies2_brin")
    private String advies2Brin;

    @Column(name = "advies2_datum")
    private LocalDate advies2Datum;

    /** Issue 23: each part's decision, letter and objection in one shape (Deelbesluit), on the columns it had. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "besluit", column = @Column(name = "onderwijs_besluit")),
            @AttributeOverride(name = "toelichting", column = @Column(name = "onderwijs_toelichting")),
            @AttributeOverride(name = "besluitOp", column = @Column(name = "onderwijs_besluit_op")),
            @AttributeOverride(name = "briefOp", column = @Column(name = "onderwijs_brief_op")),
            @AttributeOverride(name = "briefDoor", column = @Column(name = "onderwijs_brief_door")),
            @AttributeOverride(name = "briefWijze", column = @Column(name = "onderwijs_brief_wijze")),
            @AttributeOverride(name = "bezwaartermijnTot", column = @Column(name = "onderwijs_bezwaartermijn_tot")),
            @AttributeOverride(name = "bezwaarOntvangenOp", column = @Column(name = "onderwijs_bezwaar_ontvangen_op")),
            @AttributeOverride(name = "bezwaarToelichting", column = @Column(name = "onderwijs_bezwaar_toelichting")),
            @AttributeOverride(name = "bezwaarUitkomst", column = @Column(name = "onderwijs_bezwaar_uitkomst"))
    })
    private Deelbesluit onderwijs;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "besluit", column = @Column(name = "zorg_besluit")),
            @AttributeOverride(name = "toelichting", column = @Column(name = "zorg_toelichting")),
            @AttributeOverride(name = "besluitOp", column = @Column(name = "zorg_besluit_op")),
            @AttributeOverride(name = "briefOp", column = @Column(name = "zorg_brief_op")),
            @AttributeOverride(name = "briefDoor", column = @Column(name = "zorg_brief_door")),
            @AttributeOverride(name = "briefWijze", column = @Column(name = "zorg_brief_wijze")),
            @AttributeOverride(name = "bezwaartermijnTot", column = @Column(name = "zorg_bezwaartermijn_tot")),
            @AttributeOverride(name = "bezwaarOntvangenOp", column = @Column(name = "zorg_bezwaar_ontvangen_op")),
            @AttributeOverride(name = "bezwaarToelichting", column = @Column(name = "zorg_bezwaar_toelichting")),
            @AttributeOverride(name = "bezwaarUitkomst", column = @Column(name = "zorg_bezwaar_uitkomst"))
    })
    private Deelbesluit zorg;

    /** Only for a TLV (the education part): the LBT's advice on an objection (WPO art. 18a, WVO 2020 art. 2.47). */
    @Column(name = "lbt_advies_op")
    private LocalDate lbtAdviesOp;

    @Enumerated(EnumType.STRING)
    @Column(name = "lbt_advies")
    private LbtAdvies lbtAdvies;

    /** The advice of the Landelijke Bezwaaradviescommissie on an objection against a TLV decision. */
    public enum LbtAdvies { GEGROND, ONGEGROND, NIET_ONTVANKELIJK }

    /** How an objection ended: gegrond (decided again), ongegrond (the refusal stands) or withdrawn. */
    public enum Bezwaaruitkomst { GEGROND, ONGEGROND, INGETROKKEN }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /**
     * A school change moved the pupil's running arrangement to the new school, where it starts again (V47): this row
     * is history, and the monitor counts the arrangement once, at the new school.
     */
    @Column(name = "voortgezet_elders", nullable = false)
    private boolean voortgezetElders;

    private LocalDate startdatum;

    /*
     * The closing survey as the school filled it in on the family's behalf until issue #24: history only, no longer
     * written and not in the monitor's figures (the family's own answers are in table arrangement_enquete).
     */
    @Column(name = "tevredenheid_ouders")
    private Integer tevredenheidOuders;

    @Column(name = "tevredenheid_leerling")
    private Integer tevredenheidLeerling;

    @Column(name = "ervaren_baat_ouders")
    private Integer ervarenBaatOuders;

    @Column(name = "ervaren_baat_leerling")
    private Integer ervarenBaatLeerling;

    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;

    protected Arrangement() {
    }

    Arrangement(String dossierNummer, String procesInstantieId) {
        this.dossierNummer = dossierNummer;
        this.procesInstantieId = procesInstantieId;
        this.status = Status.AANVRAAG;
    }

    void aanvraag(Onderwijsdeel soort, String onderwijs, String zorg, String perspectief, List<String> doelen,
                  LocalDate ontvangen, Long groeidocumentVersieId) {
        this.groeidocumentVersieId = groeidocumentVersieId;
        this.onderwijsSoort = soort;
        this.onderwijsOmschrijving = onderwijs;
        this.zorgOmschrijving = zorg;
        this.perspectief = perspectief;
        this.oppDoelen = String.join("\n", doelen);
        this.registratieOntvangenOp = ontvangen;
    }

    void naarBesluitvorming(LocalDate zorgplichtTot) {
        this.zorgplichtTot = zorgplichtTot;
        this.status = Status.BESLUITVORMING;
    }

    void verlengReden(String reden) {
        this.verlengReden = reden;
    }

    void verlengd(LocalDate tot) {
        this.verlengdTot = tot;
    }

    void adviezen(nl.eenplan.tlv.Deskundige eerste, String advies1, nl.eenplan.tlv.Deskundige tweede, String advies2) {
        this.advies1Door = eerste.naam();
        this.advies1Discipline = eerste.discipline();
        this.advies1Organisatie = eerste.organisatie();
        this.advies1Brin = eerste.brin();
        this.advies1Datum = eerste.datum();
        this.advies1 = advies1;
        this.advies2Door = tweede.naam();
        this.advies2Discipline = tweede.discipline();
        this.advies2Organisatie = tweede.organisatie();
        this.advies2Brin = tweede.brin();
        this.advies2Datum = tweede.datum();
        this.advies2 = advies2;
    }

    /**
     * The decision on one part; {@code deel} as input parameter {@code deel} names it (ONDERWIJS or ZORG). Never null:
     * JPA leaves an embedded value null while all its columns are empty.
     */
    Deelbesluit deel(String deel) {
        if ("ZORG".equals(deel)) {
            if (zorg == null) {
                zorg = new Deelbesluit();
            }
            return zorg;
        }
        if (onderwijs == null) {
            onderwijs = new Deelbesluit();
        }
        return onderwijs;
    }

    void toelichting(String deel, String toelichting) {
        deel(deel).toelichting(toelichting);
    }

    void besluit(String deel, Besluit besluit, LocalDate op) {
        deel(deel).besluit(besluit, op);
    }

    LocalDate besluitOp(String deel) {
        return deel(deel).getBesluitOp();
    }

    void besluitbrief(String deel, LocalDate op, String door, Verzendwijze wijze, LocalDate bezwaartermijnTot) {
        deel(deel).besluitbrief(op, door, wijze, bezwaartermijnTot);
    }

    /** The last day of the objection term the letter started; null before a letter (or for a decision from before it). */
    LocalDate bezwaartermijnTot(String deel) {
        return deel(deel).getBezwaartermijnTot();
    }

    /** The parents' objection: the day it came in and its explanation; the decision's own reasons stay. */
    void bezwaarOntvangen(String deel, LocalDate op, String toelichting) {
        deel(deel).bezwaarOntvangen(op, toelichting);
        if (!"ZORG".equals(deel)) {
            this.lbtAdvies = null;
            this.lbtAdviesOp = null;
        }
    }

    String bezwaarToelichting(String deel) {
        return deel(deel).getBezwaarToelichting();
    }

    LocalDate bezwaarOntvangenOp(String deel) {
        return deel(deel).getBezwaarOntvangenOp();
    }

    void lbtAdvies(LocalDate op, LbtAdvies advies) {
        this.lbtAdviesOp = op;
        this.lbtAdvies = advies;
    }

    LbtAdvies getLbtAdvies() {
        return lbtAdvies;
    }

    void bezwaarUitkomst(String deel, Bezwaaruitkomst uitkomst) {
        deel(deel).bezwaarUitkomst(uitkomst);
    }

    void voortgezetElders() {
        this.voortgezetElders = true;
    }

    boolean isVoortgezetElders() {
        return voortgezetElders;
    }

    void gestart(LocalDate startdatum, List<Long> doelIds) {
        this.startdatum = startdatum;
        this.doelIds = String.join(",", doelIds.stream().map(String::valueOf).toList());
        this.status = Status.LOPEND;
    }

    void perspectief(String perspectief) {
        this.perspectief = perspectief;
    }

    void geenPlaats() {
        this.status = Status.GEEN_PLAATS;
    }

    /** Closed; the survey columns stay as they were (history: since issue #24 the family answers in Enqueteservice). */
    void afgesloten(Instant op) {
        this.afgeslotenOp = op;
        this.status = Status.AFGESLOTEN;
    }

    boolean isCompleet() {
        return onderwijsSoort != null && onderwijsOmschrijving != null && perspectief != null
                && oppDoelen != null && !oppDoelen.isBlank() && registratieOntvangenOp != null;
    }

    boolean heeftTweeAdviezen() {
        return advies1 != null && advies2 != null;
    }

    public List<String> getOppDoelen() {
        return oppDoelen == null || oppDoelen.isBlank() ? List.of() : Arrays.asList(oppDoelen.split("\n"));
    }

    public List<Long> getDoelIds() {
        return doelIds == null || doelIds.isBlank() ? List.of()
                : Arrays.stream(doelIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public Onderwijsdeel getOnderwijsSoort() {
        return onderwijsSoort;
    }

    public String getOnderwijsOmschrijving() {
        return onderwijsOmschrijving;
    }

    public String getZorgOmschrijving() {
        return zorgOmschrijving;
    }

    public String getPerspectief() {
        return perspectief;
    }

    public Long getGroeidocumentVersieId() {
        return groeidocumentVersieId;
    }

    public LocalDate getRegistratieOntvangenOp() {
        return registratieOntvangenOp;
    }

    public LocalDate getZorgplichtTot() {
        return zorgplichtTot;
    }

    public LocalDate getVerlengdTot() {
        return verlengdTot;
    }

    public String getVerlengReden() {
        return verlengReden;
    }

    public String getAdvies1Door() {
        return advies1Door;
    }

    public String getAdvies2Door() {
        return advies2Door;
    }

    public Besluit getOnderwijsBesluit() {
        return onderwijs == null ? null : onderwijs.getBesluit();
    }

    public String getOnderwijsToelichting() {
        return onderwijs == null ? null : onderwijs.getToelichting();
    }

    public Besluit getZorgBesluit() {
        return zorg == null ? null : zorg.getBesluit();
    }

    public String getZorgToelichting() {
        return zorg == null ? null : zorg.getToelichting();
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public Integer getTevredenheidOuders() {
        return tevredenheidOuders;
    }

    public Integer getTevredenheidLeerling() {
        return tevredenheidLeerling;
    }

    public Integer getErvarenBaatOuders() {
        return ervarenBaatOuders;
    }

    public Integer getErvarenBaatLeerling() {
        return ervarenBaatLeerling;
    }

    public Instant getAfgeslotenOp() {
        return afgeslotenOp;
    }

    // ---- read by ArrangementView (paginas23b): the deskundigen and, per part, the letter and the objection

    /** The first or second deskundige (null when none advised yet). */
    nl.eenplan.tlv.Deskundige deskundige(int welke) {
        if (welke == 1) {
            return advies1Door == null ? null : new nl.eenplan.tlv.Deskundige(advies1Door, advies1Discipline,
                    advies1Organisatie, advies1Brin, advies1Datum);
        }
        return advies2Door == null ? null : new nl.eenplan.tlv.Deskundige(advies2Door, advies2Discipline,
                advies2Organisatie, advies2Brin, advies2Datum);
    }

    String briefDoor(String deel) {
        return deel(deel).getBriefDoor();
    }

    LocalDate briefOp(String deel) {
        return deel(deel).getBriefOp();
    }

    Verzendwijze briefWijze(String deel) {
        return deel(deel).getBriefWijze();
    }

    Bezwaaruitkomst bezwaarUitkomst(String deel) {
        return deel(deel).getBezwaarUitkomst();
    }

    LocalDate getLbtAdviesOp() {
        return lbtAdviesOp;
    }
}
