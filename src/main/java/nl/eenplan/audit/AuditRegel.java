package nl.eenplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read or change of dossier data: who, when, what, with which answer, for which task. Never changed. */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    public enum Handeling {
        LEZEN, WIJZIGEN,
        /** The dossier was removed after its retention (by EenPlan itself). */
        VERWIJDEREN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant tijdstip;

    @Column(nullable = false, updatable = false)
    private String gebruiker;

    @Column(nullable = false, updatable = false)
    private String groepen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Handeling handeling;

    @Column(name = "dossier_nummer", updatable = false)
    private String dossierNummer;

    /** The request: method and path, e.g. "GET /api/dossiers/2026-00012". */
    @Column(nullable = false, updatable = false)
    private String wat;

    /** The HTTP status of the answer: a refused attempt is logged too. */
    @Column(nullable = false, updatable = false)
    private int status;

    @Column(name = "taak_id", updatable = false)
    private String taakId;

    protected AuditRegel() {
    }

    AuditRegel(Instant tijdstip, String gebruiker, String groepen, Handeling handeling, String dossierNummer,
               String wat, int status, String taakId) {
        this.tijdstip = tijdstip;
        this.gebruiker = gebruiker;
        this.groepen = groepen;
        this.handeling = handeling;
        this.dossierNummer = dossierNummer;
        this.wat = wat;
        this.status = status;
        this.taakId = taakId;
    }

    public Long getId() {
        return id;
    }

    public Instant getTijdstip() {
        return tijdstip;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public String getGroepen() {
        return groepen;
    }

    public Handeling getHandeling() {
        return handeling;
    }

    public String getDossierNummer() {
        return dossierNummer;
    }

    public String getWat() {
        return wat;
    }

    public int getStatus() {
        return status;
    }

    public String getTaakId() {
        return taakId;
    }
}
