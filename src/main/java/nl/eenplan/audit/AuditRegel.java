package nl.eenplan.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/**
 * One request that read or changed pupils' data: who, when, what (method and path, no query values, no body), with
 * which answer, for which task, and every dossier it touched. Never changed.
 */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    public enum Handeling {
        LEZEN, WIJZIGEN,
        /** The dossier was removed after its retention (by EenPlan itself). */
        VERWIJDEREN,
        /** Data left the school on a basis of the basis table (a flow, also one a process step made). */
        DELEN
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

    /** Every dossier the request touched: one for a dossier's page, all of them for a list. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_dossier", joinColumns = @JoinColumn(name = "audit_regel_id"))
    @Column(name = "dossier_nummer", nullable = false)
    @BatchSize(size = 100)
    private Set<String> dossiers = new TreeSet<>();

    /** The request: method and path, e.g. "GET /api/dossiers/2026-00012"; query parameters by name only. */
    @Column(nullable = false, updatable = false)
    private String wat;

    /** The HTTP status of the answer: a refused attempt is logged too. */
    @Column(nullable = false, updatable = false)
    private int status;

    @Column(name = "taak_id", updatable = false)
    private String taakId;

    /** The legal basis of the data that left the school in this request or step (dossier.Gegevensstroom). */
    @Column(updatable = false, length = 1000)
    private String grondslag;

    protected AuditRegel() {
    }

    AuditRegel(Instant tijdstip, String gebruiker, String groepen, Handeling handeling, Set<String> dossiers,
               String wat, int status, String taakId, String grondslag) {
        this.tijdstip = tijdstip;
        this.gebruiker = gebruiker;
        this.groepen = groepen;
        this.handeling = handeling;
        this.dossiers = new TreeSet<>(dossiers);
        this.wat = wat;
        this.status = status;
        this.taakId = taakId;
        this.grondslag = grondslag;
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

    public Set<String> getDossiers() {
        return dossiers;
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

    public String getGrondslag() {
        return grondslag;
    }

    @Override
    public String toString() {
        return id + " " + tijdstip + " " + gebruiker + " " + handeling + " " + wat + " " + status + " " + dossiers;
    }
}
