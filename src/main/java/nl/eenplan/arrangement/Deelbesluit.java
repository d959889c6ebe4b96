package nl.eenplan.arrangement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.eenplan.termijn.Verzendwijze;

/**
 * The decision on one part of an arrangement request (the education part by the SWV, the care part by the gemeente):
 * the decision and its day, the letter to the parents and the objection term it started, the objection and how it
 * ended. Each part has its own columns in table {@code arrangement} (Arrangement maps them with
 * {@code @AttributeOverrides}); the names below are those of neither part and never reach the database. The LBT's
 * advice is not here: it exists only for a TLV, so only for the education part (Arrangement keeps it).
 */
@Embeddable
public class Deelbesluit {

    @Enumerated(EnumType.STRING)
    @Column(name = "besluit")
    private Besluit besluit;

    @Column(name = "toelichting")
    private String toelichting;

    @Column(name = "besluit_op")
    private LocalDate besluitOp;

    @Column(name = "brief_op")
    private LocalDate briefOp;

    @Column(name = "brief_door")
    private String briefDoor;

    @Enumerated(EnumType.STRING)
    @Column(name = "brief_wijze")
    private Verzendwijze briefWijze;

    @Column(name = "bezwaartermijn_tot")
    private LocalDate bezwaartermijnTot;

    @Column(name = "bezwaar_ontvangen_op")
    private LocalDate bezwaarOntvangenOp;

    /** The parents' objection's explanation, kept apart from the decision's reasons (V61; before, it replaced them). */
    @Column(name = "bezwaar_toelichting")
    private String bezwaarToelichting;

    @Enumerated(EnumType.STRING)
    @Column(name = "bezwaar_uitkomst")
    private Arrangement.Bezwaaruitkomst bezwaarUitkomst;

    void toelichting(String toelichting) {
        this.toelichting = toelichting;
    }

    void besluit(Besluit besluit, LocalDate op) {
        this.besluit = besluit;
        this.besluitOp = op;
    }

    void besluitbrief(LocalDate op, String door, Verzendwijze wijze, LocalDate bezwaartermijnTot) {
        this.briefOp = op;
        this.briefDoor = door;
        this.briefWijze = wijze;
        this.bezwaartermijnTot = bezwaartermijnTot;
    }

    /** A new objection: the outcome of an earlier one no longer stands. */
    void bezwaarOntvangen(LocalDate op, String toelichting) {
        this.bezwaarOntvangenOp = op;
        this.bezwaarToelichting = toelichting;
        this.bezwaarUitkomst = null;
    }

    String getBezwaarToelichting() {
        return bezwaarToelichting;
    }

    void bezwaarUitkomst(Arrangement.Bezwaaruitkomst uitkomst) {
        this.bezwaarUitkomst = uitkomst;
    }

    public Besluit getBesluit() {
        return besluit;
    }

    public String getToelichting() {
        return toelichting;
    }

    public LocalDate getBesluitOp() {
        return besluitOp;
    }

    public LocalDate getBriefOp() {
        return briefOp;
    }

    public String getBriefDoor() {
        return briefDoor;
    }

    public Verzendwijze getBriefWijze() {
        return briefWijze;
    }

    /** The last day of the objection term the letter started; null before a letter (or a decision from before it). */
    public LocalDate getBezwaartermijnTot() {
        return bezwaartermijnTot;
    }

    public LocalDate getBezwaarOntvangenOp() {
        return bezwaarOntvangenOp;
    }

    public Arrangement.Bezwaaruitkomst getBezwaarUitkomst() {
        return bezwaarUitkomst;
    }
}
