package nl.eenplan.melding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** That one user has read one notification: a group notification is read per person. */
@Entity
@Table(name = "melding_gelezen")
class MeldingGelezen {

    @Embeddable
    record Sleutel(@Column(name = "melding_id") Long meldingId, @Column(name = "gebruiker") String gebruiker)
            implements Serializable {
    }

    @EmbeddedId
    private Sleutel sleutel;

    @Column(name = "gelezen_op", nullable = false)
    private Instant gelezenOp;

    protected MeldingGelezen() {
    }

    MeldingGelezen(Long meldingId, String gebruiker, Instant gelezenOp) {
        this.sleutel = new Sleutel(meldingId, gebruiker);
        this.gelezenOp = gelezenOp;
    }
}
