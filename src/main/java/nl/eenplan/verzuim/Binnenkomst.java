package nl.eenplan.verzuim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How absence reached EenPlan, and the one rule whether a report drafted from it is late from the start (issue #22):
 * the school reports "onverwijld" (Leerplichtwet 1969 art. 21), in practice within the norm of 5 werkdagen after the
 * day the threshold was reached (termijnen.dmn, rule verzuim/melden; Inspectie). Absence that reaches EenPlan after the
 * last day of that norm gives a report that is late before the school could send it, and it says why. The same rule
 * for both doors: the school's LAS ({@link VerzuimImport}) and EenPlan's API ({@code POST /api/dossiers/{nr}/verzuim}).
 *
 * @param bron             where it came from
 * @param binnengekomenOp  the day it reached EenPlan (read in from the LAS, or registered through the API)
 * @param registratiedatum per day, the day the school registered it in its LAS (null when the file did not say);
 *                         empty for the API: there the day it reached EenPlan is the day it was registered
 */
record Binnenkomst(Bron bron, LocalDate binnengekomenOp, Map<LocalDate, LocalDate> registratiedatum) {

    /** The door the absence came through. */
    enum Bron { LAS, API }

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    /** Absence read in from the school's LAS on {@code ingelezenOp}. */
    static Binnenkomst uitLas(LocalDate ingelezenOp, Map<LocalDate, LocalDate> registratiedatum) {
        return new Binnenkomst(Bron.LAS, ingelezenOp, Map.copyOf(registratiedatum.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    /** Absence the school registered through EenPlan's API (or its pages) on {@code geregistreerdOp}. */
    static Binnenkomst viaApi(LocalDate geregistreerdOp) {
        return new Binnenkomst(Bron.API, geregistreerdOp, Map.of());
    }

    /**
     * Why a report over the days {@code van} to {@code tot} is late, or null when it is not: the norm's last day is
     * {@code norm}; on that day the absence is still in time, the day after it is late.
     */
    String teLaat(LocalDate van, LocalDate tot, LocalDate norm) {
        if (!binnengekomenOp.isAfter(norm)) {
            return null;
        }
        String waarom;
        if (bron == Bron.API) {
            waarom = "laat geregistreerd in EenPlan (op " + DATUM.format(binnengekomenOp) + ")";
        } else {
            LocalDate laatste = registratiedatum.entrySet().stream()
                    .filter(e -> !e.getKey().isBefore(van) && (tot == null || !e.getKey().isAfter(tot)))
                    .map(Map.Entry::getValue).max(LocalDate::compareTo).orElse(null);
            if (laatste == null) {
                waarom = "laat in EenPlan ingelezen (op " + DATUM.format(binnengekomenOp) + "; het bestand uit het LAS "
                        + "gaf geen registratiedatum)";
            } else if (laatste.isAfter(norm)) {
                waarom = "laat geregistreerd in het LAS (registratiedatum " + DATUM.format(laatste) + ")";
            } else {
                waarom = "op tijd geregistreerd in het LAS (registratiedatum " + DATUM.format(laatste) + "), maar laat "
                        + "in EenPlan ingelezen (op " + DATUM.format(binnengekomenOp) + ")";
            }
        }
        return waarom + "; de meldtermijn na " + DATUM.format(tot) + " verliep op " + DATUM.format(norm);
    }
}
