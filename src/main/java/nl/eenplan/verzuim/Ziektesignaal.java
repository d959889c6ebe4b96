package nl.eenplan.verzuim;

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

/** An M@ZL signal that was given ({@link Ziekteregels}), so it is given once. */
@Entity
@Table(name = "verzuim_ziektesignaal")
class Ziektesignaal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dossier_nummer", nullable = false)
    private String dossierNummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Ziekteregels.Criterium criterium;
    @Column(nullable = false)
    private LocalDate sleutel;
    @Column(name = "gegeven_op", nullable = false)
    private Instant gegevenOp;

    protected Ziektesignaal() {
    }

    Ziektesignaal(String dossierNummer, Ziekteregels.Signaal signaal, Instant op) {
        this.dossierNummer = dossierNummer;
        this.criterium = signaal.criterium();
        this.sleutel = signaal.sleutel();
        this.gegevenOp = op;
    }

    Ziekteregels.Signaal alsSignaal() {
        return new Ziekteregels.Signaal(criterium, sleutel, null);
    }
}
