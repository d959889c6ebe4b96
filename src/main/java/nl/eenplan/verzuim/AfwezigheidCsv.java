package nl.eenplan.verzuim;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.VerzoekTeGrootException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * EenPlan's absence CSV (docs/verzuimimport.md): what a school exports from its LAS, one line per pupil per day or per
 * lesuur. Reads it as a stream, line by line (never the whole file as one text); separator ';', UTF-8 with or without
 * BOM, a header line naming the columns in any order (unknown columns are ignored, a LAS export may have more);
 * dates as 2026-11-02 or 2-11-2026, hours with a decimal comma or point. Pure: no database, so every rule of the file
 * is unit-tested ({@code AfwezigheidCsvTest}). {@link #perDag} makes the days of one pupil out of its lines.
 */
final class AfwezigheidCsv {

    static final String BRIN = "brin";
    static final String BSN = "bsn";
    static final String VOORNAAM = "voornaam";
    static final String TUSSENVOEGSEL = "tussenvoegsel";
    static final String ACHTERNAAM = "achternaam";
    static final String GEBOORTEDATUM = "geboortedatum";
    static final String DATUM = "datum";
    static final String LESUUR = "lesuur";
    static final String UREN = "uren";
    static final String SOORT = "soort";
    static final String HELE_DAG = "heledag";
    static final String REGISTRATIEDATUM = "registratiedatum";

    private static final Set<String> KOLOMMEN = Set.of(BRIN, BSN, VOORNAAM, TUSSENVOEGSEL, ACHTERNAAM, GEBOORTEDATUM,
            DATUM, LESUUR, UREN, SOORT, HELE_DAG, REGISTRATIEDATUM);
    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setIgnoreHeaderCase(true)
            .setAllowMissingColumnNames(true).get();
    private static final List<DateTimeFormatter> DATUMS = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"))
            .stream().map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final BigDecimal HOOGSTENS = new BigDecimal("24");
    private static final int LESUREN = 20;

    /** The kind of absence in the LAS; only ongeoorloofd and luxe are verzuim EenPlan counts. */
    enum Soort {
        ONGEOORLOOFD(Verzuimsoort.ONGEOORLOOFD), LUXE(Verzuimsoort.LUXE), GEOORLOOFD(null), ZIEK(null);

        private final Verzuimsoort verzuim;

        Soort(Verzuimsoort verzuim) {
            this.verzuim = verzuim;
        }

        /** What EenPlan stores for it; null: not stored (excused absence is no verzuim, Leerplichtwet art. 11). */
        Verzuimsoort verzuim() {
            return verzuim;
        }
    }

    /** Who a line is about, as EenPlan's dossiers are keyed (dossier.Dossier.sleutel): BSN, or name and birth date. */
    record Leerling(String brin, String bsn, String voornaam, String tussenvoegsel, String achternaam,
                    LocalDate geboortedatum) {

        /** The same pupil in the file, whatever case or spaces the lines use. */
        String sleutel() {
            return bsn != null ? "bsn|" + bsn : "naam|" + gewoon(voornaam) + "|" + gewoon(tussenvoegsel) + "|"
                    + gewoon(achternaam) + "|" + geboortedatum;
        }
    }

    /** One line that could be read: the pupil, the day, the lesuur (null: a line for the whole day) and the rest. */
    record Regel(long regel, LocalDate datum, Integer lesuur, BigDecimal uren, Soort soort, boolean heleDag,
                 LocalDate registratiedatum) {

        boolean zelfde(Regel ander) {
            return uren.compareTo(ander.uren) == 0 && soort == ander.soort && heleDag == ander.heleDag;
        }
    }

    /** A line with a mistake: its number in the file (the header is line 1), the column, and what is wrong, in Dutch. */
    record Regelfout(long regel, String veld, String melding) {
    }

    /** What one line gave: the pupil (null when who it is cannot be read), the line (null when wrong), its mistakes. */
    record Gelezen(long regel, Leerling leerling, Regel inhoud, List<Regelfout> fouten) {
    }

    /** One day of absence of a pupil, made of one line or of its lesuren, with the lines it came from. */
    record Dag(LocalDate datum, BigDecimal uren, Verzuimsoort soort, boolean heleDag, LocalDate registratiedatum,
               List<Long> regels) {
    }

    /** A pupil's days; lines of excused absence and repeated lines are counted, mistakes listed per line. */
    record Dagen(List<Dag> dagen, int geoorloofd, int dubbel, List<Regelfout> fouten) {
    }

    private AfwezigheidCsv() {
    }

    /**
     * Reads the file line by line and hands every line to {@code verwerk}, with its mistakes. Refuses the file as a whole
     * (400, field {@code bestand}) when it is not UTF-8 text with a usable header; {@code vandaag} bounds the dates.
     * Answers the number of lines read (without the header).
     */
    static long lees(InputStream bestand, LocalDate vandaag, Consumer<Gelezen> verwerk) {
        Reader lezer = new InputStreamReader(zonderBom(bestand), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser = CSVParser.builder().setReader(lezer).setFormat(FORMAAT).get()) {
            Map<String, Integer> kop = kop(parser.getHeaderNames());
            long regels = 0;
            for (CSVRecord r : parser) {
                regels++;
                verwerk.accept(regel(r, kop, vandaag));
            }
            if (regels == 0) {
                throw new OngeldigeInvoerException("bestand", "Het bestand heeft geen regels met verzuim; de eerste "
                        + "regel is de kop met de namen van de kolommen.");
            }
            return regels;
        } catch (CharacterCodingException e) {
            throw geenUtf8();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw geenUtf8();
            }
            if (e.getCause() instanceof VerzoekTeGrootException) {
                throw e; // 413 naming the limit (ApiExceptionHandler), not a file EenPlan cannot read
            }
            throw new OngeldigeInvoerException("bestand", "Het bestand kon niet worden gelezen: " + e.getMessage());
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof OngeldigeInvoerException o) {
                throw o;
            }
            if (e instanceof VerzoekTeGrootException teGroot) {
                throw new UncheckedIOException(teGroot);
            }
            throw new OngeldigeInvoerException("bestand", "Het bestand is geen geldige CSV met ';' als "
                    + "scheidingsteken: " + e.getMessage());
        }
    }

    private static OngeldigeInvoerException geenUtf8() {
        return new OngeldigeInvoerException("bestand", "Het bestand is geen UTF-8-tekst; sla het op als CSV (UTF-8), met "
                + "of zonder BOM.");
    }

    private static InputStream zonderBom(InputStream bestand) {
        try {
            return BOMInputStream.builder().setInputStream(bestand).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header: which known column is where; refuses a header without the columns EenPlan needs. */
    private static Map<String, Integer> kop(List<String> namen) {
        Map<String, Integer> kop = new HashMap<>();
        for (int i = 0; i < namen.size(); i++) {
            String naam = namen.get(i) == null ? "" : namen.get(i).trim().toLowerCase(Locale.ROOT);
            if (KOLOMMEN.contains(naam) && !kop.containsKey(naam)) {
                kop.put(naam, i);
            }
        }
        List<String> ontbreekt = new ArrayList<>();
        for (String nodig : List.of(BRIN, DATUM, SOORT)) {
            if (!kop.containsKey(nodig)) {
                ontbreekt.add(nodig);
            }
        }
        if (!kop.containsKey(UREN) && !kop.containsKey(LESUUR)) {
            ontbreekt.add("uren of lesuur");
        }
        boolean naam = kop.containsKey(VOORNAAM) && kop.containsKey(ACHTERNAAM) && kop.containsKey(GEBOORTEDATUM);
        if (!kop.containsKey(BSN) && !naam) {
            ontbreekt.add("bsn, of voornaam, achternaam en geboortedatum");
        }
        if (!ontbreekt.isEmpty()) {
            throw new OngeldigeInvoerException("bestand", "De kop (de eerste regel) mist de kolom(men): "
                    + String.join("; ", ontbreekt) + ". Zie de beschrijving van het verzuimbestand in de handleiding.");
        }
        return kop;
    }

    private static Gelezen regel(CSVRecord r, Map<String, Integer> kop, LocalDate vandaag) {
        long nummer = r.getRecordNumber() + 1; // the header is line 1
        List<Regelfout> fouten = new ArrayList<>();
        Leerling leerling = leerling(r, kop, nummer, fouten);

        LocalDate datum = datum(r, kop, DATUM, nummer, fouten, true);
        if (datum != null && datum.isAfter(vandaag)) {
            fouten.add(new Regelfout(nummer, DATUM, "De datum ligt in de toekomst; lees verzuim in als het geweest is."));
        }
        Integer lesuur = null;
        String lesuurTekst = waarde(r, kop, LESUUR);
        if (lesuurTekst != null) {
            try {
                lesuur = Integer.parseInt(lesuurTekst);
                if (lesuur < 1 || lesuur > LESUREN) {
                    fouten.add(new Regelfout(nummer, LESUUR, "Het lesuur is een getal van 1 tot en met " + LESUREN + "."));
                }
            } catch (NumberFormatException e) {
                fouten.add(new Regelfout(nummer, LESUUR, "'" + lesuurTekst + "' is geen lesuur; geef een getal, "
                        + "bijvoorbeeld 3."));
            }
        }
        BigDecimal uren = uren(waarde(r, kop, UREN), lesuurTekst != null, nummer, fouten);
        Soort soort = soort(waarde(r, kop, SOORT), nummer, fouten);
        Boolean heleDag = heleDag(waarde(r, kop, HELE_DAG), nummer, fouten);
        LocalDate registratiedatum = datum(r, kop, REGISTRATIEDATUM, nummer, fouten, false);
        if (registratiedatum != null && registratiedatum.isAfter(vandaag)) {
            fouten.add(new Regelfout(nummer, REGISTRATIEDATUM, "De registratiedatum ligt in de toekomst."));
        }
        Regel inhoud = fouten.isEmpty() ? new Regel(nummer, datum, lesuur, uren, soort, heleDag, registratiedatum) : null;
        return new Gelezen(nummer, leerling, inhoud, List.copyOf(fouten));
    }

    private static Leerling leerling(CSVRecord r, Map<String, Integer> kop, long nummer, List<Regelfout> fouten) {
        int voor = fouten.size();
        String brin = waarde(r, kop, BRIN);
        if (brin == null) {
            fouten.add(new Regelfout(nummer, BRIN, "Vul het BRIN-nummer van de school in."));
        }
        String bsn = waarde(r, kop, BSN);
        if (bsn != null && bsn.length() == 8 && bsn.chars().allMatch(Character::isDigit)) {
            bsn = "0" + bsn; // a spreadsheet drops the leading zero
        }
        if (bsn != null && !nl.eenplan.dossier.BsnValidator.isGeldig(bsn)) {
            fouten.add(new Regelfout(nummer, BSN, "Het BSN is ongeldig (9 cijfers en de elfproef)."));
        }
        String voornaam = waarde(r, kop, VOORNAAM);
        String achternaam = waarde(r, kop, ACHTERNAAM);
        LocalDate geboren = datum(r, kop, GEBOORTEDATUM, nummer, fouten, false);
        if (bsn == null && (voornaam == null || achternaam == null || geboren == null)
                && fouten.size() == voor) {
            fouten.add(new Regelfout(nummer, BSN, "Geef het BSN, of anders voornaam, achternaam en geboortedatum van de "
                    + "leerling."));
        }
        return fouten.size() > voor ? null
                : new Leerling(brin, bsn, voornaam, waarde(r, kop, TUSSENVOEGSEL), achternaam, geboren);
    }

    private static BigDecimal uren(String tekst, boolean perLesuur, long nummer, List<Regelfout> fouten) {
        if (tekst == null) {
            if (perLesuur) {
                return BigDecimal.ONE; // a lesuur counts as one hour of absence (DUO: VO counts lesuren)
            }
            fouten.add(new Regelfout(nummer, UREN, "Vul het aantal uren verzuim in (of het lesuur)."));
            return null;
        }
        try {
            BigDecimal uren = new BigDecimal(tekst.replace(',', '.'));
            if (uren.signum() <= 0) {
                fouten.add(new Regelfout(nummer, UREN, "Het aantal uren moet groter zijn dan 0."));
            } else if (uren.compareTo(HOOGSTENS) > 0) {
                fouten.add(new Regelfout(nummer, UREN, "Een dag heeft hoogstens 24 uur."));
            } else if (uren.stripTrailingZeros().scale() > 2) {
                fouten.add(new Regelfout(nummer, UREN, "Geef de uren op met hoogstens twee decimalen, bijvoorbeeld 2,5."));
            }
            return uren;
        } catch (NumberFormatException e) {
            fouten.add(new Regelfout(nummer, UREN, "'" + tekst + "' is geen aantal uren; geef een getal, bijvoorbeeld "
                    + "2 of 2,5."));
            return null;
        }
    }

    private static Soort soort(String tekst, long nummer, List<Regelfout> fouten) {
        if (tekst != null) {
            try {
                return Soort.valueOf(tekst.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // below
            }
        }
        fouten.add(new Regelfout(nummer, SOORT, (tekst == null ? "Vul de soort verzuim in" : "'" + tekst
                + "' is geen soort verzuim") + "; kies ongeoorloofd, luxe, geoorloofd of ziek."));
        return null;
    }

    private static Boolean heleDag(String tekst, long nummer, List<Regelfout> fouten) {
        if (tekst == null) {
            return false;
        }
        return switch (tekst.toLowerCase(Locale.ROOT)) {
            case "ja", "j", "1", "true" -> true;
            case "nee", "n", "0", "false" -> false;
            default -> {
                fouten.add(new Regelfout(nummer, HELE_DAG, "Vul ja of nee in (of laat het leeg)."));
                yield false;
            }
        };
    }

    private static LocalDate datum(CSVRecord r, Map<String, Integer> kop, String kolom, long nummer,
                                   List<Regelfout> fouten, boolean verplicht) {
        String tekst = waarde(r, kop, kolom);
        if (tekst == null) {
            if (verplicht) {
                fouten.add(new Regelfout(nummer, kolom, "Vul de datum in."));
            }
            return null;
        }
        // A LAS may add the time of day to a registration: only the date counts.
        String dag = tekst.split("[ T]", 2)[0];
        for (DateTimeFormatter f : DATUMS) {
            try {
                return LocalDate.parse(dag, f);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        fouten.add(new Regelfout(nummer, kolom, "'" + tekst + "' is geen datum; schrijf bijvoorbeeld 2026-11-02 of "
                + "2-11-2026."));
        return null;
    }

    private static String waarde(CSVRecord r, Map<String, Integer> kop, String kolom) {
        Integer i = kop.get(kolom);
        if (i == null || i >= r.size()) {
            return null;
        }
        String w = r.get(i).trim();
        return w.isEmpty() ? null : w;
    }

    private static String gewoon(String naam) {
        return naam == null ? "" : naam.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * One pupil's lines as days. A line repeated exactly counts once (a file exported twice into one, or the same
     * lesuur twice); the same day or lesuur twice with other values is a mistake on the later line, as is a day given
     * both as a whole and per lesuur. The lesuren of a day add up (at most 24 hours). Lines of excused absence
     * (geoorloofd, ziek) are no verzuim and give no day. A day is luxe only when all its counted lines are; the hours of
     * a day that mixes both are ongeoorloofd (luxe verzuim is ongeoorloofd verzuim too). The registration day of a day
     * is its latest line's.
     */
    static Dagen perDag(List<Regel> regels) {
        List<Regelfout> fouten = new ArrayList<>();
        int geoorloofd = 0;
        int dubbel = 0;
        Map<LocalDate, Map<Integer, Regel>> perDatum = new TreeMap<>();
        for (Regel r : regels) {
            Map<Integer, Regel> dag = perDatum.computeIfAbsent(r.datum(), d -> new LinkedHashMap<>());
            int sleutel = r.lesuur() == null ? 0 : r.lesuur();
            Regel eerder = dag.get(sleutel);
            if (eerder != null) {
                if (eerder.zelfde(r)) {
                    dubbel++;
                } else {
                    fouten.add(new Regelfout(r.regel(), r.lesuur() == null ? DATUM : LESUUR, (r.lesuur() == null
                            ? "Deze dag" : "Dit lesuur van deze dag") + " staat al op regel " + eerder.regel()
                            + " met andere gegevens; laat één van beide weg."));
                }
                continue;
            }
            boolean andereVorm = !dag.isEmpty() && (sleutel == 0 || dag.containsKey(0));
            if (andereVorm) {
                fouten.add(new Regelfout(r.regel(), LESUUR, "Deze dag staat in het bestand zowel als hele dag als per "
                        + "lesuur (zie regel " + dag.values().iterator().next().regel() + "); kies één van beide."));
                continue;
            }
            dag.put(sleutel, r);
        }
        List<Dag> dagen = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<Integer, Regel>> e : perDatum.entrySet()) {
            List<Regel> telt = new ArrayList<>();
            for (Regel r : e.getValue().values()) {
                if (r.soort().verzuim() == null) {
                    geoorloofd++;
                } else {
                    telt.add(r);
                }
            }
            if (telt.isEmpty()) {
                continue;
            }
            BigDecimal uren = telt.stream().map(Regel::uren).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Long> nummers = telt.stream().map(Regel::regel).toList();
            if (uren.compareTo(HOOGSTENS) > 0) {
                for (Long n : nummers) {
                    fouten.add(new Regelfout(n, UREN, "De lesuren van " + VerzuimService.datum(e.getKey())
                            + " zijn samen meer dan 24 uur."));
                }
                continue;
            }
            Verzuimsoort soort = telt.stream().allMatch(r -> r.soort() == Soort.LUXE) ? Verzuimsoort.LUXE
                    : Verzuimsoort.ONGEOORLOOFD;
            boolean heleDag = telt.stream().anyMatch(Regel::heleDag);
            LocalDate geregistreerd = telt.stream().map(Regel::registratiedatum).filter(d -> d != null)
                    .max(LocalDate::compareTo).orElse(null);
            dagen.add(new Dag(e.getKey(), uren, soort, heleDag, geregistreerd, nummers));
        }
        fouten.sort(java.util.Comparator.comparingLong(Regelfout::regel));
        return new Dagen(dagen, geoorloofd, dubbel, fouten);
    }
}
