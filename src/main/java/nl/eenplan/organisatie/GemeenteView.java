package nl.eenplan.organisatie;

/** A gemeente of this installation: CBS code, name, and the Camunda group of its staff. */
public record GemeenteView(String code, String naam, String groep) {

    static GemeenteView van(Gemeente g) {
        return new GemeenteView(g.getCode(), g.getNaam(), g.getGroep());
    }
}
