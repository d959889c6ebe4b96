package nl.eenplan.meldcode;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One meldcode for a pupil: why it started, the five steps (step 3 skipped only with a reason), the two questions of
 * step 5, the report to Veilig Thuis and its feedback, or the help agreed instead with its evaluations. Part of the
 * dossier: every text here is care content and never goes into the process.
 */
@Entity
@Table(name = "meldcode_zaak")
public class Meldcodezaak {

    public enum Status { LOPEND, HULP, GEMELD, AFGESLOTEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Column(name = "school_brin", nullable = false)
    private String schoolBrin;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Aanleiding aanleiding;
    @Column(nullable = false)
    private String signaal;
    @Column(name = "gestart_door", nullable = false)
    private String gestartDoor;
    @Column(name = "gestart_op", nullable = false)
    private Instant gestartOp;
    @Column(name = "proces_instantie_id")
    private String procesInstantieId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String signalen;
    @Column(name = "signalen_door")
    private String signalenDoor;
    @Column(name = "signalen_op")
    private Instant signalenOp;

    @Enumerated(EnumType.STRING)
    @Column(name = "advies_van")
    private AdviesVan adviesVan;
    private String advies;
    @Column(name = "advies_door")
    private String adviesDoor;
    @Column(name = "advies_op")
    private Instant adviesOp;

    @Column(name = "gesprek_gevoerd")
    private Boolean gesprekGevoerd;
    @Column(name = "gesprek_verslag")
    private String gesprekVerslag;
    @Column(name = "gesprek_overgeslagen_reden")
    private String gesprekOvergeslagenReden;
    @Column(name = "gesprek_door")
    private String gesprekDoor;
    @Column(name = "gesprek_op")
    private Instant gesprekOp;

    private Boolean vermoeden;
    @Column(name = "acute_onveiligheid")
    private Boolean acuteOnveiligheid;
    @Column(name = "structurele_onveiligheid")
    private Boolean structureleOnveiligheid;
    private String weging;
    @Column(name = "gewogen_door")
    private String gewogenDoor;
    @Column(name = "gewogen_op")
    private Instant gewogenOp;

    @Column(name = "melden_noodzakelijk")
    private Boolean meldenNoodzakelijk;
    @Column(name = "hulp_mogelijk")
    private Boolean hulpMogelijk;
    @Column(name = "besluit_toelichting")
    private String besluitToelichting;
    @Column(name = "besluit_door")
    private String besluitDoor;
    @Column(name = "besluit_op")
    private Instant besluitOp;

    @Column(name = "gemeld_op")
    private LocalDate gemeldOp;
    @Column(name = "gemeld_door")
    private String gemeldDoor;
    @Enumerated(EnumType.STRING)
    private Meldingsoort meldingsoort;
    @Column(name = "melding_toelichting")
    private String meldingToelichting;

    @Column(name = "terugkoppeling_op")
    private LocalDate terugkoppelingOp;
    @Enumerated(EnumType.STRING)
    @Column(name = "vervolg_veilig_thuis")
    private VervolgVeiligThuis vervolgVeiligThuis;
    private String terugkoppeling;
    @Column(name = "terugkoppeling_door")
    private String terugkoppelingDoor;

    private String hulp;
    @Column(name = "hulp_met")
    private String hulpMet;
    @Column(name = "hulp_afgesproken_door")
    private String hulpAfgesprokenDoor;
    @Column(name = "evaluatie_op")
    private LocalDate evaluatieOp;

    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meldcode_evaluatie", joinColumns = @JoinColumn(name = "zaak_id"))
    @OrderColumn(name = "volgnummer")
    private List<Evaluatie> evaluaties = new ArrayList<>();

    /** One evaluation of the help (task hulpEvalueren). */
    @Embeddable
    public static class Evaluatie {
        @Column(nullable = false)
        private Instant op;
        @Column(nullable = false)
        private String door;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Evaluatieuitkomst uitkomst;
        @Column(name = "onveiligheid_duurt_voort", nullable = false)
        private boolean onveiligheidDuurtVoort;
        @Column(nullable = false)
        private String evaluatie;

        protected Evaluatie() {
        }

        Evaluatie(Instant op, String door, Evaluatieuitkomst uitkomst, boolean onveiligheidDuurtVoort, String evaluatie) {
            this.op = op;
            this.door = door;
            this.uitkomst = uitkomst;
            this.onveiligheidDuurtVoort = onveiligheidDuurtVoort;
            this.evaluatie = evaluatie;
        }

        public Instant op() {
            return op;
        }

        public String door() {
            return door;
        }

        public Evaluatieuitkomst uitkomst() {
            return uitkomst;
        }

        public boolean onveiligheidDuurtVoort() {
            return onveiligheidDuurtVoort;
        }

        public String evaluatie() {
            return evaluatie;
        }
    }

    protected Meldcodezaak() {
    }

    Meldcodezaak(String dossierNummer, String schoolBrin, Aanleiding aanleiding, String signaal, String door,
                 Instant op) {
        this.dossierNummer = dossierNummer;
        this.schoolBrin = schoolBrin;
        this.aanleiding = aanleiding;
        this.signaal = signaal;
        this.gestartDoor = door;
        this.gestartOp = op;
        this.status = Status.LOPEND;
    }

    void gestart(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    void signalen(String tekst, String door, Instant op) {
        signalen = tekst;
        signalenDoor = door;
        signalenOp = op;
    }

    void advies(AdviesVan van, String tekst, String door, Instant op) {
        adviesVan = van;
        advies = tekst;
        adviesDoor = door;
        adviesOp = op;
    }

    void gesprek(boolean gevoerd, String verslag, String redenOvergeslagen, String door, Instant op) {
        gesprekGevoerd = gevoerd;
        gesprekVerslag = verslag;
        gesprekOvergeslagenReden = redenOvergeslagen;
        gesprekDoor = door;
        gesprekOp = op;
    }

    void gewogen(boolean vermoeden, boolean acuut, boolean structureel, String weging, String door, Instant op) {
        this.vermoeden = vermoeden;
        this.acuteOnveiligheid = acuut;
        this.structureleOnveiligheid = structureel;
        this.weging = weging;
        this.gewogenDoor = door;
        this.gewogenOp = op;
        if (!vermoeden) {
            sluit(op);
        }
    }

    void besloten(boolean melden, boolean hulpMogelijk, String toelichting, String door, Instant op) {
        this.meldenNoodzakelijk = melden;
        this.hulpMogelijk = hulpMogelijk;
        this.besluitToelichting = toelichting;
        this.besluitDoor = door;
        this.besluitOp = op;
        if (!melden) {
            status = Status.HULP;
        }
    }

    void gemeld(LocalDate op, Meldingsoort soort, String toelichting, String door) {
        gemeldOp = op;
        meldingsoort = soort;
        meldingToelichting = toelichting;
        gemeldDoor = door;
        status = Status.GEMELD;
    }

    void terugkoppeling(LocalDate op, VervolgVeiligThuis vervolg, String tekst, String door, Instant nu) {
        terugkoppelingOp = op;
        vervolgVeiligThuis = vervolg;
        terugkoppeling = tekst;
        terugkoppelingDoor = door;
        sluit(nu);
    }

    void hulpAfgesproken(String hulp, String met, LocalDate evaluatieOp, String door) {
        this.hulp = hulp;
        this.hulpMet = met;
        this.evaluatieOp = evaluatieOp;
        this.hulpAfgesprokenDoor = door;
        status = Status.HULP;
    }

    void geevalueerd(Evaluatie evaluatie, LocalDate volgende) {
        evaluaties.add(evaluatie);
        if (evaluatie.uitkomst() == Evaluatieuitkomst.AFSLUITEN) {
            sluit(evaluatie.op());
        } else if (evaluatie.uitkomst() == Evaluatieuitkomst.DOORGAAN) {
            evaluatieOp = volgende;
        } else {
            status = Status.LOPEND;
        }
    }

    private void sluit(Instant op) {
        status = Status.AFGESLOTEN;
        afgeslotenOp = op;
    }

    public Long getId() {
        return id;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getSchoolBrin() {
        return schoolBrin;
    }

    public String getProcesInstantieId() {
        return procesInstantieId;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isAcuteOnveiligheid() {
        return Boolean.TRUE.equals(acuteOnveiligheid);
    }

    public boolean isStructureleOnveiligheid() {
        return Boolean.TRUE.equals(structureleOnveiligheid);
    }

    MeldcodeView alsView() {
        return new MeldcodeView(id, dossierNummer, aanleiding, signaal, gestartDoor, gestartOp, status,
                new MeldcodeView.Stap1(signalen, signalenDoor, signalenOp),
                new MeldcodeView.Stap2(adviesVan, advies, adviesDoor, adviesOp),
                new MeldcodeView.Stap3(gesprekGevoerd, gesprekVerslag, gesprekOvergeslagenReden, gesprekDoor, gesprekOp),
                new MeldcodeView.Stap4(vermoeden, acuteOnveiligheid, structureleOnveiligheid, weging, gewogenDoor,
                        gewogenOp),
                new MeldcodeView.Stap5(meldenNoodzakelijk, hulpMogelijk, besluitToelichting, besluitDoor, besluitOp),
                gemeldOp == null ? null : new MeldcodeView.Melding(gemeldOp, gemeldDoor, meldingsoort,
                        meldingToelichting, terugkoppelingOp, vervolgVeiligThuis, terugkoppeling, terugkoppelingDoor),
                hulp == null ? null : new MeldcodeView.Hulp(hulp, hulpMet, hulpAfgesprokenDoor, evaluatieOp,
                        evaluaties.stream().map(e -> new MeldcodeView.Evaluatie(e.op(), e.door(), e.uitkomst(),
                                e.onveiligheidDuurtVoort(), e.evaluatie())).toList()),
                afgeslotenOp);
    }
}
