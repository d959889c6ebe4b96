package nl.eenplan.organisatie;

/** A gemeente got (or confirmed) its CBS code: schools known by its name only take the code over. */
public record GemeenteGeregistreerd(String code, String naam) {
}
