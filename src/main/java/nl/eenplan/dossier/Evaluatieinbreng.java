package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a parent or the pupil added to an evaluation meant for the family (table evaluatie_inbreng, V65): the OPP's
 * evaluation or the arrangement's, given for the school's evaluation task that was open then. The giver is the family
 * account with its role ({@code gezin-{accountId}:OUDER}), never a name. The text is care content: it stays in this
 * dossier table, never in the engine.
 */
@Entity
@Table(name = "evaluatie_inbreng")
class Evaluatieinbreng {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Evaluatieinbrengservice.Onderwerp onderwerp;
    @Column(name = "taak_id", nullable = false)
    private String taakId;
    @Column(name = "gever_sleutel", nullable = false)
    private String geverSleutel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Evaluatieinbrengservice.Rol rol;
    @Column(nullable = false)
    private String tekst;
    private Integer score;
    @Column(name = "ingevuld_op", nullable = false)
    private Instant ingevuldOp;

    protected Evaluatieinbreng() {
    }

    Evaluatieinbreng(String dossierNummer, Evaluatieinbrengservice.Onderwerp onderwerp, String taakId,
                     String geverSleutel, Evaluatieinbrengservice.Rol rol, String tekst, Integer score, Instant op) {
        this.dossierNummer = dossierNummer;
        this.onderwerp = onderwerp;
        this.taakId = taakId;
        this.geverSleutel = geverSleutel;
        this.rol = rol;
        this.tekst = tekst;
        this.score = score;
        this.ingevuldOp = op;
    }

    Evaluatieinbrengservice.Inbreng alsInbreng() {
        return new Evaluatieinbrengservice.Inbreng(onderwerp, rol, tekst, score, ingevuldOp);
    }

    String getGeverSleutel() {
        return geverSleutel;
    }
}
