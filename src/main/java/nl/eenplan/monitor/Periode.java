package nl.eenplan.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.termijn.Schooljaar;
import nl.eenplan.web.OngeldigeInvoerException;

/**
 * The period of the monitor's figures: a calendar month ({@code 2026-11}) or a school year ({@code 2026-2027},
 * 1 August 2026 to 31 July 2027). Only these fixed periods: with free dates, two overlapping periods would
 * isolate the cases of a single day.
 *
 * @param code how the period is written in {@code ?periode=}
 * @param van  the first day
 * @param tot  the last day (inclusive)
 */
public record Periode(String code, LocalDate van, LocalDate tot) {

    private static final Pattern MAAND = Pattern.compile("(\\d{4})-(\\d{2})");
    static final String UITLEG = "Kies een maand (JJJJ-MM, bijvoorbeeld 2026-11) of een schooljaar "
            + "(JJJJ-JJJJ, bijvoorbeeld 2026-2027: 1 augustus 2026 tot en met 31 juli 2027).";

    /** A calendar month. */
    public static Periode maand(YearMonth maand) {
        return new Periode(maand.toString(), maand.atDay(1), maand.atEndOfMonth());
    }

    /** The school year that begins on 1 August of {@code beginjaar}. */
    public static Periode schooljaar(int beginjaar) {
        Schooljaar jaar = new Schooljaar(beginjaar);
        return new Periode(jaar.code(), jaar.eersteDag(), jaar.laatsteDag());
    }

    /** The school year a day lies in (1 August to 31 July). */
    public static Periode schooljaarVan(LocalDate dag) {
        return schooljaar(Schooljaar.van(dag).beginjaar());
    }

    /** The last school year that has ended on {@code vandaag} (a Dutch date): on 1 August the one that ended the day before. */
    public static Periode laatsteVolledigeSchooljaar(LocalDate vandaag) {
        return schooljaar(schooljaarVan(vandaag).van().getYear() - 1);
    }

    /** Reads {@code ?periode=}; anything but a month or a school year is refused with a Dutch message for the field. */
    public static Periode lees(String tekst) {
        Matcher m = MAAND.matcher(tekst);
        if (m.matches()) {
            int maand = Integer.parseInt(m.group(2));
            if (maand >= 1 && maand <= 12) {
                return maand(YearMonth.of(Integer.parseInt(m.group(1)), maand));
            }
        }
        Optional<Schooljaar> jaar = Schooljaar.lees(tekst);
        if (jaar.isPresent()) {
            return schooljaar(jaar.get().beginjaar());
        }
        throw new OngeldigeInvoerException("periode", "Onbekende periode '" + tekst + "'. " + UITLEG);
    }
}
