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
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Toegang;
import nl.eenplan.verzuim.AfwezigheidCsv.Regelfout;
import nl.eenplan.web.Audit;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TEST ORACLE (issue #25): {@link VerzuimImport} as it was before it read a block of pupils at once, one pupil after the
 * other with every lookup of its own, kept verbatim so VerzuimImportGelijkIT can check that the block path leaves the
 * same database state and answers the same. Not a Spring bean; the test builds it. The original's documentation:
 * <p>
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
class VerzuimImportPerLeerling {

    private static final Pattern DAG_VELD = Pattern.compile("dagen\\[(\\d+)]\\.(\\w+)");
    private static final String NIETS_OPGESLAGEN = " Geen regel van deze leerling is opgeslagen.";

    /** The answer: what was read, matched, stored and drafted, and every line with a mistake. */
    record Resultaat(long regelsGelezen, int leerlingenGevonden, int leerlingenZonderDossier,
                            int leerlingenNietOpgeslagen, int dagenOpgeslagen, int dagenOngewijzigd,
                            int regelsGeoorloofd, int regelsDubbel, int meldingenKlaargezet, int meldingenTeLaat,
                            int aantalFouten, List<Long> nieuweMeldingen, List<Regelfout> fouten) {
    }

    private final VerzuimService verzuim;
    private final VerzuimdagRepository dagen;
    private final VerzuimmeldingRepository meldingen;
    private final DossierService dossiers;
    private final SchoolService scholen;
    private final Toegang toegang;
    private final TransactionTemplate transactie;
    private final Clock clock;

    VerzuimImportPerLeerling(VerzuimService verzuim, VerzuimdagRepository dagen, VerzuimmeldingRepository meldingen,
                  DossierService dossiers, SchoolService scholen, Toegang toegang, TransactionTemplate transactie,
                  Clock clock) {
        this.verzuim = verzuim;
        this.dagen = dagen;
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.toegang = toegang;
        this.transactie = transactie;
        this.clock = clock;
    }

    /** One pupil of the file: who, their lines that could be read, and the mistakes of their lines. */
    private static final class Groep {
        final AfwezigheidCsv.Leerling leerling;
        final List<AfwezigheidCsv.Regel> regels = new ArrayList<>();
        final List<Regelfout> fouten = new ArrayList<>();

        Groep(AfwezigheidCsv.Leerling leerling) {
            this.leerling = leerling;
        }
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
    }

    /**
     * Imports a school's absence file. The school must exist (404) and be one the user works for (403); a file that
     * cannot be read as a whole is refused (400, field {@code bestand}) and nothing is stored.
     */
    Resultaat importeer(String brin, InputStream bestand, String door) {
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
        for (Groep groep : groepen.values()) {
            verwerk(school, groep, door, vandaag, telling);
        }
        telling.fouten.sort(java.util.Comparator.comparingLong(Regelfout::regel));
        return new Resultaat(regels, telling.gevonden, telling.zonderDossier, telling.nietOpgeslagen,
                telling.opgeslagen, telling.ongewijzigd, telling.geoorloofd, telling.dubbel, telling.nieuw.size(),
                telling.teLaat, telling.fouten.size(), List.copyOf(telling.nieuw), List.copyOf(telling.fouten));
    }

    private void verwerk(String school, Groep groep, String door, LocalDate vandaag, Telling telling) {
        AfwezigheidCsv.Leerling l = groep.leerling;
        Optional<DossierService.OpenDossier> dossier = dossiers.vindOpen(school, l.bsn(), l.voornaam(),
                l.tussenvoegsel(), l.achternaam(), l.geboortedatum());
        if (dossier.isEmpty()) {
            // No dossier in EenPlan: counted, never stored, and its lines' mistakes are not looked at.
            telling.zonderDossier++;
            return;
        }
        String nummer = dossier.get().nummer();
        telling.gevonden++;
        Audit.betreftDossier(nummer);
        List<Long> regelnummers = groep.regels.stream().map(AfwezigheidCsv.Regel::regel).toList();
        // A mistyped BSN that passes the elfproef must not put this absence on another child.
        if (l.bsn() != null && ((l.geboortedatum() != null && !l.geboortedatum().equals(dossier.get().geboortedatum()))
                || (l.achternaam() != null && !dossier.get().naam().toLowerCase(Locale.ROOT)
                .contains(l.achternaam().trim().toLowerCase(Locale.ROOT))))) {
            for (Long r : regelnummers) {
                telling.fouten.add(new Regelfout(r, AfwezigheidCsv.BSN, "Het BSN hoort in EenPlan bij een leerling met "
                        + "een andere naam of geboortedatum; controleer de regel." + NIETS_OPGESLAGEN));
            }
            telling.fouten.addAll(metNietsOpgeslagen(groep.fouten));
            telling.nietOpgeslagen++;
            return;
        }
        AfwezigheidCsv.Dagen perDag = AfwezigheidCsv.perDag(groep.regels);
        telling.geoorloofd += perDag.geoorloofd();
        telling.dubbel += perDag.dubbel();
        List<Regelfout> fouten = new ArrayList<>(groep.fouten);
        fouten.addAll(perDag.fouten());
        if (!fouten.isEmpty()) {
            telling.fouten.addAll(metNietsOpgeslagen(fouten));
            telling.nietOpgeslagen++;
            return;
        }
        List<AfwezigheidCsv.Dag> nieuw = new ArrayList<>();
        try {
            VerzuimOverzicht overzicht = transactie.execute(s -> slaOp(nummer, perDag.dagen(), door, vandaag, telling,
                    nieuw));
            if (overzicht != null) {
                telling.opgeslagen += nieuw.size();
                telling.nieuw.addAll(overzicht.nieuweMeldingen());
                telling.teLaat += (int) overzicht.meldingen().stream()
                        .filter(m -> overzicht.nieuweMeldingen().contains(m.id()) && m.teLaatOorzaak() != null).count();
            }
        } catch (OngeldigeInvoerException e) {
            // The checks of a day (a school day, not in the future, within the calendar EenPlan knows), per line.
            telling.nietOpgeslagen++;
            for (Veldfout f : e.getFouten()) {
                Matcher m = DAG_VELD.matcher(f.veld() == null ? "" : f.veld());
                if (m.matches() && Integer.parseInt(m.group(1)) < nieuw.size()) {
                    for (Long r : nieuw.get(Integer.parseInt(m.group(1))).regels()) {
                        telling.fouten.add(new Regelfout(r, m.group(2), f.melding() + NIETS_OPGESLAGEN));
                    }
                } else {
                    telling.fouten.add(new Regelfout(regelnummers.isEmpty() ? 0 : regelnummers.get(0), f.veld(),
                            f.melding() + NIETS_OPGESLAGEN));
                }
            }
        } catch (DataAccessException e) {
            telling.nietOpgeslagen++;
            telling.fouten.add(new Regelfout(regelnummers.isEmpty() ? 0 : regelnummers.get(0), "bestand",
                    "Deze leerling is niet opgeslagen: iemand anders registreerde tegelijk verzuim voor haar of hem; lees "
                            + "het bestand nog eens in."));
        }
    }

    /**
     * In one transaction: the days that are new or changed go to {@link VerzuimService#registreer} (which drafts the
     * reports); a day EenPlan has unchanged is left alone; a changed day inside a report already made is reported.
     * Null when nothing is new.
     */
    private VerzuimOverzicht slaOp(String nummer, List<AfwezigheidCsv.Dag> perDag, String door, LocalDate vandaag,
                                   Telling telling, List<AfwezigheidCsv.Dag> nieuw) {
        Map<LocalDate, Verzuimdag> bestaand = new HashMap<>();
        dagen.findByDossierNummerOrderByDatum(nummer).forEach(d -> bestaand.put(d.getDatum(), d));
        List<Verzuimmelding> gemaakt = meldingen.findByDossierNummerOrderById(nummer).stream()
                .filter(m -> m.getStatus() != Verzuimmelding.Status.INGETROKKEN).toList();
        for (AfwezigheidCsv.Dag dag : perDag) {
            Verzuimdag eerder = bestaand.get(dag.datum());
            if (eerder != null && eerder.getUren().compareTo(dag.uren()) == 0 && eerder.getSoort() == dag.soort()
                    && eerder.isAlleLessenGemist() == dag.heleDag()) {
                telling.ongewijzigd++;
                continue;
            }
            Optional<Verzuimmelding> in = gemaakt.stream().filter(m -> !dag.datum().isBefore(m.getStartdatum())
                    && !dag.datum().isAfter(m.getEinddatum())).findFirst();
            if (in.isPresent()) {
                for (Long r : dag.regels()) {
                    telling.fouten.add(new Regelfout(r, AfwezigheidCsv.DATUM, "Deze dag valt in verzuimmelding "
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
            return null;
        }
        Map<LocalDate, LocalDate> registratiedatum = new HashMap<>();
        nieuw.forEach(d -> registratiedatum.put(d.datum(), d.registratiedatum()));
        VerzuimRegistratie invoer = new VerzuimRegistratie(nieuw.stream().map(d -> new VerzuimRegistratie.Dag(
                d.datum(), d.uren(), d.soort(), d.heleDag())).toList());
        return verzuim.registreer(nummer, invoer, door, Binnenkomst.uitLas(vandaag, registratiedatum));
    }

    private static List<Regelfout> metNietsOpgeslagen(List<Regelfout> fouten) {
        return fouten.stream().map(f -> new Regelfout(f.regel(), f.veld(), f.melding() + NIETS_OPGESLAGEN)).toList();
    }
}
