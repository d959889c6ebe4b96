package nl.eenplan.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the pupil lives, for routing only: DUO's verzuimregister sends a verzuimmelding to the gemeente where the pupil
 * lives (Leerplichtwet 1969 art. 21a: the school reports to the college of the gemeente where the pupil lives), so
 * EenPlan routes its escalation there too. Confidential (e.g. a safe house or a court order): stored, but views show only
 * the gemeente.
 */
@Embeddable
public class Woonadres {

    @Column(name = "woon_postcode")
    private String postcode;

    @Column(name = "woon_huisnummer")
    private String huisnummer;

    @Column(name = "woon_woonplaats")
    private String woonplaats;

    /** CBS code of the gemeente, e.g. GM0344. */
    @Column(name = "woon_gemeentecode")
    private String gemeentecode;

    /** A Boolean: Hibernate writes an absent address as all columns empty. */
    @Column(name = "woonadres_vertrouwelijk")
    private Boolean vertrouwelijk;

    protected Woonadres() {
    }

    Woonadres(String postcode, String huisnummer, String woonplaats, String gemeentecode, boolean vertrouwelijk) {
        this.postcode = postcode;
        this.huisnummer = huisnummer;
        this.woonplaats = woonplaats;
        this.gemeentecode = gemeentecode;
        this.vertrouwelijk = vertrouwelijk;
    }

    /** An address is known when its gemeente is. */
    boolean bekend() {
        return gemeentecode != null;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public String getWoonplaats() {
        return woonplaats;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public boolean isVertrouwelijk() {
        return Boolean.TRUE.equals(vertrouwelijk);
    }
}
