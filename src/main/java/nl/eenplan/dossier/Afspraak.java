package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** An agreement (afspraak): what, who owns it (a user or group id), by when, and whether it is done. */
@Entity
public class Afspraak {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @Column(nullable = false)
    private String wat;

    @Column(nullable = false)
    private String eigenaar;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private boolean gedaan;

    protected Afspraak() {
    }

    public Afspraak(String wat, String eigenaar, LocalDate deadline) {
        this.wat = wat;
        this.eigenaar = eigenaar;
        this.deadline = deadline;
    }

    void hoortBij(Dossier dossier) {
        this.dossier = dossier;
    }

    public void markeerGedaan() {
        this.gedaan = true;
    }

    public Long getId() {
        return id;
    }

    public String getWat() {
        return wat;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isGedaan() {
        return gedaan;
    }
}
