package nl.eenplan.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
     * What a source read: the schools the cells are of ({@code brins}: their BRINs in order, a school's number its
     * place there; {@code scholen} by BRIN), every indicator's cells (also those without any) by those numbers; and,
     * when the school cells were read without their day histograms, the histograms of the groups of grouping
     * {@code gehouden} (null: none; the school cells hold every histogram). Made by {@link Cellen}; with an array
     * among its parts, two reads are equal only when they are the same.
     */
    record Gelezen(String[] brins, Map<String, School> scholen, List<Figuur> figuren, Indeling gehouden,
                   Map<Groepcel, Histogram> groepsdagen) {
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
        /**
         * A duration's cases for which its histograms hold no day yet, while a read checks the two against each other
         * ({@link Celtabel}: every case has one day value, so this ends at zero).
         */
        long gevallenZonderDag;

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
            long n = 0;
            for (long a : aantallen) {
                n += a;
            }
            return n;
        }
    }

    /**
     * One indicator's cells: per part (a step or reason; one part, null, when the indicator is not split) a cell per
     * school read.
     */
    record Figuur(String naam, Soort soort, List<Schoolcellen> delen) {

        /** The cells by school and part, for a look at them (the tests'; the groupings work on {@link #delen}). */
        Map<Cel, Telling> cellen() {
            Map<Cel, Telling> cellen = new HashMap<>();
            for (Schoolcellen deel : delen) {
                for (int s = 0; s < deel.perSchool().length; s++) {
                    if (deel.perSchool()[s] != null) {
                        cellen.put(new Cel(deel.brins()[s], deel.onderdeel()), deel.perSchool()[s]);
                    }
                }
            }
            return Collections.unmodifiableMap(cellen);
        }
    }

    /**
     * One figure's cells of one part (step or reason; null when not split) at every school read: by the school's
     * number ({@link Gelezen#brins}), null where the school has none.
     */
    record Schoolcellen(String indicator, Soort soort, String onderdeel, String[] brins, Telling[] perSchool) {
    }

    /**
     * One indicator's cells by school and part, as a source that reads its rows one by one and leaves some cells out
     * afterwards collects them ({@link DirecteBron}); {@link Cellen#uit} numbers them.
     */
    record Kaart(String naam, Map<Cel, Telling> cellen) {
    }

    /**
     * The cells of one read as a source collects them: per indicator (each of {@link Feitenbron#INDICATOREN}) and part
     * an array of cells, by the school's number in this read (given at the school's first use); {@link #gelezen}
     * numbers the schools again in the order of their BRIN, as the groupings and the suppression take them. Issue #25:
     * a national view reads 145,000 cells of 6,900 schools; in a map per indicator keyed by school and part, each cell
     * cost a lookup when it was read and another when the groupings placed it by school (together about 40% of the
     * samples of the view in total). Not thread-safe: one per read.
     */
    final class Cellen {
        private final Map<String, Map<String, Telling[]>> perIndicator = new LinkedHashMap<>();
        private final Map<String, Integer> nummers = new HashMap<>();
        private final List<School> scholen = new ArrayList<>();
        private final int ruimte;

        /** Cells for about {@code scholen} schools (room for more is made when they come). */
        Cellen(int scholen) {
            ruimte = Math.max(16, scholen);
            Feitenbron.INDICATOREN.keySet().forEach(naam -> perIndicator.put(naam, new HashMap<>()));
        }

        /**
         * A read collected as cells by school and part: {@code scholen} (a school may come more than once: one per
         * dossier) all count among the schools read.
         */
        static Gelezen uit(List<Kaart> kaarten, Collection<School> scholen) {
            Map<String, School> perBrin = new LinkedHashMap<>();
            scholen.forEach(s -> perBrin.putIfAbsent(s.brin(), s));
            Cellen cellen = new Cellen(perBrin.size());
            perBrin.values().forEach(cellen::nummer);
            for (Kaart kaart : kaarten) {
                kaart.cellen().forEach((cel, telling) -> {
                    Integer school = cellen.nummerVan(cel.brin());
                    if (school == null) {
                        throw new IllegalArgumentException("Een cel van een school die niet gelezen is: " + cel);
                    }
                    cellen.plek(kaart.naam(), cel.onderdeel(), school)[school] = telling;
                });
            }
            return cellen.gelezen();
        }

        /** The number of the school with this BRIN when it has one in this read, else null. */
        Integer nummerVan(String brin) {
            return nummers.get(brin);
        }

        /** A school's number in this read, given at its first use; from then on it counts among the schools read. */
        int nummer(School school) {
            Integer nummer = nummers.get(school.brin());
            if (nummer == null) {
                nummer = scholen.size();
                nummers.put(school.brin(), nummer);
                scholen.add(school);
            }
            return nummer;
        }

        /** The cell of an indicator's part (null: not split) at the school with number {@code school}; made if new. */
        Telling telling(String indicator, String onderdeel, int school) {
            Telling[] perSchool = plek(indicator, onderdeel, school);
            Telling telling = perSchool[school];
            if (telling == null) {
                telling = new Telling();
                perSchool[school] = telling;
            }
            return telling;
        }

        /** The cells of an indicator's part, with a place for school number {@code school}. */
        private Telling[] plek(String indicator, String onderdeel, int school) {
            Map<String, Telling[]> delen = perIndicator.get(indicator);
            if (delen == null) {
                throw new IllegalArgumentException("Onbekende indicator: " + indicator);
            }
            Telling[] perSchool = delen.get(onderdeel);
            if (perSchool == null || school >= perSchool.length) {
                perSchool = perSchool == null ? new Telling[Math.max(ruimte, school + 1)]
                        : Arrays.copyOf(perSchool, Math.max(2 * perSchool.length, school + 1));
                delen.put(onderdeel, perSchool);
            }
            return perSchool;
        }

        /** What was read, every school's durations' histograms among its cells. */
        Gelezen gelezen() {
            return gelezen(null, Map.of());
        }

        /**
         * What was read: the schools numbered in the order of their BRIN and their cells placed by those numbers; the
         * histograms of the groups of grouping {@code gehouden} (see {@link Gelezen}).
         */
        Gelezen gelezen(Indeling gehouden, Map<Groepcel, Histogram> groepsdagen) {
            int aantal = scholen.size();
            String[] brins = new String[aantal];
            Map<String, School> perBrin = new HashMap<>(2 * aantal);
            for (int s = 0; s < aantal; s++) {
                brins[s] = scholen.get(s).brin();
                perBrin.put(brins[s], scholen.get(s));
            }
            Arrays.sort(brins);
            int[] opVolgorde = new int[aantal];
            for (int s = 0; s < aantal; s++) {
                opVolgorde[s] = Arrays.binarySearch(brins, scholen.get(s).brin());
            }
            List<Figuur> figuren = new ArrayList<>(perIndicator.size());
            perIndicator.forEach((naam, delen) -> {
                Soort soort = Feitenbron.INDICATOREN.get(naam);
                List<Schoolcellen> schoolcellen = new ArrayList<>(delen.size());
                delen.forEach((onderdeel, perSchool) -> {
                    Telling[] geordend = new Telling[aantal];
                    for (int s = 0; s < Math.min(aantal, perSchool.length); s++) {
                        geordend[opVolgorde[s]] = perSchool[s];
                    }
                    schoolcellen.add(new Schoolcellen(naam, soort, onderdeel, brins, geordend));
                });
                figuren.add(new Figuur(naam, soort, schoolcellen));
            });
            return new Gelezen(brins, perBrin, figuren, gehouden, groepsdagen);
        }
    }
}
