package nl.eenplan.termijn;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.dossier.Regio;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the school calendar from two CSV files an operator can extend without code:
 * {@code feestdagen.csv} (datum,naam) and {@code schoolvakanties.csv} (schooljaar,regio,vakantie,van,tot and an
 * optional status: vastgesteld, the default, or voorlopig). Anything malformed stops start-up with the file and line.
 */
public final class SchoolkalenderLezer {

    static final String FEESTDAGEN = "feestdagen.csv";
    static final String VAKANTIES = "schoolvakanties.csv";

    /** Optional column: a holiday not yet checked against the official data is 'voorlopig'. */
    static final String STATUS = "status";
    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true)
            .setTrim(true).get();

    private SchoolkalenderLezer() {
    }

    public static Schoolkalender lees(ResourceLoader loader, String locatie) {
        String map = locatie.endsWith("/") ? locatie : locatie + "/";
        Set<LocalDate> feestdagen = new HashSet<>();
        leesRegels(loader.getResource(map + FEESTDAGEN), FEESTDAGEN, List.of("datum", "naam"), List.of(),
                (regel) -> feestdagen.add(datum(regel, "datum")));

        Map<Regio, List<Schoolkalender.Vakantie>> vakanties = new EnumMap<>(Regio.class);
        for (Regio r : Regio.values()) {
            vakanties.put(r, new ArrayList<>());
        }
        TreeSet<Integer> schooljaren = new TreeSet<>();
        Set<String> zomers = new HashSet<>();
        leesRegels(loader.getResource(map + VAKANTIES), VAKANTIES,
                List.of("schooljaar", "regio", "vakantie", "van", "tot"), List.of(STATUS), regel -> {
                    int jaar = schooljaar(regel);
                    Regio regio = regio(regel);
                    String naam = regel.waarde("vakantie");
                    LocalDate van = datum(regel, "van");
                    LocalDate tot = datum(regel, "tot");
                    if (tot.isBefore(van)) {
                        throw regel.fout("'tot' (" + tot + ") ligt voor 'van' (" + van + ").");
                    }
                    // A summer holiday may run into September of the next school year (the regions' dates do).
                    if (van.isBefore(new Schooljaar(jaar).eersteDag()) || tot.isAfter(LocalDate.of(jaar + 1, 9, 30))) {
                        throw regel.fout("de vakantie valt buiten schooljaar " + new Schooljaar(jaar) + ".");
                    }
                    schooljaren.add(jaar);
                    if (naam.equals("zomervakantie")) {
                        zomers.add(jaar + "/" + regio);
                    }
                    vakanties.get(regio).add(new Schoolkalender.Vakantie(naam, van, tot, voorlopig(regel)));
                });

        if (schooljaren.isEmpty()) {
            throw new SchoolkalenderFout(VAKANTIES, 0, "geen enkele vakantie gevonden.");
        }
        for (int jaar = schooljaren.first(); jaar <= schooljaren.last(); jaar++) {
            for (Regio r : Regio.values()) {
                if (!zomers.contains(jaar + "/" + r)) {
                    throw new SchoolkalenderFout(VAKANTIES, 0, "schooljaar " + new Schooljaar(jaar)
                            + " mist de zomervakantie voor regio " + r + ".");
                }
            }
        }
        LocalDate van = new Schooljaar(schooljaren.first()).eersteDag();
        LocalDate tot = new Schooljaar(schooljaren.last()).laatsteDag();
        for (int jaar = van.getYear(); jaar <= tot.getYear(); jaar++) {
            if (!feestdagen.contains(LocalDate.of(jaar, 1, 1))) {
                throw new SchoolkalenderFout(FEESTDAGEN, 0, "de feestdagen van " + jaar
                        + " ontbreken (geen Nieuwjaarsdag), terwijl de schoolvakanties dat jaar beslaan.");
            }
        }
        return new Schoolkalender(feestdagen, vakanties, van, tot);
    }

    /** One CSV record with its line number, for messages that say where the problem is. */
    private record Regel(String bestand, long nummer, CSVRecord record) {

        String waarde(String kolom) {
            String w = record.isSet(kolom) ? record.get(kolom) : "";
            if (w.isBlank()) {
                throw fout("kolom '" + kolom + "' is leeg.");
            }
            return w;
        }

        SchoolkalenderFout fout(String melding) {
            return new SchoolkalenderFout(bestand, nummer, melding);
        }
    }

    private static void leesRegels(Resource bron, String bestand, List<String> kolommen, List<String> facultatief,
                                   Consumer<Regel> verwerk) {
        if (!bron.exists()) {
            throw new SchoolkalenderFout(bestand, 0, "bestand niet gevonden (" + bron.getDescription() + ").");
        }
        try (InputStream in = bron.getInputStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = FORMAAT.parse(reader)) {
            if (!parser.getHeaderNames().containsAll(kolommen)) {
                throw new SchoolkalenderFout(bestand, 0, "de kopregel moet de kolommen " + String.join(",", kolommen)
                        + " hebben, maar heeft " + String.join(",", parser.getHeaderNames()) + ".");
            }
            // An optional column counts when the header has it; files without it stay valid.
            int aantal = kolommen.size() + (int) facultatief.stream().filter(parser.getHeaderNames()::contains).count();
            List<String> alle = new ArrayList<>(kolommen);
            facultatief.stream().filter(parser.getHeaderNames()::contains).forEach(alle::add);
            Iterator<CSVRecord> regels = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!regels.hasNext()) {
                        break;
                    }
                    record = regels.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new SchoolkalenderFout(bestand, parser.getCurrentLineNumber(),
                            "onleesbare regel (" + e.getMessage() + ").");
                }
                Regel regel = new Regel(bestand, parser.getCurrentLineNumber(), record);
                if (record.size() != aantal) {
                    throw regel.fout("verwacht " + aantal + " kolommen (" + String.join(",", alle)
                            + "), gevonden " + record.size() + ".");
                }
                verwerk.accept(regel);
            }
        } catch (IOException e) {
            throw new SchoolkalenderFout(bestand, 0, "onleesbaar: " + e.getMessage());
        }
    }

    private static LocalDate datum(Regel regel, String kolom) {
        String w = regel.waarde(kolom);
        try {
            return LocalDate.parse(w);
        } catch (DateTimeParseException e) {
            throw regel.fout("'" + w + "' in kolom '" + kolom + "' is geen datum (JJJJ-MM-DD).");
        }
    }

    /** Empty or absent: vastgesteld. */
    private static boolean voorlopig(Regel regel) {
        String w = regel.record().isMapped(STATUS) && regel.record().isSet(STATUS) ? regel.record().get(STATUS) : "";
        return switch (w) {
            case "", "vastgesteld" -> false;
            case "voorlopig" -> true;
            default -> throw regel.fout("'" + w + "' in kolom 'status' is geen status; kies vastgesteld of voorlopig "
                    + "(of laat de kolom leeg: vastgesteld).");
        };
    }

    private static int schooljaar(Regel regel) {
        String w = regel.waarde("schooljaar");
        Matcher m = SCHOOLJAAR.matcher(w);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw regel.fout("'" + w + "' is geen schooljaar; schrijf bijvoorbeeld 2025-2026.");
        }
        return Integer.parseInt(m.group(1));
    }

    private static Regio regio(Regel regel) {
        String w = regel.waarde("regio");
        try {
            return Regio.valueOf(w);
        } catch (IllegalArgumentException e) {
            throw regel.fout("'" + w + "' is geen regio; kies NOORD, MIDDEN of ZUID.");
        }
    }
}
