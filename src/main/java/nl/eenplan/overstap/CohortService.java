package nl.eenplan.overstap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.engine.Enginecommando;
import nl.eenplan.transactie.Botsing;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the overstap of a whole class from a CSV file: one line per pupil (their dossier is found by BSN
 * or opened), one process instance per pupil and school year. Runs in the background with visible
 * progress, on a few workers at once; lines in blocks of one transaction each. A line wrong in itself is answered
 * before its block runs; a block with a line refused later runs again line by line; so a bad line is reported with
 * its number and reason and never stops the good ones;
 * uploading the same file again starts nothing twice.
 */
@Service
public class CohortService {

    /** The columns, in this order, with a header line; separator ';'. */
    static final String[] KOLOMMEN = Klasbestand.KOLOMMEN;
    /** Blocks waiting per worker while the file is read: the reader stays a little ahead, memory stays flat. */
    static final int BLOKKEN_PER_WERKER = 2;

    /** A line that could not be started, and why. */
    public record Fout(long regel, String melding) {
    }

    private final CohortImportRepository imports;
    private final DossierService dossiers;
    private final OverstapService overstappen;
    private final Validator validator;
    private final TransactionTemplate transactie;
    private final TaskExecutor achtergrond;
    private final ObjectMapper json;
    private final int regelsPerTransactie;
    private final int werkers;
    private final TaskExecutor regelWerkers;
    private final EntityManager entityManager;
    private final ProcessEngine engine;
    private final Klasbestanden klasbestanden;
    private final Nieuweoverstappen nieuweOverstappen;

    CohortService(CohortImportRepository imports, DossierService dossiers, OverstapService overstappen,
                  Validator validator, TransactionTemplate transactie,
                  @Qualifier("cohortUploads") TaskExecutor achtergrond, ObjectMapper json,
                  @Qualifier("cohortRegels") TaskExecutor regelWerkers,
                  @Value("${eenplan.overstap.regels-per-transactie}") int regelsPerTransactie,
                  @Value("${eenplan.overstap.werkers}") int werkers, EntityManager entityManager,
                  ProcessEngine engine, Klasbestanden klasbestanden, Nieuweoverstappen nieuweOverstappen) {
        this.imports = imports;
        this.dossiers = dossiers;
        this.overstappen = overstappen;
        this.validator = validator;
        this.transactie = transactie;
        this.achtergrond = achtergrond;
        this.json = json;
        this.regelsPerTransactie = Math.max(1, regelsPerTransactie);
        this.regelWerkers = regelWerkers;
        this.werkers = Math.max(1, werkers);
        this.entityManager = entityManager;
        this.engine = engine;
        this.klasbestanden = klasbestanden;
        this.nieuweOverstappen = nieuweOverstappen;
    }

    /**
     * Reads the file now into a temporary file of its own (a wrong header is refused at once, and the number of lines
     * is known) and starts the lines in the background, reading them from that file; the file is deleted when the
     * upload is done or fails.
     */
    public CohortImport start(InputStream csv, Charset tekenset, String bestandsnaam, String door) {
        Klasbestand bestand = klasbestanden.bewaar(csv, tekenset);
        CohortImport cohort = null;
        try {
            cohort = transactie.execute(s -> imports.save(new CohortImport(bestandsnaam, door,
                    overstappen.nu(), bestand.aantal())));
            Long id = cohort.getId();
            // The lines run as the uploader: only pupils of their own schools.
            achtergrond.execute(new DelegatingSecurityContextRunnable(() -> verwerk(id, bestand, door)));
            return cohort;
        } catch (RuntimeException e) {
            bestand.close();
            if (cohort != null) {
                // Not begun (the node is stopping): the upload says so instead of staying "bezig" for ever.
                Telling telling = new Telling(bestand.aantal());
                telling.fout(new Fout(0, "De upload kon niet beginnen; upload het bestand opnieuw."));
                bewaarVoortgang(cohort.getId(), telling, true);
            }
            throw e;
        }
    }

    /** The progress of an upload, for the user who started it. */
    public CohortImport voortgang(Long id, String gebruiker) {
        return imports.findById(id).filter(c -> c.getGestartDoor().equals(gebruiker))
                .orElseThrow(() -> new NietGevondenException("Er is geen upload " + id + " van jou."));
    }

    public List<Fout> fouten(CohortImport cohort) {
        try {
            return cohort.getFouten() == null ? List.of() : json.readValue(cohort.getFouten(), new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lines from the file to the workers as they are read (Klasverdeler: the same pupil, by BSN or without BSN by
     * name and birth date, always to the same worker, in file order, so a file that names a pupil twice finds the
     * first line's dossier and transition; a few blocks per worker waiting, never the whole file in memory). Two
     * uploads at once, or lines that differ in case, may still meet: the database's unique keys decide those.
     */
    private void verwerk(Long id, Klasbestand bestand, String door) {
        Telling telling = new Telling(bestand.aantal());
        try (bestand) {
            // The lines run as the uploader (this thread's security context) on a few workers at once.
            new Klasverdeler<CSVRecord>(CohortService::leerling, werkers, regelsPerTransactie, BLOKKEN_PER_WERKER)
                    .verdeel(bestand.regels(), w -> regelWerkers.execute(new DelegatingSecurityContextRunnable(w)),
                            blok -> {
                                verwerkBlok(blok, door, telling);
                                if (telling.verwerkt(blok.size())) {
                                    bewaarVoortgang(id, telling, false);
                                }
                            },
                            e -> telling.fout(new Fout(0, "De upload is afgebroken na " + telling.verwerkt + " regels: "
                                    + e.getMessage())));
        } catch (RuntimeException e) {
            telling.fout(new Fout(0, "De upload is afgebroken: " + e.getMessage()));
        }
        // Whatever happened, the upload ends and says how far it got.
        bewaarVoortgang(id, telling, true);
    }

    /** Who a line is about: the BSN, or without one name and birth date. */
    private static String leerling(CSVRecord r) {
        String bsn = kolom(r, "bsn");
        return bsn.isEmpty() ? kolom(r, "voornaam") + "|" + kolom(r, "achternaam") + "|" + kolom(r, "geboortedatum") : bsn;
    }

    /**
     * A block of lines in one transaction and one engine command (fewer commits, and the engine writes the
     * block's rows in one flush: measured in docs/benchmark.md). A line that cannot be read (columns, birth date,
     * leerjaar, BSN, transition or school year wrong in itself) is answered before the block runs and leaves the others
     * together. When a line fails later (another school's pupil, a BSN of another pupil, the database), the whole block
     * is rolled back and its lines are done again one by one, each in a transaction of its own, so a bad line costs
     * only itself and the good ones start as if it was not there.
     */
    private void verwerkBlok(List<CSVRecord> blok, String door, Telling telling) {
        List<Gelezen> gelezen = new ArrayList<>();
        for (CSVRecord r : blok) {
            long regel = r.getRecordNumber() + 1; // the header is line 1
            try {
                gelezen.add(new Gelezen(regel, lees(r)));
            } catch (RuntimeException e) {
                telling.fout(fout(regel, e));
            }
        }
        if (gelezen.size() > 1) {
            try {
                List<Boolean> nieuw = transactie.execute(s -> {
                    List<Boolean> gestart = Enginecommando.inEen(engine, () -> startBlok(gelezen, door));
                    if (gestart == null) {
                        s.setRollbackOnly();
                    }
                    return gestart;
                });
                if (nieuw != null) {
                    nieuw.forEach(telling::tel);
                    return;
                }
            } catch (RuntimeException e) {
                // A line failed in the engine, or the block's writing (its JDBC batches, a flush) or commit failed:
                // do them one by one below, where each failure is reported with its line.
            }
        }
        for (Gelezen g : gelezen) {
            try {
                // Another upload that opened this pupil's dossier or transition at the same moment: the unique key
                // refuses this line, and the second run finds what the other one wrote.
                telling.tel(Botsing.nogEens(() -> transactie.execute(s -> start(g.regel(), door))));
            } catch (RuntimeException e) {
                telling.fout(fout(g.nummer(), e));
            }
        }
    }

    /** How a line that was not started reads in the upload's errors. */
    private static Fout fout(long regel, RuntimeException e) {
        if (e instanceof OngeldigeInvoerException) {
            return new Fout(regel, e.getMessage());
        }
        if (e instanceof DataAccessException) {
            return new Fout(regel, "Niet gestart: een andere upload werkte tegelijk aan deze leerling; "
                    + "upload de regel nog eens.");
        }
        return new Fout(regel, "Niet gestart: " + e.getMessage());
    }

    /** A line of the file read and checked in itself, with its line number. */
    private record Gelezen(long nummer, Regel regel) {
    }

    /**
     * The block's lines; null as soon as a line is refused (another school's pupil, the BSN of another pupil, no
     * model: EenPlan's own refusals), so the caller rolls the block back without the engine logging a refusal as an
     * error of its own.
     */
    private List<Boolean> startBlok(List<Gelezen> blok, String door) {
        // The block's new dossiers are written together once every line has found or opened its own, its transitions
        // at its end, with plain JDBC in one batch per table (dossier.Nieuwedossiers, Nieuweoverstappen). So a line
        // does not see what an earlier line of the block opened: the same pupil twice in one block opens two dossiers
        // (or, with a dossier found open, two transitions), which the unique key refuses when they are written, and
        // the block is redone line by line. What else the block changes through Hibernate is flushed at its end, and
        // its lookups do not flush first or check the block's entities for changes.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        List<Boolean> gestart = new ArrayList<>();
        try {
            List<Regel> regels = blok.stream().map(Gelezen::regel).toList();
            // The block's open dossiers in one query and its new dossiers' numbers in one statement; every line's
            // refusals before the first dossier is opened, so a refused block takes no numbers.
            DossierService.Blok gevonden = dossiers.blok(regels.stream().map(Regel::nieuw).toList(), door);
            for (Regel regel : regels) {
                gevonden.open(regel.nieuw()).ifPresent(dossier -> controleerBsn(regel.nieuw(), dossier));
            }
            List<DossierService.OpenDossier> perRegel = new ArrayList<>();
            for (Regel regel : regels) {
                perRegel.add(dossiers.vindOfOpenInBlok(regel.nieuw(), door, gevonden));
            }
            // Written before the processes start, which may read them.
            dossiers.schrijfGeopende(gevonden);
            List<Overstap> nieuw = new ArrayList<>();
            for (int i = 0; i < regels.size(); i++) {
                Optional<Overstap> overstap = overstappen.startInBlok(perRegel.get(i), regels.get(i).soort(),
                        regels.get(i).schooljaar());
                overstap.ifPresent(nieuw::add);
                gestart.add(overstap.isPresent());
            }
            nieuweOverstappen.schrijf(nieuw);
        } catch (OngeldigeInvoerException | NietGevondenException | NietMogelijkException e) {
            return null;
        }
        entityManager.flush();
        entityManager.clear();
        return gestart;
    }

    /** How far an upload got: lines done, started, skipped (started before), and the lines with errors. */
    private static final class Telling {
        final int regels;
        int verwerkt;
        int gestart;
        int overgeslagen;
        final List<Fout> fouten = new ArrayList<>();

        Telling(int regels) {
            this.regels = regels;
        }

        synchronized void tel(Boolean nieuw) {
            if (Boolean.TRUE.equals(nieuw)) {
                gestart++;
            } else {
                overgeslagen++;
            }
        }

        synchronized void fout(Fout fout) {
            fouten.add(fout);
        }

        /** Counts lines done; answers whether the progress is worth saving (every 50 lines, not the last). */
        synchronized boolean verwerkt(int aantal) {
            int voor = verwerkt;
            verwerkt += aantal;
            return verwerkt / 50 != voor / 50 && verwerkt < regels;
        }
    }

    /** A line read and checked: the pupil as their new dossier would hold them, the transition and school year. */
    private record Regel(NieuwDossier nieuw, Overstapsoort soort, String schooljaar) {
    }

    private Regel lees(CSVRecord r) {
        if (r.size() != KOLOMMEN.length) {
            throw new OngeldigeInvoerException("regel", "Verwacht " + KOLOMMEN.length + " kolommen, gevonden " + r.size() + ".");
        }
        Overstapsoort soort = waarde(Overstapsoort.class, r.get("overstap"), "overstap", "PO_VO of VO_MBO");
        Onderwijssoort onderwijssoort = waarde(Onderwijssoort.class, r.get("onderwijssoort"), "onderwijssoort",
                "PO, SO, VO, VSO of MBO");
        LocalDate geboren;
        int leerjaar;
        try {
            geboren = LocalDate.parse(r.get("geboortedatum"));
            leerjaar = Integer.parseInt(r.get("leerjaar"));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new OngeldigeInvoerException("regel", "Geboortedatum (JJJJ-MM-DD) of leerjaar (getal) is ongeldig.");
        }
        NieuwDossier nieuw = new NieuwDossier(new NieuwDossier.Leerling(r.get("voornaam"), leeg(r.get("tussenvoegsel")),
                r.get("achternaam"), geboren, leeg(r.get("bsn")), r.get("schoolBrin"), onderwijssoort, leerjaar, List.of()), null);
        Set<ConstraintViolation<NieuwDossier>> fouten = validator.validate(nieuw);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("regel", fouten.stream().map(ConstraintViolation::getMessage).sorted()
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
        OverstapService.controleerSchooljaar(r.get("schooljaar"));
        return new Regel(nieuw, soort, r.get("schooljaar"));
    }

    /** Starts a line's overstap on its own (see startBlok for a block's lines). */
    private Boolean start(Regel regel, String door) {
        NieuwDossier nieuw = regel.nieuw();
        // The pupil's open dossier at this school, or a new one; other schools' dossiers are not looked at.
        DossierService.OpenDossier dossier = dossiers.vindOfOpen(nieuw, door);
        if (!dossier.nieuw()) {
            controleerBsn(nieuw, dossier);
        }
        String nummer = dossier.nummer();
        if (dossier.nieuw()) {
            // Opened just now: it has no transition to look for.
            overstappen.startVoorNieuwDossier(nummer, regel.soort(), regel.schooljaar());
            return true;
        }
        return overstappen.start(nummer, regel.soort(), regel.schooljaar()).isPresent();
    }

    /** A mistyped BSN that passes the elfproef must not attach a line to another child's open dossier. */
    private static void controleerBsn(NieuwDossier nieuw, DossierService.OpenDossier bestaand) {
        if (nieuw.leerling().bsn() != null && (!bestaand.geboortedatum().equals(nieuw.leerling().geboortedatum())
                || !bestaand.naam().toLowerCase().contains(nieuw.leerling().achternaam().toLowerCase()))) {
            throw new OngeldigeInvoerException("bsn", "Het BSN hoort bij een andere leerling van deze school in "
                    + "EenPlan (naam of geboortedatum verschilt); controleer de regel.");
        }
    }

    private static <E extends Enum<E>> E waarde(Class<E> soort, String tekst, String kolom, String keuze) {
        try {
            return Enum.valueOf(soort, tekst);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OngeldigeInvoerException(kolom, "Kolom " + kolom + ": '" + tekst + "' is ongeldig; kies " + keuze + ".");
        }
    }

    /**
     * Saves the progress for the uploader to see. Keeps at most 500 line errors, in line order (the column
     * holds 100,000 characters); the count of the rest is kept. One worker at a time.
     */
    private void bewaarVoortgang(Long id, Telling telling, boolean klaar) {
        synchronized (telling) {
            List<Fout> bewaard = new ArrayList<>(telling.fouten);
            bewaard.sort(java.util.Comparator.comparingLong(Fout::regel));
            if (bewaard.size() > 500) {
                int rest = bewaard.size() - 500;
                bewaard = new ArrayList<>(bewaard.subList(0, 500));
                bewaard.add(new Fout(0, "En nog " + rest + " regels met fouten."));
            }
            try {
                String tekst = json.writeValueAsString(bewaard);
                transactie.executeWithoutResult(s -> imports.findById(id).orElseThrow()
                        .voortgang(Math.min(telling.verwerkt, telling.regels), telling.gestart, telling.overgeslagen, tekst, klaar));
            } catch (JsonProcessingException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(CohortService.class).error("Voortgang van upload {} niet bewaard", id, e);
            }
        }
    }

    private static String kolom(CSVRecord r, String kolom) {
        return r.isMapped(kolom) && r.isSet(kolom) ? r.get(kolom).trim() : "";
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
