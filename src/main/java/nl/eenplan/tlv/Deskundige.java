package nl.eenplan.tlv;

import java.time.LocalDate;

/**
 * A deskundige's advice on a TLV as the rule needs it: who (name), what discipline, for which organisation (its BRIN if
 * it is a school, and its name) and the date of the advice. The advice itself stays with the arrangement.
 */
public record Deskundige(String naam, Discipline discipline, String organisatie, String brin, LocalDate datum) {
}
