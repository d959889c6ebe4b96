package nl.eenplan.groeidocument;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One saved version of a pupil's groeidocument. Never changed after saving: a change is a new version, so what the
 * parents signed and what an arrangement request attached stays readable as it was.
 */
@Entity
@Table(name = "groeidocument_versie")
class Groeidocumentversie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;

    @Column(nullable = false)
    private int versie;

    @Column(name = "sterke_kanten")
    private String sterkeKanten;

    @Column(name = "belemmerende_factoren")
    private String belemmerendeFactoren;

    private String onderwijsbehoeften;

    private String ondernomen;

    private String hulpvraag;

    @Column(name = "visie_ouders")
    private String visieOuders;

    @Column(name = "visie_leerling")
    private String visieLeerling;

    @Column(name = "opgeslagen_door", nullable = false)
    private String opgeslagenDoor;

    @Column(name = "opgeslagen_op", nullable = false)
    private Instant opgeslagenOp;

    @OneToMany(mappedBy = "versie", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Handtekening> handtekeningen = new ArrayList<>();

    protected Groeidocumentversie() {
    }

    Groeidocumentversie(String dossierNummer, int versie, Secties s, String door, Instant op) {
        this.dossierNummer = dossierNummer;
        this.versie = versie;
        this.sterkeKanten = s.sterkeKanten();
        this.belemmerendeFactoren = s.belemmerendeFactoren();
        this.onderwijsbehoeften = s.onderwijsbehoeften();
        this.ondernomen = s.ondernomen();
        this.hulpvraag = s.hulpvraag();
        this.visieOuders = s.visieOuders();
        this.visieLeerling = s.visieLeerling();
        this.opgeslagenDoor = door;
        this.opgeslagenOp = op;
    }

    void teken(Handtekening handtekening) {
        handtekeningen.add(handtekening);
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

    Secties secties() {
        return new Secties(sterkeKanten, belemmerendeFactoren, onderwijsbehoeften, ondernomen, hulpvraag, visieOuders,
                visieLeerling);
    }

    String getOpgeslagenDoor() {
        return opgeslagenDoor;
    }

    Instant getOpgeslagenOp() {
        return opgeslagenOp;
    }

    List<Handtekening> getHandtekeningen() {
        return Collections.unmodifiableList(handtekeningen);
    }

    boolean isOndertekend() {
        return !handtekeningen.isEmpty();
    }
}
