package nl.eenplan.overstap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The overstapdossier (onderwijskundig rapport) as a JSON document for the receiving school, in the
 * spirit of OSO. Schema: docs/overstapdossier.schema.json. A statutory duty (dossier.Gegevensstroom.ONTVANGENDE_SCHOOL):
 * the support part goes with it without consent; {@code grondslag} names the articles.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Okr(@JsonProperty("$schema") String schema, String versie, Instant aangemaaktOp, Leerling leerling,
                  School verzendendeSchool, School ontvangendeSchool, String overstap, String schooljaar,
                  Schooladvies schooladvies, String aanwezigheid, Ouders ouders, String grondslag,
                  Ondersteuning ondersteuning) {

    static final String SCHEMA = "https://eenplan.nl/schemas/overstapdossier-1.2.json";
    static final String VERSIE = "1.2";

    public record Leerling(String naam, LocalDate geboortedatum, String bsn) {
    }

    public record School(String brin, String naam) {
    }

    public record Schooladvies(String voorlopig, String definitief) {
    }

    /**
     * The parents saw it (or the pupil of 16 or older): when, the school's note of their remarks, and their own view as
     * they gave it online ({@code zienswijze}, with {@code zienswijzeVan} OUDER or LEERLING; since 1.2).
     */
    public record Ouders(Instant gezienOp, String opmerkingen, String zienswijze, String zienswijzeVan) {
    }

    public record Ondersteuning(String beschrijving, Arrangement arrangement) {
    }

    public record Arrangement(String soort, String onderwijs, String perspectief, List<String> doelen,
                              LocalDate startdatum) {
    }
}
