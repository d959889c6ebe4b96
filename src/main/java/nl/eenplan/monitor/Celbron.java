package nl.eenplan.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.security.Toegang;

/**
 * Where the monitor's school cells come from: straight from the capabilities' tables ({@link DirecteBron}, the
 * computation the facts are checked against) or from the facts kept as work happens ({@link Feitenbron}). Both give
 * the same cells; {@link MonitorService} groups and suppresses them.
 */
interface Celbron {

    /** Every indicator's cells per school (and step or reason) of the schools in {@code zicht}, for the period, at {@code nu}. */
    Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu);

    /**
     * The same, for a view that shows the grouping {@code getoond}: a source that keeps the durations' histograms per
     * group may read those instead of every school's ({@link Celtabel}); the others read what {@link #lees} reads.
     */
    default Gelezen lees(Periode periode, Toegang.Zicht zicht, Instant nu, Indeling getoond) {
        return lees(periode, zicht, nu);
    }

    /**
     * What a source read: every indicator's cells (also those without any), and the schools the cells are of (by BRIN);
     * and, when the school cells were read without their day histograms, the histograms of the groups of grouping
     * {@code gehouden} (null: none; the school cells hold every histogram).
     */
    record Gelezen(List<Figuur> figuren, Map<String, School> scholen, Indeling gehouden, Map<Groepcel, Histogram> groepsdagen) {

        Gelezen(List<Figuur> figuren, Map<String, School> scholen) {
            this(figuren, scholen, null, Map.of());
        }
    }

    /** A duration's cell of a group (a gemeente, an SWV, the total): the indicator, its onderdeel (or null) and the group. */
    record Groepcel(String indicator, String onderdeel, String groep) {
    }

    /** A school with the groups it counts in. */
    record School(String brin, String gemeente, String swv) {

        String groep(Indeling indeling) {
            return switch (indeling) {
                case SCHOOL -> brin;
                case GEMEENTE -> gemeente;
                case SWV -> swv;
                case TOTAAL -> "totaal";
            };
        }
    }

    /** How a figure is computed, and its unit. */
    enum Soort {
        DUUR("dagen"), AANDEEL("aandeel"), GEMIDDELDE("cijfer 1-10");

        final String eenheid;

        Soort(String eenheid) {
            this.eenheid = eenheid;
        }
    }

    /** A school's cell of a figure: the school and, for a split indicator, the step or reason. */
    record Cel(String brin, String onderdeel) {
    }

    /**
     * What the rows of one school's cell add up to: read row by row (the pupils' dossier ids, each row's days), or
     * counted already in a kept cell ({@link Monitorcellen}: its distinct pupils and its days' histogram), or both.
     * The lists are made when first added to (issue #25: a national view holds 145,000 kept cells, which have none of
     * the rows' lists; four empty collections each were 580,000 objects for the young collections to copy).
     */
    final class Telling {
        private Set<Long> leerlingen;
        /** A duration: the days of each row. */
        private List<Double> dagen;
        /** A duration: the days counted in a kept cell, with their multiplicity (none of them in {@link #dagen}). */
        private List<Histogram> dagenGeteld;
        /** The distinct pupils counted in a kept cell, none of them in {@link #leerlingen}. */
        long leerlingenGeteld;
        long aantal;
        /** A share: the rows that met the condition. */
        long ja;
        /** A mean: the sum of the scores. */
        double som;

        /** A row's pupil (its dossier id), counted once however many rows it has in the cell. */
        void leerling(long dossierId) {
            if (leerlingen == null) {
                leerlingen = new HashSet<>();
            }
            leerlingen.add(dossierId);
        }

        /** The pupils of the rows read row by row (none counted in a kept cell). */
        Set<Long> leerlingen() {
            return leerlingen == null ? Set.of() : leerlingen;
        }

        /** A duration's row: its days. */
        void dag(double dagen) {
            if (this.dagen == null) {
                this.dagen = new ArrayList<>();
            }
            this.dagen.add(dagen);
        }

        /** The days of the rows read row by row. */
        List<Double> dagen() {
            return dagen == null ? List.of() : dagen;
        }

        /** A kept cell's days with their multiplicity. */
        void dagenGeteld(Histogram histogram) {
            if (dagenGeteld == null) {
                dagenGeteld = new ArrayList<>(1);
            }
            dagenGeteld.add(histogram);
        }

        /** The histograms of the kept cells counted in this cell. */
        List<Histogram> dagenGeteld() {
            return dagenGeteld == null ? List.of() : dagenGeteld;
        }

        /** The distinct pupils of the cell. */
        long aantalLeerlingen() {
            return leerlingen().size() + leerlingenGeteld;
        }
    }

    /** Values in ascending order, each with how often it occurs. */
    record Histogram(double[] waarden, long[] aantallen) {

        /** How many values it counts: one per case. */
        long gevallen() {
            return Arrays.stream(aantallen).sum();
        }
    }

    /** One indicator's cells per school (and step or reason). */
    record Figuur(String naam, Soort soort, Map<Cel, Telling> cellen) {
    }
}
