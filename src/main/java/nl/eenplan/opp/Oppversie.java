package nl.eenplan.opp;

import jakarta.persistence.Column;
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

/**
 * One version of a pupil's OPP: the uitstroomprofiel with its onderbouwing, the handelingsdeel (goals and what the
 * school does), the OOGO with the parents before it, and the parents' instemming on the handelingsdeel or their
 * refusal. A change to the handelingsdeel is a new version that asks instemming again; earlier versions stay as they
 * were.
 */
@Entity
@Table(name = "opp_versie")
class Oppversie {

    /** Where a version stands. */
    enum Status {
        /** Made (at the start, a bijstelling, an evaluation, a refusal); the OOGO and the OPP are still to be recorded. */
        CONCEPT,
        /** Drafted after the OOGO; the parents' instemming on the handelingsdeel is asked. */
        INSTEMMING_GEVRAAGD,
        /** The parents (or the pupil of age) agreed: the handelingsdeel is vastgesteld and carried out. */
        INGESTEMD,
        /** Refused: the handelingsdeel is not carried out; the OPP's other parts stand. */
        GEWEIGERD,
        /** Taken over at the upgrade (V39): vastgesteld vóór EenPlan instemming vastlegde. */
        VOOR_INSTEMMINGSRECHT
    }

    /** Why a version was made. */
    enum Aanleiding {
        START, BIJSTELLING, EVALUATIE, WEIGERING, OVERGENOMEN,
        /** A school change: the new school's board sets its own OPP, starting from the last one (OppService.gewisseld). */
        SCHOOLWISSEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(nullable = false)
    private int versie;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Aanleiding aanleiding;

    @Enumerated(EnumType.STRING)
    private Uitstroomprofiel uitstroomprofiel;

    private String onderbouwing;

    /** The goals of the handelingsdeel, one per line. */
    private String doelen;

    /** What the school does: support, deviations from the programme. */
    private String aanpak;

    @Column(name = "oogo_op")
    private LocalDate oogoOp;

    @Column(name = "oogo_met")
    private String oogoMet;

    @Column(name = "oogo_namens_school")
    private String oogoNamensSchool;

    @Column(name = "opgesteld_door")
    private String opgesteldDoor;

    @Column(name = "opgesteld_op")
    private Instant opgesteldOp;

    @Column(name = "instemming_op")
    private LocalDate instemmingOp;

    @Enumerated(EnumType.STRING)
    @Column(name = "instemming_door")
    private Instemming.Door instemmingDoor;

    @Column(name = "instemming_naam")
    private String instemmingNaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "instemming_wijze")
    private Instemming.Wijze instemmingWijze;

    @Column(name = "weigering_reden")
    private String weigeringReden;

    @Column(name = "instemming_vastgelegd_door")
    private String instemmingVastgelegdDoor;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected Oppversie() {
    }

    Oppversie(String dossierNummer, int versie, Aanleiding aanleiding, String onderbouwing, List<String> doelen,
              Uitstroomprofiel uitstroomprofiel, String aanpak, Instant op) {
        this.dossierNummer = dossierNummer;
        this.versie = versie;
        this.status = Status.CONCEPT;
        this.aanleiding = aanleiding;
        this.onderbouwing = onderbouwing;
        this.doelen = doelen == null ? null : String.join("\n", doelen);
        this.uitstroomprofiel = uitstroomprofiel;
        this.aanpak = aanpak;
        this.aangemaaktOp = op;
    }

    /** The next version, a concept with this one's content: the school changes what needs changing. */
    Oppversie volgende(Aanleiding aanleiding, Instant op) {
        return new Oppversie(dossierNummer, versie + 1, aanleiding, onderbouwing, getDoelen(), uitstroomprofiel,
                aanpak, op);
    }

    void opgesteld(LocalDate oogoOp, String oogoMet, String oogoNamensSchool, Uitstroomprofiel uitstroomprofiel,
                   String onderbouwing, List<String> doelen, String aanpak, String door, Instant op) {
        this.oogoOp = oogoOp;
        this.oogoMet = oogoMet;
        this.oogoNamensSchool = oogoNamensSchool;
        this.uitstroomprofiel = uitstroomprofiel;
        this.onderbouwing = onderbouwing;
        this.doelen = String.join("\n", doelen);
        this.aanpak = aanpak;
        this.opgesteldDoor = door;
        this.opgesteldOp = op;
        this.status = Status.INSTEMMING_GEVRAAGD;
    }

    /** Kept from before EenPlan recorded OOGO and instemming. */
    void overgenomen() {
        this.status = Status.VOOR_INSTEMMINGSRECHT;
    }

    void instemming(Instemming instemming, String naam, String vastgelegdDoor) {
        this.status = instemming.uitkomst() == Instemming.Uitkomst.INGESTEMD ? Status.INGESTEMD : Status.GEWEIGERD;
        this.instemmingOp = instemming.datum();
        this.instemmingDoor = instemming.door();
        this.instemmingNaam = naam;
        this.instemmingWijze = instemming.wijze();
        // A parent's refusal online may come without an explanation (a parent's no needs no reason); the school's has one.
        this.weigeringReden = instemming.uitkomst() == Instemming.Uitkomst.GEWEIGERD && instemming.reden() != null
                ? instemming.reden().strip() : null;
        this.instemmingVastgelegdDoor = vastgelegdDoor;
    }

    Long getId() {
        return id;
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    int getVersie() {
        return versie;
    }

    Status getStatus() {
        return status;
    }

    Aanleiding getAanleiding() {
        return aanleiding;
    }

    Uitstroomprofiel getUitstroomprofiel() {
        return uitstroomprofiel;
    }

    String getOnderbouwing() {
        return onderbouwing;
    }

    List<String> getDoelen() {
        return doelen == null || doelen.isBlank() ? List.of() : Arrays.asList(doelen.split("\n"));
    }

    String getAanpak() {
        return aanpak;
    }

    LocalDate getOogoOp() {
        return oogoOp;
    }

    String getOogoMet() {
        return oogoMet;
    }

    String getOogoNamensSchool() {
        return oogoNamensSchool;
    }

    String getOpgesteldDoor() {
        return opgesteldDoor;
    }

    Instant getOpgesteldOp() {
        return opgesteldOp;
    }

    LocalDate getInstemmingOp() {
        return instemmingOp;
    }

    Instemming.Door getInstemmingDoor() {
        return instemmingDoor;
    }

    String getInstemmingNaam() {
        return instemmingNaam;
    }

    Instemming.Wijze getInstemmingWijze() {
        return instemmingWijze;
    }

    String getWeigeringReden() {
        return weigeringReden;
    }

    String getInstemmingVastgelegdDoor() {
        return instemmingVastgelegdDoor;
    }

    Instant getAangemaaktOp() {
        return aangemaaktOp;
    }
}
