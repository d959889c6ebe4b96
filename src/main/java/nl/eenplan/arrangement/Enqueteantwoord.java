package nl.eenplan.arrangement;

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
 * One giver's answer to the closing survey of one arrangement (table arrangement_enquete, V65): a parent or the pupil,
 * as they entered it themselves on the family's pages. The giver is the family account with its role to the child
 * ({@code gezin-{accountId}:OUDER}), never a name. The toelichting is free text, so care content: it stays in this
 * dossier table, never in the engine or the monitor.
 */
@Entity
@Table(name = "arrangement_enquete")
class Enqueteantwoord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "arrangement_id", nullable = false)
    private Long arrangementId;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Column(name = "gever_sleutel", nullable = false)
    private String geverSleutel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Enqueteservice.Rol rol;
    @Column(nullable = false)
    private int tevredenheid;
    @Column(name = "ervaren_baat", nullable = false)
    private int ervarenBaat;
    private String toelichting;
    @Column(name = "ingevuld_op", nullable = false)
    private Instant ingevuldOp;

    protected Enqueteantwoord() {
    }

    Enqueteantwoord(Long arrangementId, String dossierNummer, String geverSleutel, Enqueteservice.Rol rol) {
        this.arrangementId = arrangementId;
        this.dossierNummer = dossierNummer;
        this.geverSleutel = geverSleutel;
        this.rol = rol;
    }

    void antwoord(int tevredenheid, int ervarenBaat, String toelichting, Instant op) {
        this.tevredenheid = tevredenheid;
        this.ervarenBaat = ervarenBaat;
        this.toelichting = toelichting;
        this.ingevuldOp = op;
    }

    Long getArrangementId() {
        return arrangementId;
    }

    String getDossierNummer() {
        return dossierNummer;
    }

    Enqueteservice.Rol getRol() {
        return rol;
    }

    int getTevredenheid() {
        return tevredenheid;
    }

    int getErvarenBaat() {
        return ervarenBaat;
    }

    String getToelichting() {
        return toelichting;
    }

    Instant getIngevuldOp() {
        return ingevuldOp;
    }
}
