package nl.eenplan.tlv;

/**
 * The disciplines of the deskundigen who advise the SWV on a TLV, as Besluit bekostiging WPO art. 34.8 names them (see {@link Deskundigenregel}):
 * the first is an orthopedagoog or a psycholoog; the second, depending on the pupil, a kinder- of jeugdpsycholoog, a
 * pedagoog (an orthopedagoog is one), a kinderpsychiater, a maatschappelijk werker or an arts.
 */
public enum Discipline {
    ORTHOPEDAGOOG("orthopedagoog"),
    /** Also a kinder- of jeugdpsycholoog (GZ-psycholoog, NIP/NVO). */
    PSYCHOLOOG("psycholoog"),
    PEDAGOOG("pedagoog"),
    KINDERPSYCHIATER("kinderpsychiater"),
    MAATSCHAPPELIJK_WERKER("maatschappelijk werker"),
    /** An arts: jeugdarts, kinderarts, AVG. */
    ARTS("arts");

    private final String naam;

    Discipline(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }

    /** May this discipline be the first deskundige? */
    boolean isEerste() {
        return this == ORTHOPEDAGOOG || this == PSYCHOLOOG;
    }
}
