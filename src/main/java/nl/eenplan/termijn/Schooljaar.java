package nl.eenplan.termijn;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year: 1 August to 31 July of the next year (Leerplichtwet 1969 art. 1, WPO and WVO art. 1: "schooljaar").
 * The one place that knows where a school year begins and ends; leave, the end of leerplicht, transitions, the
 * monitor's periods and the pages ask it.
 *
 * @param beginjaar the calendar year of its 1 August
 */
public record Schooljaar(int beginjaar) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");

    /** The school year a day lies in: from 1 August the one beginning that year, before it the one before. */
    public static Schooljaar van(LocalDate dag) {
        return new Schooljaar(dag.getMonthValue() >= Month.AUGUST.getValue() ? dag.getYear() : dag.getYear() - 1);
    }

    /** A school year as written in EenPlan ({@code 2026-2027}); empty for anything else (also {@code 2026-2028}). */
    public static Optional<Schooljaar> lees(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            return Optional.empty();
        }
        return Optional.of(new Schooljaar(Integer.parseInt(m.group(1))));
    }

    /** 1 August: the first day. */
    public LocalDate eersteDag() {
        return LocalDate.of(beginjaar, Month.AUGUST, 1);
    }

    /** 31 July of the next year: the last day. */
    public LocalDate laatsteDag() {
        return LocalDate.of(beginjaar + 1, Month.JULY, 31);
    }

    /** The calendar year it ends in (of its spring dates such as 24 March or 1 May). */
    public int eindjaar() {
        return beginjaar + 1;
    }

    public Schooljaar vorige() {
        return new Schooljaar(beginjaar - 1);
    }

    public Schooljaar volgende() {
        return new Schooljaar(beginjaar + 1);
    }

    /** As EenPlan writes it: {@code 2026-2027}. */
    public String code() {
        return beginjaar + "-" + eindjaar();
    }

    @Override
    public String toString() {
        return code();
    }
}
