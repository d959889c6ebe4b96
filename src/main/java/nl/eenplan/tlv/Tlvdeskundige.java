package nl.eenplan.tlv;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A deskundige who advised on a TLV, kept with the TLV (table tlv_deskundige, V57): it moves with the TLV when the pupil
 * changes school, while the arrangement that asked the advice stays with the old school.
 */
@Embeddable
class Tlvdeskundige {

    @Column(nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    private Discipline discipline;

    private String organisatie;

    private String brin;

    private LocalDate datum;

    protected Tlvdeskundige() {
    }

    Tlvdeskundige(Deskundige d) {
        this.naam = d.naam();
        this.discipline = d.discipline();
        this.organisatie = d.organisatie();
        this.brin = d.brin();
        this.datum = d.datum();
    }

    Deskundige alsDeskundige() {
        return new Deskundige(naam, discipline, organisatie, brin, datum);
    }
}
