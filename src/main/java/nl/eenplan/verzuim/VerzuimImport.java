package nl.eenplan.verzuim;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Toegang;
import nl.eenplan.verzuim.AfwezigheidCsv.Regelfout;
import nl.eenplan.web.Audit;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Absence from the school's LAS (issue #22): reads EenPlan's absence CSV ({@link AfwezigheidCsv},
 * docs/verzuimimport.md) and registers it per pupil through {@link VerzuimService#registreer}, so the reporting rules
 * and the checks of a day are the ones the API applies.
 * <ul>
 * <li>Privacy: a pupil without an open dossier at the school is counted and skipped; nothing of their lines is kept.</li>
 * <li>All or nothing per pupil: a mistake in one of a pupil's lines stores none of that pupil's lines (one
 * transaction per pupil); other pupils are stored. A day inside a report already made is not changed (a report is
 * leerplicht's record) and reported on its line; the pupil's other days are stored.</li>
 * <li>Idempotent: a day EenPlan already has with the same hours, kind and whole-day mark is left alone (its
 * registration keeps who and when), so the same file again changes nothing and drafts nothing.</li>
 * <li>A report drafted from days that reach EenPlan after the norm says why it is late
 * ({@link Binnenkomst}, the same rule as for the API).</li>
 * </ul>
 */
@Service
public class VerzuimImport {

    private static final Pattern DAG_VELD = Pattern.compile("dagen\\[(\\d+)]\\.(\\w+)");
    private static final String NIETS_OPGESLAGEN = " Geen regel van deze leerling is opgeslagen.";

    /** The answer: what was read, matched, stored and drafted, and every line with a mistake. */
    public record Resultaat(long regelsGelezen, int leerlingenGevonden, int leerlingenZonderDossier,
                            int leerlingenNietOpgeslagen, int dagenOpgeslagen, int dagenOngewijzigd,
                            int regelsGeoorloofd, int regelsDubbel, int meldingenKlaargezet, int meldingenTeLaat,
                            int aantalFouten, List<Long> nieuweMeldingen, List<Regelfout> fouten) {
    }

    private final VerzuimService verzuim;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final Toegang toegang;
    private final TransactionTemplate transactie;
    private final Clock clock;
    /** Pupils stored in one transaction (a block with a failing pupil is redone pupil by pupil). */
    private final int perTransactie;

    VerzuimImport(VerzuimService verzuim, DossierService dossiers, SchoolService scholen, Toegang toegang,
                  TransactionTemplate transactie, Clock clock,
                  @Value("${eenplan.verzuim.leerlingen-per-transactie:50}") int perTransactie) {
        if (perTransactie < 1) {
            throw new IllegalArgumentException("eenplan.verzuim.leerlingen-per-transactie moet minstens 1 zijn.");
        }
        this.verzuim = verzuim;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.toegang = toegang;
        this.transactie = transactie;
        this.clock = clock;
        this.perTransactie = perTransactie;
    }

    /** One pupil of the file: who, their lines that could be read, and the mistakes of their lines. */
    private static final class Groep {
        final AfwezigheidCsv.Leerling leerling;
        final List<AfwezigheidCsv.Regel> regels = new ArrayList<>();
        final List<Regelfout> fouten = new ArrayList<>();

        Groep(AfwezigheidCsv.Leerling leerling) {
            this.leerling = leerling;
        }

        DossierService.Gezocht gezocht() {
            return new DossierService.Gezocht(leerling.bsn(), leerling.voornaam(), leerling.tussenvoegsel(),
                    leerling.achternaam(), leerling.geboortedatum());
        }

        List<Long> regelnummers() {
            return regels.stream().map(AfwezigheidCsv.Regel::regel).toList();
        }
    }

    /** A pupil found in EenPlan whose lines are right: what is left to store, in a transaction. */
    private record Klaar(Groep groep, Leerlingidentiteit leerling, List<AfwezigheidCsv.Dag> dagen) {
    }

    /** What storing one pupil came to; added to the counts only once its transaction committed. */
    private static final class Uitslag {
        boolean nietOpgeslagen;
        int opgeslagen;
        int ongewijzigd;
        int teLaat;
        final List<Long> nieuw = new ArrayList<>();
        final List<Regelfout> fouten = new ArrayList<>();
    }

    /** Counts while a file is imported. */
    private static final class Telling {
        int gevonden;
        int zonderDossier;
        int nietOpgeslagen;
        int opgeslagen;
        int ongewijzigd;
        int geoorloofd;
        int dubbel;
        int teLaat;
        final List<Long> nieuw = new ArrayList<>();
        final List<Regelfout> fouten = new ArrayList<>();

        void tel(Uitslag u) {
            if (u.nietOpgeslagen) {
                nietOpgeslagen++;
            }
            opgeslagen += u.opgeslagen;
            ongewijzigd += u.ongewijzigd;
            teLaat += u.teLaat;
            nieuw.addAll(u.nieuw);
            fouten.addAll(u.fouten);
        }
    }

    /**
     * Imports a school's absence file. The school must exist (404) and be one the user works for (403); a file that
     * cannot be read as a whole is refused (400, field {@code bestand}) and nothing is stored.
     */
    public Resultaat importeer(String brin, InputStream bestand, String door) {
        String school = scholen.haalOp(brin).brin();
        if (!toegang.zicht().omvat(school)) {
            throw new AccessDeniedException("Je leest alleen verzuim in voor een school waar je werkt.");
        }
        LocalDate vandaag = Klok.vandaag(clock);
        Telling telling = new Telling();
        Map<String, Groep> groepen = new LinkedHashMap<>();
        long regels = AfwezigheidCsv.lees(bestand, vandaag, gelezen -> {
            AfwezigheidCsv.Leerling l = gelezen.leerling();
            if (l == null) {
                telling.fouten.addAll(gelezen.fouten());
                return;
            }
            if (!l.brin().equalsIgnoreCase(school)) {
                telling.fouten.add(new Regelfout(gelezen.regel(), AfwezigheidCsv.BRIN, "Deze regel is van school "
                        + l.brin() + "; dit bestand wordt ingelezen voor school " + school + "."));
                return;
            }
            Groep groep = groepen.computeIfAbsent(l.sleutel(), k -> new Groep(l));
            if (gelezen.inhoud() != null) {
                groep.regels.add(gelezen.inhoud());
            }
            groep.fouten.addAll(gelezen.fouten());
        });
        List<Groep> alle = new ArrayList<>(groepen.values());
        for (int i = 0; i < alle.size(); i += perTransactie) {
            verwerk(school, alle.subList(i, Math.min(alle.size(), i + perTransactie)), door, vandaag, telling);
        }
        telling.fouten.sort(java.util.Comparator.comparingLong(Regelfout::regel));
        return new Resultaat(regels, telling.gevonden, telling.zonderDossier, telling.nietOpgeslagen,
                telling.opgeslagen, telling.ongewijzigd, telling.geoorloofd, telling.dubbel, telling.nieuw.size(),
                telling.teLaat, telling.fouten.size(), List.copyOf(telling.nieuw), List.copyOf(telling.fouten));
    }

    /**
     * A block of the file's pupils: their dossiers found with one query, the lines checked, and the pupils whose lines
     * are right stored in one transaction ({@link #slaOp}). When that transaction fails (a pupil's data changed at the
     * same moment, a database error), it is rolled back as a whole and its pupils are stored again one by one, each in a
     * transaction of its own: all or nothing per pupil, as if every pupil had its own transaction.
     */
    private void verwerk(String school, List<Groep> blok, String door, LocalDate vandaag, Telling telling) {
        Map<DossierService.Gezocht, Leerlingidentiteit> gevonden = dossiers.vindOpen(school,
                blok.stream().map(Groep::gezocht).toList());
        List<Klaar> klaar = new ArrayList<>();
        for (Groep groep : blok) {
            Leerlingidentiteit leerling = gevonden.get(groep.gezocht());
            if (leerling == null) {
                // No dossier in EenPlan: counted, never stored, and its lines' mistakes are not looked at.
                telling.zonderDossier++;
                continue;
            }
            Klaar k = gecontroleerd(groep, leerling, telling);
            if (k != null) {
                klaar.add(k);
            }
        }
        if (klaar.size() > 1) {
            try {
                List<Uitslag> uitslagen = transactie.execute(s -> slaOp(klaar, door, vandaag));
                uitslagen.forEach(telling::tel);
                return;
            } catch (RuntimeException e) {
                // A pupil's data changed at the same moment, or the block's flush or commit failed: one by one below,
                // where each failure is reported with that pupil's lines.
            }
        }
        for (Klaar k : klaar) {
            List<Long> regelnummers = k.groep().regelnummers();
            try {
                telling.tel(transactie.execute(s -> slaOp(List.of(k), door, vandaag)).get(0));
            } catch (DataAccessException e) {
                telling.nietOpgeslagen++;
                telling.fouten.add(new Regelfout(regelnummers.isEmpty() ? 0 : regelnummers.get(0), "bestand",
                        "Deze leerling is niet opgeslagen: iemand anders registreerde tegelijk verzuim voor haar of hem; "
                                + "lees het bestand nog eens in."));
            } catch (RuntimeException e) {
                // Anything else (the engine refusing a report's process, a fault in EenPlan): this pupil's transaction
                // rolled back as a whole, the pupils before it stay stored, the rest of the file goes on.
                org.slf4j.LoggerFactory.getLogger(VerzuimImport.class).error("Verzuim van dossier {} niet opgeslagen",
                        k.leerling().dossierNummer(), e);
                telling.nietOpgeslagen++;
                telling.fouten.add(new Regelfout(regelnummers.isEmpty() ? 0 : regelnummers.get(0), "bestand",
                        "Deze leerling is niet opgeslagen: er ging iets mis in EenPlan (het beheer vindt de oorzaak in het "
                                + "log); lees het bestand later nog eens in."));
            }
        }
    }

    /**
     * A found pupil's lines, checked before anything is stored: the BSN must be this pupil's, and every line right.
     * Null when nothing of the pupil is stored (the mistakes are in {@code telling}).
     */
    private Klaar gecontroleerd(Groep groep, Leerlingidentiteit dossier, Telling telling) {
        AfwezigheidCsv.Leerling l = groep.leerling;
        telling.gevonden++;
        Audit.betreftDossier(dossier.dossierNummer());
        // A mistyped BSN that passes the elfproef must not put this absence on another child.
        if (l.bsn() != null && ((l.geboortedatum() != null && !l.geboortedatum().equals(dossier.geboortedatum()))
                || (l.achternaam() != null && !dossier.naam().toLowerCase(Locale.ROOT)
                .contains(l.achternaam().trim().toLowerCase(Locale.ROOT))))) {
            for (Long r : groep.regelnummers()) {
                telling.fouten.add(new Regelfout(r, AfwezigheidCsv.BSN, "Het BSN hoort in EenPlan bij een leerling met "
                        + "een andere naam of geboortedatum; controleer de regel." + NIETS_OPGESLAGEN));
            }
            telling.fouten.addAll(metNietsOpgeslagen(groep.fouten));
            telling.nietOpgeslagen++;
            return null;
        }
        AfwezigheidCsv.Dagen perDag = AfwezigheidCsv.perDag(groep.regels);
        telling.geoorloofd += perDag.geoorloofd();
        telling.dubbel += perDag.dubbel();
        List<Regelfout> fouten = new ArrayList<>(groep.fouten);
        fouten.addAll(perDag.fouten());
        if (!fouten.isEmpty()) {
            telling.fouten.addAll(metNietsOpgeslagen(fouten));
            telling.nietOpgeslagen++;
            return null;
        }
        return new Klaar(groep, dossier, perDag.dagen());
    }

    /** In the caller's transaction: the pupils' absence read at once ({@link VerzuimService#standen}), then each stored. */
    private List<Uitslag> slaOp(List<Klaar> klaar, String door, LocalDate vandaag) {
        Map<String, VerzuimService.Stand> standen = verzuim.standen(klaar.stream().map(Klaar::leerling).toList());
        List<Uitslag> uitslagen = new ArrayList<>();
        for (Klaar k : klaar) {
            uitslagen.add(slaOp(k, standen.get(k.leerling().dossierNummer()), door, vandaag));
        }
        return uitslagen;
    }

    /**
     * One pupil: the days that are new or changed go to {@link VerzuimService#registreer(VerzuimService.Stand,
     * VerzuimRegistratie, String, Binnenkomst)} (the checks of a day, the rules, the reports drafted); a day EenPlan
     * has unchanged is left alone; a changed day inside a report already made is reported on its lines.
     */
    private Uitslag slaOp(Klaar klaar, VerzuimService.Stand stand, String door, LocalDate vandaag) {
        Uitslag uitslag = new Uitslag();
        Map<LocalDate, Verzuimdag> bestaand = new HashMap<>();
        stand.dagen().forEach(d -> bestaand.put(d.getDatum(), d));
        List<Verzuimmelding> gemaakt = stand.meldingen().stream()
                .filter(m -> m.getStatus() != Verzuimmelding.Status.INGETROKKEN).toList();
        List<AfwezigheidCsv.Dag> nieuw = new ArrayList<>();
        for (AfwezigheidCsv.Dag dag : klaar.dagen()) {
            Verzuimdag eerder = bestaand.get(dag.datum());
            if (eerder != null && eerder.getUren().compareTo(dag.uren()) == 0 && eerder.getSoort() == dag.soort()
                    && eerder.isAlleLessenGemist() == dag.heleDag()) {
                uitslag.ongewijzigd++;
                continue;
            }
            Optional<Verzuimmelding> in = gemaakt.stream().filter(m -> !dag.datum().isBefore(m.getStartdatum())
                    && !dag.datum().isAfter(m.getEinddatum())).findFirst();
            if (in.isPresent()) {
                for (Long r : dag.regels()) {
                    uitslag.fouten.add(new Regelfout(r, AfwezigheidCsv.DATUM, "Deze dag valt in verzuimmelding "
                            + in.get().getId() + " (" + in.get().getStatus().name().toLowerCase(Locale.ROOT) + ", "
                            + VerzuimService.datum(in.get().getStartdatum()) + " tot en met "
                            + VerzuimService.datum(in.get().getEinddatum()) + ") en wordt niet gewijzigd; trek die "
                            + "melding eerst in als zij niet klopt. De andere dagen van deze leerling zijn verwerkt."));
                }
                continue;
            }
            nieuw.add(dag);
        }
        if (nieuw.isEmpty()) {
            return uitslag;
        }
        Map<LocalDate, LocalDate> registratiedatum = new HashMap<>();
        nieuw.forEach(d -> registratiedatum.put(d.datum(), d.registratiedatum()));
        VerzuimRegistratie invoer = new VerzuimRegistratie(nieuw.stream().map(d -> new VerzuimRegistratie.Dag(
                d.datum(), d.uren(), d.soort(), d.heleDag())).toList());
        VerzuimService.Lasregistratie geregistreerd = verzuim.registreer(stand, invoer, door,
                Binnenkomst.uitLas(vandaag, registratiedatum));
        if (!geregistreerd.fouten().isEmpty()) {
            // The checks of a day (a school day, not in the future, within the calendar EenPlan knows), per line.
            uitslag.nietOpgeslagen = true;
            List<Long> regelnummers = klaar.groep().regelnummers();
            for (Veldfout f : geregistreerd.fouten()) {
                Matcher m = DAG_VELD.matcher(f.veld() == null ? "" : f.veld());
                if (m.matches() && Integer.parseInt(m.group(1)) < nieuw.size()) {
                    for (Long r : nieuw.get(Integer.parseInt(m.group(1))).regels()) {
                        uitslag.fouten.add(new Regelfout(r, m.group(2), f.melding() + NIETS_OPGESLAGEN));
                    }
                } else {
                    uitslag.fouten.add(new Regelfout(regelnummers.isEmpty() ? 0 : regelnummers.get(0), f.veld(),
                            f.melding() + NIETS_OPGESLAGEN));
                }
            }
            return uitslag;
        }
        uitslag.opgeslagen = nieuw.size();
        for (Verzuimmelding m : geregistreerd.nieuweMeldingen()) {
            uitslag.nieuw.add(m.getId());
            if (m.getTeLaatOorzaak() != null) {
                uitslag.teLaat++;
            }
        }
        return uitslag;
    }

    private static List<Regelfout> metNietsOpgeslagen(List<Regelfout> fouten) {
        return fouten.stream().map(f -> new Regelfout(f.regel(), f.veld(), f.melding() + NIETS_OPGESLAGEN)).toList();
    }
}
