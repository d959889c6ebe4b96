package nl.eenplan.verzuim;

import java.time.LocalDate;

/** How leave, exemptions and ziekmeldingen are shown; {@code opmerking} after a change, e.g. a report it touches. */
public final class Afwezigheidsviews {

    private Afwezigheidsviews() {
    }

    public record VerlofView(Long id, Verlofsoort soort, String artikel, String omschrijving, LocalDate van,
                             LocalDate tot, Integer schooldagen, Beslisser beslotenDoor, LocalDate besluitDatum,
                             String toelichting, String vastgelegdDoor, String opmerking) {

        static VerlofView van(Verlof v, Integer schooldagen, String opmerking) {
            return new VerlofView(v.getId(), v.getSoort(), v.getSoort().artikel() + " Leerplichtwet 1969",
                    v.getSoort().omschrijving(), v.getVan(), v.getTot(), schooldagen, v.getBeslotenDoor(),
                    v.getBesluitDatum(), v.getToelichting(), v.getVastgelegdDoor(), opmerking);
        }
    }

    public record VrijstellingView(Long id, Vrijstellingsgrond grond, String artikel, String omschrijving,
                                   LocalDate van, LocalDate tot, Beslisser verleendDoor, LocalDate besluitDatum,
                                   String toelichting, String vastgelegdDoor, String opmerking) {

        static VrijstellingView van(Vrijstelling v, String opmerking) {
            return new VrijstellingView(v.getId(), v.getGrond(), v.getGrond().artikel() + " Leerplichtwet 1969",
                    v.getGrond().omschrijving(), v.getVan(), v.getTot(), v.getVerleendDoor(), v.getBesluitDatum(),
                    v.getToelichting(), v.getVastgelegdDoor(), opmerking);
        }
    }

    public record ZiekmeldingView(Long id, LocalDate van, LocalDate tot, String gemeldDoor, String opmerking) {

        static ZiekmeldingView van(Ziekmelding z, String opmerking) {
            return new ZiekmeldingView(z.getId(), z.getVan(), z.getTot(), z.getGemeldDoor(), opmerking);
        }
    }
}
