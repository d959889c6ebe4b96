package nl.eenplan.verzuim;

/** The kind of absence a school registers for a day. */
public enum Verzuimsoort {
    /** Ongeoorloofd verzuim: absent without permission or a valid reason. */
    ONGEOORLOOFD,
    /** Luxe verzuim: kept from school for a holiday or trip outside the school holidays. */
    LUXE
}
