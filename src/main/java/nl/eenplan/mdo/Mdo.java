package nl.eenplan.mdo;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One multidisciplinary meeting of a pupil: when and where, who was invited and who came, the report
 * and what the evaluation decided. Part of the dossier; the process carries only its id and date.
 */
@Entity
@Table(name = "mdo")
public class Mdo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(name = "proces_instantie_id", nullable = false)
    private String procesInstantieId;

    /** 1 for the first MDO of a process, 2 after "doorgaan", ... */
    @Column(nullable = false)
    private int cyclus;

    private Instant datum;

    @Column(name = "duur_minuten")
    private Integer duurMinuten;

    private String locatie;

    @Column(name = "gepland_door")
    private String geplandDoor;

    /** When it was planned: the groeidocument must be saved since (null for MDOs planned before V36). */
    @Column(name = "gepland_op")
    private Instant geplandOp;

    private String verslag;

    /** A short summary for the family in plain language (optional; V66): what the family's page shows. */
    @Column(name = "verslag_voor_gezin")
    private String verslagVoorGezin;

    @Column(name = "ouders_aanwezig")
    private Boolean oudersAanwezig;

    @Column(name = "leerling_aanwezig")
    private Boolean leerlingAanwezig;

    @Column(name = "verslag_door")
    private String verslagDoor;

    @Column(name = "verslag_op")
    private Instant verslagOp;

    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;

    /** How often the date was moved: the .ics's SEQUENCE, so calendars take the new time (V71). */
    @Column(nullable = false)
    private int volgnummer;

    @Column(name = "verzet_door")
    private String verzetDoor;

    @Column(name = "verzet_op")
    private Instant verzetOp;

    @OneToMany(mappedBy = "mdo", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MdoDeelnemer> deelnemers = new ArrayList<>();

    /** The family's answers to the date: one per parent or the pupil. */
    @OneToMany(mappedBy = "mdo", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<MdoReactie> reacties = new ArrayList<>();

    protected Mdo() {
    }

    Mdo(String dossierNummer, String procesInstantieId, int cyclus, Instant datum, int duurMinuten, String locatie,
        String geplandDoor, Instant geplandOp) {
        this.geplandOp = geplandOp;
        this.dossierNummer = dossierNummer;
        this.procesInstantieId = procesInstantieId;
        this.cyclus = cyclus;
        this.datum = datum;
        this.duurMinuten = duurMinuten;
        this.locatie = locatie;
        this.geplandDoor = geplandDoor;
    }

    void nodigUit(MdoDeelnemer deelnemer) {
        deelnemer.hoortBij(this);
        deelnemers.add(deelnemer);
    }

    void verslag(String verslag, String verslagVoorGezin, boolean oudersAanwezig, boolean leerlingAanwezig, String door,
                 Instant op) {
        this.verslag = verslag;
        this.verslagVoorGezin = verslagVoorGezin;
        this.oudersAanwezig = oudersAanwezig;
        this.leerlingAanwezig = leerlingAanwezig;
        this.verslagDoor = door;
        this.verslagOp = op;
        deelnemers.stream().filter(d -> d.getRol() == Rol.OUDERS).forEach(d -> d.aanwezig(oudersAanwezig));
        deelnemers.stream().filter(d -> d.getRol() == Rol.LEERLING).forEach(d -> d.aanwezig(leerlingAanwezig));
    }

    /**
     * The school moved the meeting: the new date (and place, if given); the .ics's SEQUENCE goes up. The family's
     * earlier answers stay, about the earlier date.
     */
    void verzet(Instant nieuweDatum, String nieuweLocatie, String door, Instant op) {
        this.datum = nieuweDatum;
        if (nieuweLocatie != null) {
            this.locatie = nieuweLocatie;
        }
        this.volgnummer++;
        this.verzetDoor = door;
        this.verzetOp = op;
    }

    public int getVolgnummer() {
        return volgnummer;
    }

    public Instant getVerzetOp() {
        return verzetOp;
    }

    public String getVerzetDoor() {
        return verzetDoor;
    }

    void besloten(Uitkomst uitkomst) {
        this.uitkomst = uitkomst;
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

    public int getCyclus() {
        return cyclus;
    }

    public Instant getDatum() {
        return datum;
    }

    public Integer getDuurMinuten() {
        return duurMinuten;
    }

    public String getLocatie() {
        return locatie;
    }

    public Instant getGeplandOp() {
        return geplandOp;
    }

    public String getGeplandDoor() {
        return geplandDoor;
    }

    public String getVerslag() {
        return verslag;
    }

    public String getVerslagVoorGezin() {
        return verslagVoorGezin;
    }

    public List<MdoReactie> getReacties() {
        return Collections.unmodifiableList(reacties);
    }

    /**
     * The family member's answer to the date; a later answer of the same person to the same date replaces the earlier
     * one (an answer to a date the MDO was moved from stays).
     */
    void reactie(MdoReactie reactie) {
        reacties.stream().filter(r -> r.getGeverSleutel().equals(reactie.getGeverSleutel())
                        && r.getOverDatum().equals(reactie.getOverDatum())).findFirst()
                .ifPresentOrElse(r -> r.vervang(reactie), () -> {
                    reactie.hoortBij(this);
                    reacties.add(reactie);
                });
    }

    public Boolean getOudersAanwezig() {
        return oudersAanwezig;
    }

    public Boolean getLeerlingAanwezig() {
        return leerlingAanwezig;
    }

    public String getVerslagDoor() {
        return verslagDoor;
    }

    public Instant getVerslagOp() {
        return verslagOp;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public List<MdoDeelnemer> getDeelnemers() {
        return Collections.unmodifiableList(deelnemers);
    }
}
