package nl.eenplan.schoolwissel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One school change: the dossier the pupil left, the one that took the plan over, and what went along. */
@Entity
class Schoolwissel {

    /** What led to it: an admission at the new school (admitted or temporarily enrolled), or the new school's report. */
    enum Aanleiding {
        TOELATING, TIJDELIJKE_INSCHRIJVING, INSCHRIJVING
    }

    /**
     * Asked by the new school; confirmed by the old school (the plan moved) or refused with a reason (nothing moved).
     * Nothing moves before the old school confirms: it is the one that can tell its own pupil from a mistyped BSN.
     */
    public enum Status {
        GEVRAAGD, BEVESTIGD, GEWEIGERD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "oud_dossier", nullable = false)
    private String oudDossier;

    @Column(name = "nieuw_dossier", nullable = false)
    private String nieuwDossier;

    @Column(name = "van_brin", nullable = false)
    private String vanBrin;

    @Column(name = "naar_brin", nullable = false)
    private String naarBrin;

    @Column(name = "ingeschreven_op", nullable = false)
    private LocalDate ingeschrevenOp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Aanleiding aanleiding;

    @Column(name = "geregistreerd_door", nullable = false)
    private String geregistreerdDoor;

    @Column(name = "geregistreerd_op", nullable = false)
    private Instant geregistreerdOp;

    @Column(nullable = false)
    private int doelen;

    @Column(nullable = false)
    private int afspraken;

    @Column(nullable = false)
    private int ouders;

    @Column(name = "groeidocument_versie")
    private Integer groeidocumentVersie;

    @Column(name = "arrangement_voortgezet", nullable = false)
    private boolean arrangementVoortgezet;

    /** The OPP's perspective of the arrangement that ran at the old school, as it was there. */
    @Column(name = "opp_perspectief")
    private String oppPerspectief;

    /** The old school's processes that ended, by key (e.g. "aanmelding, mdo"); empty when none. */
    @Column(name = "beeindigd")
    private String beeindigd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.GEVRAAGD;

    @Column(name = "beantwoord_door")
    private String beantwoordDoor;

    @Column(name = "beantwoord_op")
    private Instant beantwoordOp;

    @Column(name = "weigerreden")
    private String weigerreden;

    protected Schoolwissel() {
    }

    Schoolwissel(String oudDossier, String nieuwDossier, String vanBrin, String naarBrin, LocalDate ingeschrevenOp,
                 Aanleiding aanleiding, String door, Instant op) {
        this.oudDossier = oudDossier;
        this.nieuwDossier = nieuwDossier;
        this.vanBrin = vanBrin;
        this.naarBrin = naarBrin;
        this.ingeschrevenOp = ingeschrevenOp;
        this.aanleiding = aanleiding;
        this.geregistreerdDoor = door;
        this.geregistreerdOp = op;
    }

    void bevestigd(String door, Instant op) {
        this.status = Status.BEVESTIGD;
        this.beantwoordDoor = door;
        this.beantwoordOp = op;
    }

    void geweigerd(String reden, String door, Instant op) {
        this.status = Status.GEWEIGERD;
        this.weigerreden = reden;
        this.beantwoordDoor = door;
        this.beantwoordOp = op;
    }

    void meegegaan(int doelen, int afspraken, int ouders, Integer groeidocumentVersie, boolean arrangementVoortgezet,
                   String oppPerspectief, String beeindigd) {
        this.doelen = doelen;
        this.afspraken = afspraken;
        this.ouders = ouders;
        this.groeidocumentVersie = groeidocumentVersie;
        this.arrangementVoortgezet = arrangementVoortgezet;
        this.oppPerspectief = oppPerspectief;
        this.beeindigd = beeindigd;
    }

    Long getId() { return id; }
    String getOudDossier() { return oudDossier; }
    String getNieuwDossier() { return nieuwDossier; }
    String getVanBrin() { return vanBrin; }
    String getNaarBrin() { return naarBrin; }
    LocalDate getIngeschrevenOp() { return ingeschrevenOp; }
    Aanleiding getAanleiding() { return aanleiding; }
    String getGeregistreerdDoor() { return geregistreerdDoor; }
    Instant getGeregistreerdOp() { return geregistreerdOp; }
    int getDoelen() { return doelen; }
    int getAfspraken() { return afspraken; }
    int getOuders() { return ouders; }
    Integer getGroeidocumentVersie() { return groeidocumentVersie; }
    boolean isArrangementVoortgezet() { return arrangementVoortgezet; }
    String getOppPerspectief() { return oppPerspectief; }
    String getBeeindigd() { return beeindigd; }
    Status getStatus() { return status; }
    String getBeantwoordDoor() { return beantwoordDoor; }
    Instant getBeantwoordOp() { return beantwoordOp; }
    String getWeigerreden() { return weigerreden; }
}
