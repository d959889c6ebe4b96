package nl.eenplan.verzuim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.eenplan.dossier.Regio;
import nl.eenplan.leerplicht.Leerplichtigheid;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.Schooljaar;
import nl.eenplan.termijn.Schoolkalender;
import nl.eenplan.web.Veldfout;

/**
 * Who may decide on leave and exemptions, and for how long: the one place for these rules of the Leerplichtwet 1969
 * (issue #22). Pure: the school's calendar, the request and the pupil's earlier leave in, the wrong fields out.
 * <ul>
 *   <li><b>Art. 11 onder e, art. 13</b> (godsdienst of levensovertuiging): the parents tell the head beforehand; the
 *       head records it. No day limit in the law.</li>
 *   <li><b>Art. 13a</b> (vakantie wegens het beroep van een ouder): only the head, "slechts eenmaal voor ten hoogste
 *       tien dagen per schooljaar", and "geen betrekking op de eerste twee lesweken van het schooljaar". EenPlan counts
 *       the ten days as lesdagen (school days).</li>
 *   <li><b>Art. 14</b> (gewichtige omstandigheden): the head up to 10 schooldagen per schooljaar (lid 1); more than
 *       10 schooldagen per schooljaar, counting the leave of this kind already granted that year, the
 *       leerplichtambtenaar for burgemeester en wethouders, having heard the head (lid 3).</li>
 *   <li><b>Art. 11a</b> (vijfjarige): the head may allow up to 10 hours a week instead of the parents' own 5; only
 *       while the pupil is 5 and leerplichtig.</li>
 *   <li>Leave lies within one schooljaar (1 August to 31 July, art. 1): the limits are per schooljaar.</li>
 *   <li><b>Vrijstellingen</b> (art. 5, 5a, 15): burgemeester en wethouders, so the leerplichtambtenaar records them;
 *       art. 15 only for a kwalificatieplichtige pupil.</li>
 * </ul>
 */
final class Verlofregels {

    /** Art. 13a lid 2 and art. 14 lid 1: the head's limit, in school days per schooljaar. */
    static final int HOOFD_HOOGSTENS_SCHOOLDAGEN = 10;
    /** Art. 13a lid 2: not in the first two lesweken of the schooljaar (10 school-week days). */
    static final int EERSTE_LESWEKEN_DAGEN = 10;

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));

    /** Leave recorded before for the same pupil. */
    record EerderVerlof(Verlofsoort soort, LocalDate van, LocalDate tot) {
    }

    private final Schoolkalender kalender;
    /** The pupil's school: its lesdagen are the region's plus its own days. */
    private final EigenKalender school;

    Verlofregels(Schoolkalender kalender, Regio regio) {
        this(kalender, EigenKalender.vanRegio(regio));
    }

    Verlofregels(Schoolkalender kalender, EigenKalender school) {
        this.kalender = kalender;
        this.school = school;
    }

    /** What is wrong with this leave; empty when it may be recorded as given. */
    List<Veldfout> toets(Verlofsoort soort, LocalDate van, LocalDate tot, Beslisser door, List<EerderVerlof> eerder,
                         LocalDate geboortedatum) {
        List<Veldfout> fouten = new ArrayList<>(periode(van, tot));
        if (!fouten.isEmpty()) {
            return fouten;
        }
        if (!schooljaarBegin(van).equals(schooljaarBegin(tot))) {
            fouten.add(new Veldfout("tot", "Verlof ligt binnen één schooljaar (1 augustus tot en met 31 juli); leg "
                    + "het per schooljaar vast."));
            return fouten;
        }
        int dagen = schooldagen(van, tot);
        switch (soort) {
            case GODSDIENST, VIJFJARIGE -> {
                if (door != Beslisser.HOOFD) {
                    fouten.add(new Veldfout("beslotenDoor", "Bij verlof wegens " + soort.omschrijving() + " ("
                            + soort.artikel() + " Leerplichtwet 1969) is het hoofd van de school degene die het "
                            + "vastlegt; kies HOOFD."));
                }
                if (soort == Verlofsoort.VIJFJARIGE && !vijfjarig(geboortedatum, van, tot)) {
                    fouten.add(new Veldfout("van", "Tot 10 uur per week thuis (art. 11a Leerplichtwet 1969) geldt "
                            + "alleen voor een leerplichtige leerling van 5 jaar: van " + DATUM.format(
                            Leerplichtigheid.begin(geboortedatum, schooldagen())) + " tot " + DATUM.format(geboortedatum.plusYears(6))
                            + "."));
                }
            }
            case BEROEP_OUDERS -> {
                if (door != Beslisser.HOOFD) {
                    fouten.add(new Veldfout("beslotenDoor", "Verlof wegens het beroep van een ouder verleent alleen "
                            + "het hoofd van de school (art. 13a lid 1 Leerplichtwet 1969); kies HOOFD."));
                }
                if (dagen > HOOFD_HOOGSTENS_SCHOOLDAGEN) {
                    fouten.add(new Veldfout("tot", "Verlof wegens het beroep van een ouder is ten hoogste 10 "
                            + "schooldagen (art. 13a lid 2 Leerplichtwet 1969); deze periode heeft er " + dagen + "."));
                }
                if (eerder.stream().anyMatch(e -> e.soort() == Verlofsoort.BEROEP_OUDERS
                        && schooljaarBegin(e.van()).equals(schooljaarBegin(van)))) {
                    fouten.add(new Veldfout("van", "Verlof wegens het beroep van een ouder kan maar eenmaal per "
                            + "schooljaar (art. 13a lid 2 Leerplichtwet 1969); dit schooljaar is het al verleend."));
                }
                LocalDate eindeEersteLesweken = eindeEersteTweeLesweken(van);
                if (eindeEersteLesweken != null && !van.isAfter(eindeEersteLesweken)) {
                    fouten.add(new Veldfout("van", "Verlof wegens het beroep van een ouder kan niet in de eerste twee "
                            + "lesweken van het schooljaar (art. 13a lid 2 Leerplichtwet 1969): tot en met "
                            + DATUM.format(eindeEersteLesweken) + "."));
                }
            }
            case GEWICHTIGE_OMSTANDIGHEDEN -> {
                int ditSchooljaar = dagen + eerder.stream()
                        .filter(e -> e.soort() == Verlofsoort.GEWICHTIGE_OMSTANDIGHEDEN
                                && schooljaarBegin(e.van()).equals(schooljaarBegin(van)))
                        .mapToInt(e -> schooldagen(e.van(), e.tot())).sum();
                Beslisser nodig = beslisserGewichtigeOmstandigheden(ditSchooljaar);
                if (door != nodig) {
                    fouten.add(new Veldfout("beslotenDoor", nodig == Beslisser.HOOFD
                            ? "Over verlof wegens gewichtige omstandigheden tot en met 10 schooldagen per schooljaar "
                            + "beslist het hoofd van de school (art. 14 lid 1 Leerplichtwet 1969); dit schooljaar "
                            + "zijn het er " + ditSchooljaar + ". Kies HOOFD."
                            : "Over verlof wegens gewichtige omstandigheden van meer dan 10 schooldagen per schooljaar "
                            + "beslist de leerplichtambtenaar, na het hoofd te hebben gehoord (art. 14 lid 3 "
                            + "Leerplichtwet 1969); dit schooljaar zijn het er " + ditSchooljaar
                            + ". Kies LEERPLICHTAMBTENAAR."));
                }
            }
        }
        return fouten;
    }

    /** Art. 14: the head up to 10 schooldagen in the schooljaar, the leerplichtambtenaar beyond. */
    static Beslisser beslisserGewichtigeOmstandigheden(int schooldagenDitSchooljaar) {
        return schooldagenDitSchooljaar <= HOOFD_HOOGSTENS_SCHOOLDAGEN ? Beslisser.HOOFD : Beslisser.LEERPLICHTAMBTENAAR;
    }

    /** What is wrong with this exemption; empty when it may be recorded. {@code tot} null: open-ended. */
    List<Veldfout> toetsVrijstelling(Vrijstellingsgrond grond, LocalDate van, LocalDate tot, Beslisser door,
                                     LocalDate geboortedatum, boolean startkwalificatie) {
        List<Veldfout> fouten = new ArrayList<>();
        if (tot != null && tot.isBefore(van)) {
            fouten.add(new Veldfout("tot", "De einddatum ligt vóór de begindatum."));
        }
        if (door != Beslisser.LEERPLICHTAMBTENAAR) {
            fouten.add(new Veldfout("verleendDoor", "Een vrijstelling (" + grond.artikel() + " Leerplichtwet 1969) "
                    + "loopt via burgemeester en wethouders, niet via het hoofd van de school; kies "
                    + "LEERPLICHTAMBTENAAR."));
        }
        if (grond == Vrijstellingsgrond.ART_15 && Leerplichtigheid.op(geboortedatum, startkwalificatie, van)
                != Leerplichtigheid.Status.KWALIFICATIEPLICHTIG) {
            fouten.add(new Veldfout("grond", "Vrijstelling wegens ander onderwijs (art. 15 Leerplichtwet 1969) is er "
                    + "alleen voor een kwalificatieplichtige leerling; op " + DATUM.format(van) + " is deze leerling "
                    + "dat niet."));
        }
        return fouten;
    }

    /** Lesdagen from {@code van} to {@code tot}, both included. */
    int schooldagen(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate d = van; !d.isAfter(tot); d = d.plusDays(1)) {
            if (kalender.isLesdag(d, school)) {
                n++;
            }
        }
        return n;
    }

    /** Art. 1: a schooljaar runs from 1 August to 31 July. */
    static LocalDate schooljaarBegin(LocalDate dag) {
        return Schooljaar.van(dag).eersteDag();
    }

    /**
     * The last day of the first two lesweken of the schooljaar {@code dag} is in: 10 school-week days from the first
     * one after the summer holiday. Null when the calendar does not know that school year's start.
     */
    LocalDate eindeEersteTweeLesweken(LocalDate dag) {
        LocalDate d = schooljaarBegin(dag);
        if (d.isBefore(kalender.bekendVan())) {
            return null;
        }
        int geteld = 0;
        while (!d.isAfter(kalender.bekendTot())) {
            if (kalender.isSchoolweekdag(d, school) && ++geteld == EERSTE_LESWEKEN_DAGEN) {
                return d;
            }
            d = d.plusDays(1);
        }
        return null;
    }

    private List<Veldfout> periode(LocalDate van, LocalDate tot) {
        List<Veldfout> fouten = new ArrayList<>();
        if (tot.isBefore(van)) {
            fouten.add(new Veldfout("tot", "De einddatum ligt vóór de begindatum."));
        }
        bekend("van", van, fouten);
        bekend("tot", tot, fouten);
        return fouten;
    }

    private void bekend(String veld, LocalDate dag, List<Veldfout> fouten) {
        if (dag.isBefore(kalender.bekendVan()) || dag.isAfter(kalender.bekendTot())) {
            fouten.add(new Veldfout(veld, "EenPlan kent de schoolkalender van " + DATUM.format(kalender.bekendVan())
                    + " tot en met " + DATUM.format(kalender.bekendTot()) + "; deze datum valt daarbuiten."));
        }
    }

    /** Art. 11a: leerplichtig (from the school's first lesdag of the month, art. 3 lid 1) and not yet 6. */
    private boolean vijfjarig(LocalDate geboortedatum, LocalDate van, LocalDate tot) {
        return !van.isBefore(Leerplichtigheid.begin(geboortedatum, schooldagen()))
                && tot.isBefore(geboortedatum.plusYears(6));
    }

    private Leerplichtigheid.Schooldagen schooldagen() {
        return dag -> kalender.eersteLesdagVanaf(dag, school).orElse(null);
    }
}
