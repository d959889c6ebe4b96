package nl.eenplan.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.eenplan.dossier.proces.Dossierprocessen;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.security.Toegang;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens and reads pupils' dossiers. The one way other capabilities reach the dossier. */
@Service
@Transactional
public class DossierService {

    private final DossierRepository dossiers;
    private final SchoolService scholen;
    private final AfspraakRepository afspraken;
    private final GebruikerService gebruikers;
    private final Toegang toegang;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Dossierprocessen processen;
    private final Clock clock;
    private final Dossierlijst lijst;
    private final Dossiernummers nummers;
    private final Nieuwedossiers nieuweDossiers;

    DossierService(DossierRepository dossiers, SchoolService scholen, AfspraakRepository afspraken,
                   GebruikerService gebruikers, Toegang toegang,
                   org.springframework.context.ApplicationEventPublisher events,
                   Dossierprocessen processen, Clock clock, Dossierlijst lijst, Dossiernummers nummers,
                   Nieuwedossiers nieuweDossiers) {
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.afspraken = afspraken;
        this.gebruikers = gebruikers;
        this.toegang = toegang;
        this.events = events;
        this.processen = processen;
        this.clock = clock;
        this.lijst = lijst;
        this.nummers = nummers;
        this.nieuweDossiers = nieuweDossiers;
    }

    /**
     * Opens a dossier; the caller becomes its zorgcoördinator unless another one is named. A pupil has one open
     * dossier per school: when there is one, it is refused (409) with its number. Another school's dossiers are not
     * looked at, so nothing is said about them.
     */
    public DossierView open(NieuwDossier nieuw, String aanvrager) {
        School school = eigenSchool(nieuw.leerling());
        Optional<Dossier> bestaand = dossiers.open(sleutel(school, nieuw.leerling()));
        if (bestaand.isPresent()) {
            throw new NietMogelijkException("Deze leerling heeft bij school " + school.getBrin() + " al een open dossier: "
                    + bestaand.get().getNummer() + ".");
        }
        return DossierView.van(maak(nieuw, aanvrager, school, null));
    }

    /** A pupil's open dossier at a school, as a class upload finds or opens it. */
    public record OpenDossier(String nummer, boolean nieuw, String naam, java.time.LocalDate geboortedatum,
                              Routeringsgegevens routering) {

        static OpenDossier van(String nummer, boolean nieuw, Leerling l, String zorgcoordinator) {
            return new OpenDossier(nummer, nieuw, l.volledigeNaam(), l.getGeboortedatum(),
                    Routeringsgegevens.van(nummer, l, zorgcoordinator));
        }

        static OpenDossier van(Dossier dossier, boolean nieuw) {
            return van(dossier.getNummer(), nieuw, dossier.getLeerling(), dossier.getZorgcoordinator());
        }
    }

    /**
     * The pupil's open dossier at the school of the line, or a new one: by BSN, or without BSN by name and birth
     * date ({@link Dossier#sleutel}). Only the user's own school is looked in.
     */
    public OpenDossier vindOfOpen(NieuwDossier nieuw, String aanvrager) {
        return vindOfOpen(nieuw, aanvrager, null);
    }

    /**
     * The pupils of a class upload's block of lines, looked up together in the block's transaction: their open
     * dossiers in one query (by the key the database keeps unique per open dossier, {@link Dossier#sleutel}) and, when
     * the first of them is opened, a number for each dossier the block opens in one statement ({@link Dossiernummers}),
     * instead of a query and a number per line (issue #25). The schools and the owner are checked here, so a block
     * refused for them (another school's pupil) takes no numbers. Then {@link #vindOfOpenInBlok} per line, and
     * {@link #schrijfGeopende} once. Pupils as a class file names them: without parents or address.
     */
    public Blok blok(List<NieuwDossier> nieuwe, String aanvrager) {
        Map<String, School> perBrin = new HashMap<>();
        Set<String> eigenaren = new HashSet<>();
        List<String> sleutels = new ArrayList<>();
        for (NieuwDossier nieuw : nieuwe) {
            School school = perBrin.computeIfAbsent(nieuw.leerling().schoolBrin(), b -> eigenSchool(nieuw.leerling()));
            String eigenaar = eigenaar(nieuw, aanvrager);
            if (eigenaren.add(eigenaar + "|" + school.getBrin())) {
                controleerEigenaar(eigenaar, school.getBrin(), "zorgcoordinator");
            }
            sleutels.add(sleutel(school, nieuw.leerling()));
        }
        Map<String, OpenDossier> open = new HashMap<>();
        if (!sleutels.isEmpty()) {
            for (Object[] rij : dossiers.openMetSleutels(new HashSet<>(sleutels))) {
                open.put((String) rij[3], OpenDossier.van(Dossier.nummer((Long) rij[0], (java.time.Instant) rij[1]),
                        false, (Leerling) rij[4], (String) rij[2]));
            }
        }
        int teOpenen = (int) sleutels.stream().filter(k -> !open.containsKey(k)).count();
        return new Blok(perBrin, eigenaren, open, teOpenen, nummers);
    }

    /**
     * What {@link #blok} found: the block's open dossiers by key, and the numbers for those it opens; the dossiers
     * opened in it until {@link #schrijfGeopende} writes them.
     */
    public static final class Blok {
        private final Map<String, School> perBrin;
        /** The owners checked for each school, as "owner|BRIN". */
        private final Set<String> eigenaren;
        private final Map<String, OpenDossier> open;
        private final int teOpenen;
        private final Dossiernummers nummers;
        private java.util.Deque<Long> gereserveerd;
        private final List<Dossier> geopend = new ArrayList<>();

        private Blok(Map<String, School> perBrin, Set<String> eigenaren, Map<String, OpenDossier> open, int teOpenen,
                     Dossiernummers nummers) {
            this.perBrin = perBrin;
            this.eigenaren = eigenaren;
            this.open = open;
            this.teOpenen = teOpenen;
            this.nummers = nummers;
        }

        /** The pupil's open dossier at the school of the line, if the block found one (the line is one of its own). */
        public Optional<OpenDossier> open(NieuwDossier nieuw) {
            return Optional.ofNullable(open.get(sleutel(school(nieuw), nieuw.leerling())));
        }

        /** The school of a line of the block, checked by {@link #blok}; a pupil the block was not given is refused. */
        private School school(NieuwDossier nieuw) {
            School school = perBrin.get(nieuw.leerling().schoolBrin());
            if (school == null) {
                throw new IllegalArgumentException("Not a pupil of this block");
            }
            return school;
        }

        /** The next new dossier's number: at the first, the numbers of all the block opens, in one statement. */
        private long nummer() {
            if (gereserveerd == null) {
                gereserveerd = nummers.volgende(teOpenen);
            }
            Long nummer = gereserveerd.poll();
            return nummer != null ? nummer : nummers.volgende();
        }
    }

    /**
     * As {@link #vindOfOpen}, for a caller that opens many pupils' dossiers in one transaction (a class upload's block
     * of lines, found first with {@link #blok}, which checked their schools and owner): a new dossier is written by
     * {@link #schrijfGeopende}, in one batch with the others, not at once. So a second line for the same pupil in that
     * transaction does not find the first one's dossier and opens another, which the unique key (one open dossier per
     * pupil per school) refuses when they are written: the caller then redoes its lines one by one, each with
     * {@link #vindOfOpen} (nl.eenplan.overstap.CohortService does).
     */
    public OpenDossier vindOfOpenInBlok(NieuwDossier nieuw, String aanvrager, Blok blok) {
        return vindOfOpen(nieuw, aanvrager, Objects.requireNonNull(blok));
    }

    /**
     * Writes the dossiers the block opened ({@link #vindOfOpenInBlok}) with plain JDBC, one batch per table
     * ({@link Nieuwedossiers}), and then says they opened ({@link DossierGeopend}). The caller calls it before anything
     * in its transaction reads them.
     */
    public void schrijfGeopende(Blok blok) {
        nieuweDossiers.schrijf(blok.geopend);
        blok.geopend.forEach(d -> events.publishEvent(new DossierGeopend(d.getNummer(), false)));
        blok.geopend.clear();
    }

    private OpenDossier vindOfOpen(NieuwDossier nieuw, String aanvrager, Blok blok) {
        // A block's schools were checked by blok(), for the pupils it was given (vindOfOpenInBlok takes no others).
        School school = blok != null ? blok.school(nieuw) : eigenSchool(nieuw.leerling());
        Optional<OpenDossier> gevonden = blok != null ? blok.open(nieuw)
                : dossiers.open(sleutel(school, nieuw.leerling())).map(d -> OpenDossier.van(d, false));
        return gevonden.orElseGet(() -> OpenDossier.van(maak(nieuw, aanvrager, school, blok), true));
    }

    /**
     * The pupil's open dossier at this school, found as a class file or an export of the school's LAS names the pupil:
     * by BSN, or without BSN by name and birth date ({@link Dossier#sleutel}); never opens one. Empty when the pupil
     * has no open dossier there. The caller checked that the user works for the school.
     */
    @Transactional(readOnly = true)
    public Optional<OpenDossier> vindOpen(String brin, String bsn, String voornaam, String tussenvoegsel,
                                          String achternaam, java.time.LocalDate geboortedatum) {
        return dossiers.open(Dossier.sleutel(brin, blankAlsNull(bsn), voornaam, tussenvoegsel, achternaam, geboortedatum))
                .map(d -> OpenDossier.van(d, false));
    }

    /** The pupil's school, which must be one the user works for: another school's pupils are not looked for. */
    private School eigenSchool(NieuwDossier.Leerling l) {
        School school = scholen.opBrin(l.schoolBrin()).orElseThrow(() -> new OngeldigeInvoerException(
                "leerling.schoolBrin", "Er is geen school met BRIN-nummer " + l.schoolBrin() + "."));
        toegang.controleerSchool(school.getBrin(), () -> new OngeldigeInvoerException("leerling.schoolBrin",
                "Je werkt niet voor school " + school.getBrin() + ": open het dossier bij je eigen school."));
        return school;
    }

    /**
     * Refuses (400, on field {@code veld}) a user who may not own dossiers of this school: someone who does not exist,
     * is not in the group zorgcoördinatoren or does not work at the school.
     */
    public void controleerEigenaar(String gebruiker, String brin, String veld) {
        if (!gebruikers.bestaat(gebruiker)) {
            throw new OngeldigeInvoerException(veld, "Er is geen gebruiker '" + gebruiker + "'.");
        }
        if (!gebruikers.isLidVan(gebruiker, Groepen.ZORGCOORDINATOR)) {
            throw new OngeldigeInvoerException(veld,
                    "Kies als eigenaar van het dossier een gebruiker uit de groep zorgcoördinatoren; '"
                            + gebruiker + "' is dat niet.");
        }
        if (!gebruikers.hoortBijSchool(gebruiker, brin)) {
            throw new OngeldigeInvoerException(veld, "Kies als eigenaar een zorgcoördinator van school "
                    + brin + "; '" + gebruiker + "' werkt daar niet.");
        }
    }

    private static String sleutel(School school, NieuwDossier.Leerling l) {
        return Dossier.sleutel(school.getBrin(), blankAlsNull(l.bsn()), l.voornaam(), l.tussenvoegsel(), l.achternaam(),
                l.geboortedatum());
    }

    /** The zorgcoördinator a new dossier gets: the one named, else the one who opens it. */
    private static String eigenaar(NieuwDossier nieuw, String aanvrager) {
        String genoemd = nieuw.zorgcoordinator();
        return genoemd == null || genoemd.isBlank() ? aanvrager : genoemd;
    }

    /**
     * Opens the dossier: written at once through Hibernate, or with a block ({@link #blok}) by
     * {@link #schrijfGeopende}, with plain JDBC. Its number comes from the block, or else from the sequence once the
     * checks passed.
     */
    private Dossier maak(NieuwDossier nieuw, String aanvrager, School school, Blok blok) {
        NieuwDossier.Leerling l = nieuw.leerling();
        String zorgcoordinator = eigenaar(nieuw, aanvrager);
        if (blok == null || !blok.eigenaren.contains(zorgcoordinator + "|" + school.getBrin())) {
            // A block's owners were checked once per school by blok().
            controleerEigenaar(zorgcoordinator, school.getBrin(), "zorgcoordinator");
        }

        Leerling leerling = new Leerling(l.voornaam().trim(), blankAlsNull(l.tussenvoegsel()), l.achternaam().trim(),
                l.geboortedatum(), blankAlsNull(l.bsn()), school, l.onderwijssoort(), l.leerjaar());
        leerling.legStartkwalificatieVast(Boolean.TRUE.equals(l.startkwalificatie()));
        if (l.woonadres() != null) {
            leerling.woontOp(l.woonadres().alsWoonadres());
        }
        if (l.ouders() != null) {
            l.ouders().forEach(o -> leerling.voegOuderToe(
                    new Ouder(o.naam().trim(), o.relatie(), blankAlsNull(o.telefoon()), blankAlsNull(o.email()),
                            o.gezag(), Boolean.TRUE.equals(o.informatieBeperkt()))));
        }
        if (blok != null) {
            if (l.ouders() != null && !l.ouders().isEmpty() || l.woonadres() != null) {
                // Nieuwedossiers writes a pupil as a class file names them.
                throw new IllegalArgumentException("A block opens pupils without parents or address");
            }
            // Written with the block's other new dossiers, and said to have opened then (schrijfGeopende).
            Dossier dossier = new Dossier(blok.nummer(), leerling, zorgcoordinator, clock.instant());
            blok.geopend.add(dossier);
            return dossier;
        }
        // Written now: when another request opened this pupil's dossier at the same moment, the unique key refuses
        // this one here, and the caller asks again (Botsing) and finds that dossier.
        Dossier dossier = dossiers.saveAndFlush(
                new Dossier(nummers.volgende(), leerling, zorgcoordinator, clock.instant()));
        events.publishEvent(new DossierGeopend(dossier.getNummer(), !leerling.getOuders().isEmpty()));
        return dossier;
    }

    @Transactional(readOnly = true)
    public DossierView haalOp(String nummer) {
        return DossierView.van(vind(nummer));
    }

    /**
     * One page (from 1) of the dossiers of the user's schools that match {@code zoek}: a dossier number (2026-00042, or
     * the digits after the dash) finds that dossier, other text the pupils whose full name contains it (any case);
     * empty finds all. For the page Leerlingen open dossiers first, then newest first, a search by name counted up to
     * {@link Dossierpagina#TELGRENS} past the page; for the API newest first, counted exactly. At most
     * three queries, whatever the number of pupils (the user's school ids, the page's lines, their count), each reading
     * the page from an index in list order ({@link Dossierlijst}). A user never finds a pupil of another school here:
     * the schools are part of the query.
     */
    @Transactional(readOnly = true)
    public Dossierpagina zoek(String zoek, int pagina, Dossierpagina.Voor voor) {
        if (pagina < 1) {
            throw new OngeldigeInvoerException("pagina", "Kies pagina 1 of hoger.");
        }
        if (pagina > Dossierpagina.MEESTE) {
            // Beyond this the page's offset no longer fits the query (Spring Data refuses it): no list is that long.
            throw new OngeldigeInvoerException("pagina", "Zo veel pagina's zijn er niet; kies een lager paginanummer.");
        }
        Zoekterm term = Zoekterm.van(zoek);
        Dossierlijst.Vraag vraag = term.vraag(toegang.zicht(), lijst);
        boolean leerlingen = voor == Dossierpagina.Voor.LEERLINGEN;
        Dossierlijst.Gevonden gevonden = lijst.pagina(vraag, leerlingen ? Dossierlijst.Volgorde.OPEN_EERST
                : Dossierlijst.Volgorde.NIEUWSTE_EERST, (pagina - 1) * Dossierpagina.GROOTTE, Dossierpagina.GROOTTE,
                leerlingen ? Dossierpagina.TELGRENS : null);
        List<DossierSamenvatting> regels = gevonden.regels();
        if (term.heelNummer()) {
            regels = regels.stream().filter(d -> term.past(d.nummer())).toList();
            return new Dossierpagina(regels, pagina, regels.isEmpty() ? 0 : 1, regels.size(), false);
        }
        int paginas = (int) ((gevonden.totaal() + Dossierpagina.GROOTTE - 1) / Dossierpagina.GROOTTE);
        return new Dossierpagina(regels, pagina, paginas, gevonden.totaal(), gevonden.meer());
    }

    /**
     * The numbers of at most {@code maximaal} dossiers of the user's schools that match {@code zoek} as on the page
     * Leerlingen (a dossier number, or part of a pupil's name), open first: for Mijn werk's search past its first
     * tasks (issue #25). One query, reading the pupil list's index up to the limit and one more. The numbers only
     * select the user's own tasks; they are shown nowhere by themselves.
     */
    @Transactional(readOnly = true)
    public PassendeDossiers passend(String zoek, int maximaal) {
        Zoekterm term = Zoekterm.van(zoek);
        if (term.deelVanNummer()) {
            return new PassendeDossiers(List.of(), false, true, true);
        }
        Toegang.Zicht zicht = toegang.zicht();
        Dossierlijst.Vraag vraag = term.vraag(zicht, lijst);
        List<String> nummers = lijst.nummers(vraag, maximaal + 1).stream().filter(term::past).toList();
        return new PassendeDossiers(nummers.subList(0, Math.min(maximaal, nummers.size())), nummers.size() > maximaal,
                zicht.alles() || vraag.scholen().size() == zicht.scholen().size(), false);
    }

    /**
     * Dossier numbers that match a search; {@code meer}: more dossiers match than these; {@code alleenScholen}: every
     * tenant the user works in is a school, so these are all the pupils whose tasks the user can have (a gemeente's
     * tenant, a leerplichtambtenaar's, holds tasks for pupils of schools the user does not work for);
     * {@code deelVanNummer}: the text is part of a dossier number ("2026-0004"), which names no pupil here (none
     * looked up): a whole number, or the digits after the dash, does.
     */
    public record PassendeDossiers(List<String> nummers, boolean meer, boolean alleenScholen, boolean deelVanNummer) {
    }

    /**
     * What a search of the pupil list asks for: a dossier number (2026-00042, or the digits after the dash: that
     * dossier), other text the pupils whose full name contains it (any case, as a LIKE pattern), empty everything.
     */
    private record Zoekterm(String tekst, Long id, boolean heelNummer, String patroon) {

        static Zoekterm van(String zoek) {
            String term = zoek == null ? "" : zoek.strip();
            if (term.chars().anyMatch(Character::isISOControl)) {
                throw new OngeldigeInvoerException("zoek",
                        "Zoek op een dossiernummer of (een deel van) een naam, zonder tabs of andere stuurtekens.");
            }
            Long id = Dossier.idUitNummer(term);
            boolean heelNummer = id != null;
            if (id == null && term.matches("\\d{1,12}")) {
                id = Long.valueOf(term);
            }
            String patroon = "%" + term.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            return new Zoekterm(term, id, heelNummer, term.isEmpty() ? null : patroon);
        }

        /** The question for the pupil list in the schools the user sees (by id: the list's index is on it). */
        Dossierlijst.Vraag vraag(Toegang.Zicht zicht, Dossierlijst lijst) {
            Map<Long, String> scholen = zicht.alles() ? Map.of() : lijst.scholen(zicht.scholenVoorQuery());
            return new Dossierlijst.Vraag(zicht.alles(), scholen, id, patroon);
        }

        /** A whole number names its year too: 2025-00042 is not dossier 2026-00042. */
        boolean past(String nummer) {
            return !heelNummer || nummer.equals(tekst);
        }

        /** Digits with a dash that are no whole dossier number: "2026-0004", "2026-", "-00042". */
        boolean deelVanNummer() {
            return !heelNummer && tekst.matches("\\d{0,4}-\\d{0,12}");
        }
    }

    /**
     * All dossiers of the schools the user works for, newest first, unpaged: for the demo data only (a handful of
     * pupils). Lists for people are {@link #zoek}'s pages.
     */
    @Transactional(readOnly = true)
    public List<DossierSamenvatting> lijst() {
        Toegang.Zicht zicht = toegang.zicht();
        List<Dossier> gevonden = zicht.alles() ? dossiers.findAllByOrderByIdDesc()
                : dossiers.findByLeerlingSchoolBrinInOrderByIdDesc(zicht.scholenVoorQuery());
        return gevonden.stream().map(DossierSamenvatting::van).toList();
    }

    /**
     * Refuses (404, as if it did not exist) a dossier of a school the signed-in user does not work for.
     * Every API path with a dossier number passes here ({@link DossierToegang}), and every endpoint that
     * reaches a dossier through another record (an agreement, a report) calls it.
     */
    @Transactional(readOnly = true)
    public void controleerToegang(String nummer) {
        controleerToegang(nummer, () -> new NietGevondenException("Er is geen dossier met nummer " + nummer + "."));
    }

    /** As {@link #controleerToegang(String)}, refusing with the caller's own 404 (of the record that led here). */
    @Transactional(readOnly = true)
    public void controleerToegang(String nummer, Supplier<? extends RuntimeException> nietGevonden) {
        toegang.controleerSchool(vind(nummer).getLeerling().getSchool().getBrin(), nietGevonden);
    }

    /**
     * The routing facts a process may carry for this dossier: ids only, no care details.
     */
    @Transactional(readOnly = true)
    public Routeringsgegevens routeringsgegevens(String nummer) {
        Dossier d = vind(nummer);
        return Routeringsgegevens.van(d.getNummer(), d.getLeerling(), d.getZorgcoordinator());
    }

    /** The pupil's identity and school, for escalations to leerplicht (no care details). */
    @Transactional(readOnly = true)
    public Leerlingidentiteit identiteit(String nummer) {
        return identiteit(vind(nummer));
    }

    private static Leerlingidentiteit identiteit(Dossier d) {
        return identiteit(d.getNummer(), d.getZorgcoordinator(), d.getLeerling());
    }

    private static Leerlingidentiteit identiteit(String nummer, String zorgcoordinator, Leerling l) {
        return new Leerlingidentiteit(nummer, l.volledigeNaam(), l.getGeboortedatum(),
                l.getBsn(), l.getSchool().getBrin(), l.getSchool().getNaam(), l.getSchool().getGemeente(),
                l.getOnderwijssoort(), zorgcoordinator, l.isStartkwalificatie(),
                l.getSchool().getGemeentecode(), l.woonadres().map(Woonadres::getGemeentecode).orElse(null));
    }

    /** A pupil a file names, to find their open dossier at a school: by BSN, or without one by name and birth date. */
    public record Gezocht(String bsn, String voornaam, String tussenvoegsel, String achternaam,
                          java.time.LocalDate geboortedatum) {
    }

    /**
     * As {@link #vindOpen(String, String, String, String, String, java.time.LocalDate)} for many pupils of school
     * {@code brin} at once (a block of a daily absence file): one query for the whole list, by the key the database
     * keeps unique per open dossier (Dossier.sleutel: the BSN, or else name and birth date). Each pupil found, with
     * their identity; a pupil without an open dossier at that school is not in the answer. Another school's dossiers
     * are never found.
     */
    @Transactional(readOnly = true)
    public Map<Gezocht, Leerlingidentiteit> vindOpen(String brin, Collection<Gezocht> gezocht) {
        Map<String, List<Gezocht>> perSleutel = new HashMap<>();
        for (Gezocht g : gezocht) {
            perSleutel.computeIfAbsent(Dossier.sleutel(brin, blankAlsNull(g.bsn()), g.voornaam(), g.tussenvoegsel(),
                    g.achternaam(), g.geboortedatum()), k -> new ArrayList<>()).add(g);
        }
        Map<Gezocht, Leerlingidentiteit> gevonden = new HashMap<>();
        if (perSleutel.isEmpty()) {
            return gevonden;
        }
        for (Object[] rij : dossiers.openMetSleutels(perSleutel.keySet())) {
            Leerlingidentiteit identiteit = identiteit(Dossier.nummer((Long) rij[0], (java.time.Instant) rij[1]),
                    (String) rij[2], (Leerling) rij[4]);
            perSleutel.getOrDefault((String) rij[3], List.of()).forEach(g -> gevonden.put(g, identiteit));
        }
        return gevonden;
    }

    /**
     * The identity of each pupil in {@code nummers} that exists, by dossier number: the names and schools a task list
     * shows next to tasks the user may already work on (Tasklist shows only the number, for privacy in the engine).
     */
    @Transactional(readOnly = true)
    public Map<String, Leerlingidentiteit> identiteiten(Collection<String> nummers) {
        Set<String> gevraagd = new HashSet<>(nummers);
        List<Long> ids = gevraagd.stream().map(Dossier::idUitNummer).filter(Objects::nonNull).distinct().toList();
        Map<String, Leerlingidentiteit> gevonden = new HashMap<>();
        if (ids.isEmpty()) {
            return gevonden;
        }
        List<Object[]> kopjes = dossiers.kopjes(ids);
        if (kopjes.isEmpty()) {
            return gevonden;
        }
        Map<Long, Leerling> leerlingen = new HashMap<>();
        dossiers.leerlingenMetSchool(kopjes.stream().map(k -> (Long) k[3]).toList())
                .forEach(l -> leerlingen.put(l.getId(), l));
        for (Object[] kopje : kopjes) {
            String nummer = Dossier.nummer((Long) kopje[0], (java.time.Instant) kopje[1]);
            if (gevraagd.contains(nummer)) {
                gevonden.put(nummer, identiteit(nummer, (String) kopje[2], leerlingen.get((Long) kopje[3])));
            }
        }
        return gevonden;
    }

    /** Adds goals to the one plan of the pupil (a handelingsplan, an MDO, an arrangement). */
    public List<Long> voegDoelenToe(String nummer, List<String> omschrijvingen) {
        Dossier d = vind(nummer);
        // Process time (the engine's clock), as the intake and every other step of the chain.
        java.time.Instant nu = clock.instant();
        List<Doel> doelen = omschrijvingen.stream().map(o -> new Doel(o.trim(), nu)).toList();
        doelen.forEach(d.getPlan()::voegDoelToe);
        dossiers.flush();
        return doelen.stream().map(Doel::getId).toList();
    }

    /** Records agreements in the pupil's plan; answers their ids in the order given. */
    public List<Long> voegAfsprakenToe(String nummer, List<NieuweAfspraak> nieuw, String herkomst) {
        Dossier d = vind(nummer);
        List<Afspraak> afspraken = nieuw.stream().map(a -> new Afspraak(a.wat().trim(), a.eigenaar().trim(),
                Boolean.TRUE.equals(a.groep()), a.deadline(), herkomst).metGezin(Boolean.TRUE.equals(a.metGezin())))
                .toList();
        afspraken.forEach(d::voegAfspraakToe);
        dossiers.flush();
        return afspraken.stream().map(Afspraak::getId).toList();
    }

    /** Changes the status of a goal of the pupil's plan (an MDO or evaluation decides it). */
    public void wijzigDoel(String nummer, Long doelId, Doel.Status status) {
        Dossier d = vind(nummer);
        d.getPlan().getDoelen().stream().filter(doel -> doel.getId().equals(doelId)).findFirst()
                .orElseThrow(() -> new OngeldigeInvoerException("doelen", "Het plan van dossier " + nummer
                        + " heeft geen doel " + doelId + "."))
                .wijzigStatus(status);
    }

    /** An agreement of one of the user's schools; the audit names its dossier also when it is refused. */
    @Transactional(readOnly = true)
    public AfspraakMetDossier afspraak(Long id) {
        Afspraak a = afspraken.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen afspraak " + id + "."));
        Audit.betreftDossier(a.getDossier().getNummer());
        if (!toegang.zicht().omvat(a.getDossier().getLeerling().getSchool().getBrin())) {
            throw new NietGevondenException("Er is geen afspraak " + id + ".");
        }
        return new AfspraakMetDossier(a.getDossier().getNummer(), DossierView.AfspraakView.van(a));
    }

    /** An agreement is done, or cancelled with a reason. */
    public void rondAfspraakAf(Long id, Afspraak.Status status, String reden, String door, java.time.Instant op) {
        Afspraak a = afspraken.findById(id)
                .orElseThrow(() -> new NietGevondenException("Er is geen afspraak " + id + "."));
        if (a.getStatus() != Afspraak.Status.OPEN) {
            throw new nl.eenplan.web.NietMogelijkException("Afspraak " + id + " is al " + a.getStatus() + ".");
        }
        a.rondAf(status, reden, door, op);
    }

    /**
     * Closes the dossier when the school's care for the pupil ends. Not while a process for the pupil
     * runs: finish or stop it first, so nothing is left waiting on a closed dossier.
     */
    public DossierView sluit(String nummer, String reden) {
        Dossier d = vind(nummer);
        if (d.getStatus() == Dossier.Status.GESLOTEN) {
            throw new nl.eenplan.web.NietMogelijkException("Dossier " + nummer + " is al gesloten.");
        }
        // What only exists while the dossier is open (the task to confirm gezag) ends first; undone if refused below.
        events.publishEvent(new DossierWordtGesloten(nummer));
        long lopendeProcessen = processen.lopend(nummer);
        if (lopendeProcessen > 0) {
            throw new nl.eenplan.web.NietMogelijkException("Voor dossier " + nummer + " lopen nog " + lopendeProcessen
                    + " processen (aanmelding, MDO, arrangement, overstap, verzuim of leerplicht). Rond ze af of stop ze "
                    + "eerst.");
        }
        d.sluit(reden.trim(), clock.instant());
        return DossierView.van(d);
    }

    // ---- changing school (package nl.eenplan.schoolwissel): the plan goes with the pupil, the old dossier closes

    /**
     * The open dossiers of the pupil with this BSN at schools other than {@code nietBrin}: the school the pupil leaves
     * when enrolling there, found the way an admission finds it (ToelatingService.dossierWordtGesloten). No access check:
     * the caller decides what the user hears of them.
     */
    @Transactional(readOnly = true)
    public List<Leerlingidentiteit> openElders(String bsn, String nietBrin) {
        if (bsn == null || bsn.isBlank()) {
            return List.of();
        }
        return dossiers.openMetBsn(bsn.trim()).stream()
                .filter(d -> !d.getLeerling().getSchool().getBrin().equals(nietBrin))
                .map(DossierService::identiteit).toList();
    }

    /** Whether the pupil left this dossier's school for another one (then the dossier is read-only); empty if not. */
    @Transactional(readOnly = true)
    public Optional<DossierView.OvergestaptView> overgestapt(String nummer) {
        return zoek(nummer).filter(d -> d.getOvergestaptNaar() != null)
                .map(d -> new DossierView.OvergestaptView(d.getOvergestaptNaar(), d.getOvergestaptOp()));
    }

    /**
     * The answer to a change of the dossier of a pupil who changed school (409, through every door that names the
     * dossier: dossier.DossierToegang); empty when the pupil did not change school from here.
     */
    @Transactional(readOnly = true)
    public Optional<String> alleenTeLezen(String nummer) {
        return zoek(nummer).filter(d -> d.getOvergestaptNaar() != null).map(d -> "Deze leerling is overgestapt naar "
                + scholen.opBrin(d.getOvergestaptNaar()).map(School::getNaam).orElse("een andere school") + " ("
                + d.getOvergestaptNaar() + ") op " + d.getOvergestaptOp() + "; het dossier is alleen nog te lezen.");
    }

    /**
     * {@link DossierToegang}'s two checks of a path's dossier in one transaction, so the dossier is read once per
     * request there: 404 for a pupil of another school, then {@link #alleenTeLezen}.
     */
    @Transactional(readOnly = true)
    public Optional<String> controleerToegangVoorPad(String nummer) {
        controleerToegang(nummer);
        return alleenTeLezen(nummer);
    }

    /**
     * For the doors by record id (/api/arrangementen/{id}/..., /api/tlvs/{id}/...), which DossierToegang does not see:
     * a dossier the pupil left for another school is written by no one (409, as under /api/dossiers/{nummer}).
     */
    @Transactional(readOnly = true)
    public void controleerSchrijven(String nummer) {
        alleenTeLezen(nummer).ifPresent(m -> {
            throw new NietMogelijkException(m);
        });
    }

    /** How much of the plan and the family went along with the pupil. */
    public record Overname(int doelen, int afspraken, int ouders) {
    }

    /**
     * The plan goes with the pupil to the new school's dossier {@code naar} (the onderwijskundig rapport,
     * Gegevensstroom.ONTVANGENDE_SCHOOL; the caller records the flow): every goal with its status, the agreements still
     * open (owned by the new dossier's zorgcoördinator now: the old owner works for the old school, or for jeugdhulp on
     * the old school's consent, which does not travel), and the parents with their gezag, those the new dossier does
     * not have yet by name. Consents do not go along: they were given to the old school.
     */
    public Overname neemOver(String van, String naar) {
        Dossier oud = vind(van);
        Dossier nieuw = vind(naar);
        java.time.Instant nu = clock.instant();
        int doelen = 0;
        for (Doel d : oud.getPlan().getDoelen()) {
            Doel kopie = new Doel(d.getOmschrijving(), nu);
            kopie.wijzigStatus(d.getStatus());
            nieuw.getPlan().voegDoelToe(kopie);
            doelen++;
        }
        String herkomst = "Overgenomen van school " + oud.getLeerling().getSchool().getBrin();
        int afspraken = 0;
        for (Afspraak a : oud.getAfspraken()) {
            if (a.getStatus() == Afspraak.Status.OPEN) {
                nieuw.voegAfspraakToe(new Afspraak(a.getWat(), nieuw.getZorgcoordinator(), false, a.getDeadline(),
                        herkomst));
                afspraken++;
            }
        }
        java.util.Set<String> bekend = new java.util.HashSet<>();
        nieuw.getLeerling().getOuders().forEach(o -> bekend.add(Ouder.naamsleutel(o.getNaam())));
        int ouders = 0;
        for (Ouder o : oud.getLeerling().getOuders()) {
            if (bekend.add(Ouder.naamsleutel(o.getNaam()))) {
                nieuw.getLeerling().voegOuderToe(new Ouder(o.getNaam(), o.getRelatie(), o.getTelefoon(), o.getEmail(),
                        o.getGezag(), o.isInformatieBeperkt()));
                ouders++;
            }
        }
        dossiers.flush();
        return new Overname(doelen, afspraken, ouders);
    }

    /**
     * The pupil enrolled at school {@code naarBrin} on {@code ingeschrevenOp}: the dossier here closes ("Overgestapt
     * naar ..."), only after enrolment elsewhere (the listeners of {@link DossierWordtGesloten} may refuse), and is
     * read-only from now on. The caller ended or moved the school's processes first; what still runs (a verzuimmelding,
     * a meldcode, leerplicht's and the gemeente's own processes) runs on.
     */
    public DossierView stapOver(String nummer, String naarBrin, java.time.LocalDate ingeschrevenOp) {
        Dossier d = vind(nummer);
        if (d.getStatus() == Dossier.Status.GESLOTEN) {
            throw new NietMogelijkException("Dossier " + nummer + " is al gesloten.");
        }
        School naar = scholen.opBrin(naarBrin).orElseThrow(() -> new NietGevondenException(
                "Er is geen school met BRIN-nummer " + naarBrin + "."));
        events.publishEvent(new DossierWordtGesloten(nummer));
        d.stapOver(naar.getBrin(), naar.getNaam(), ingeschrevenOp, clock.instant());
        return DossierView.van(d);
    }

    /**
     * The school records where the pupil lives (from its LAS): escalations to leerplicht go to that gemeente from now on
     * (nl.eenplan.leerplicht.Escalatieroute); a task asking for it ends.
     */
    public DossierView legWoonadresVast(String nummer, NieuwWoonadres adres) {
        Dossier d = vind(nummer);
        d.getLeerling().woontOp(adres.alsWoonadres());
        events.publishEvent(new WoonadresVastgelegd(nummer));
        return DossierView.van(d);
    }

    /**
     * EenPlan needs to know where the pupil lives now (a verzuimmelding or an escalation is routed on it,
     * nl.eenplan.leerplicht.Escalatieroute): when the school has not recorded it, it is asked for it (event
     * {@link WoonadresNodig}). Only then, not for every dossier without an address: most never need one.
     */
    public void woonadresNodig(String nummer) {
        if (vind(nummer).getLeerling().woonadres().isEmpty()) {
            events.publishEvent(new WoonadresNodig(nummer));
        }
    }

    /** The school records whether the pupil has a startkwalificatie (havo, vwo or mbo-2 diploma). */
    public DossierView legStartkwalificatieVast(String nummer, boolean startkwalificatie) {
        Dossier d = vind(nummer);
        d.getLeerling().legStartkwalificatieVast(startkwalificatie);
        return DossierView.van(d);
    }

    /** The numbers of the open dossiers of this school that this zorgcoördinator owns, oldest first. */
    @Transactional(readOnly = true)
    public List<String> openDossiersVan(String brin, String zorgcoordinator) {
        return dossiers.findByStatusAndZorgcoordinatorAndLeerlingSchoolBrinOrderById(Dossier.Status.OPEN,
                zorgcoordinator, brin).stream().map(Dossier::getNummer).toList();
    }

    /**
     * Every open dossier of school {@code brin} that {@code van} owns goes to {@code naar}, recorded in each dossier with
     * who handed it over and when; answers their numbers, oldest first. The caller checked who may do this; here only
     * that {@code naar} may own them ({@link #controleerEigenaar}). The processes' routing fact is the caller's.
     */
    public List<String> draagOver(String brin, String van, String naar, String door) {
        controleerEigenaar(naar, brin, "naar");
        java.time.Instant nu = clock.instant();
        List<Dossier> open = dossiers.voorOverdracht(Dossier.Status.OPEN, van, brin);
        open.forEach(d -> d.draagOver(naar, door, nu));
        dossiers.flush();
        return open.stream().map(Dossier::getNummer).toList();
    }

    /** The dossier went from one zorgcoördinator to another, handed over by {@code door}. */
    public record Overdracht(java.time.Instant op, String van, String naar, String door) {
    }

    /** Who handed the dossier over to whom and when, oldest first. */
    @Transactional(readOnly = true)
    public List<Overdracht> overdrachten(String nummer) {
        return vind(nummer).getOverdrachten().stream()
                .map(o -> new Overdracht(o.getOp(), o.getVan(), o.getNaar(), o.getDoor())).toList();
    }

    /** Closed dossiers whose retention ended before this moment: the oldest first, at most this many. */
    @Transactional(readOnly = true)
    public List<String> verlopen(java.time.Instant grens, int maximaal) {
        return dossiers.findByStatusAndGeslotenOpBeforeOrderByGeslotenOp(Dossier.Status.GESLOTEN, grens,
                PageRequest.of(0, maximaal)).stream().map(Dossier::getNummer).toList();
    }

    /**
     * Removes a closed dossier: every capability removes its records for it first ({@link DossierVerwijderd}),
     * then the pupil, parents, plan, consents and agreements go. The audit log keeps who saw it and the removal.
     */
    public void verwijder(String nummer) {
        Dossier d = vind(nummer);
        if (d.getStatus() != Dossier.Status.GESLOTEN) {
            throw new IllegalStateException("Dossier " + nummer + " is niet gesloten en wordt niet verwijderd.");
        }
        events.publishEvent(new DossierVerwijderd(nummer, d.getGeslotenOp()));
        dossiers.delete(d);
        dossiers.flush();
    }

    /**
     * Locks the dossier's row until the transaction ends. Whoever starts something at most once per dossier (EenPlan
     * runs as several nodes on one database) locks it first and then looks whether it is there: a second node waits
     * here and then finds what the first one started.
     */
    public void vergrendel(String nummer) {
        Long id = Dossier.idUitNummer(nummer);
        if (id == null || dossiers.vergrendel(id).filter(d -> d.getNummer().equals(nummer)).isEmpty()) {
            throw new NietGevondenException("Er is geen dossier met nummer " + nummer + ".");
        }
    }

    /**
     * Of these dossiers (by number), those with a guardian whose gezag is unknown: one query for a block (at a node's
     * start, gezag.proces.BestaandeDossiers asks it for every dossier with a running task). A number that is no dossier's
     * is not among them.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> metOnbekendGezag(java.util.Collection<String> nummers) {
        return binnen(nummers, dossiers::metOnbekendGezag);
    }

    /** Of these dossiers (by number), those whose pupil's address is not recorded (no gemeente), as {@link #metOnbekendGezag}. */
    @Transactional(readOnly = true)
    public java.util.Set<String> zonderWoonadres(java.util.Collection<String> nummers) {
        return binnen(nummers, dossiers::zonderWoongemeente);
    }

    /** The numbers among these whose dossiers the query answers (rows of id and creation: the number's year too). */
    private static java.util.Set<String> binnen(java.util.Collection<String> nummers,
                                                java.util.function.Function<java.util.Collection<Long>, List<Object[]>> vraag) {
        java.util.Set<String> gevraagd = new java.util.HashSet<>(nummers);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (String nummer : gevraagd) {
            Long id = Dossier.idUitNummer(nummer);
            if (id != null) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> uit = new java.util.HashSet<>();
        for (Object[] rij : vraag.apply(ids)) {
            String nummer = Dossier.nummer((Long) rij[0], (java.time.Instant) rij[1]);
            if (gevraagd.contains(nummer)) {
                uit.add(nummer);
            }
        }
        return uit;
    }

    /**
     * The open dossiers with at least one guardian whose gezag is not confirmed, after dossier {@code na} (null: from
     * the first), by number, at most this many: for going through all of them in batches.
     */
    @Transactional(readOnly = true)
    public List<String> openMetOnbekendGezag(String na, int maximaal) {
        Long vanaf = na == null ? 0L : Dossier.idUitNummer(na);
        return dossiers.openMetOnbekendGezag(Dossier.Status.OPEN, vanaf == null ? 0L : vanaf,
                PageRequest.of(0, maximaal)).stream().map(Dossier::getNummer).toList();
    }

    /**
     * Whether the signed-in user may reach this dossier: it exists and its pupil is at one of the user's schools; the
     * same rule as {@link #controleerToegang(String)}, as an answer instead of a 404 (for links to a pupil's page).
     */
    @Transactional(readOnly = true)
    public boolean toegankelijk(String nummer) {
        return zoek(nummer).filter(d -> toegang.zicht().omvat(d.getLeerling().getSchool().getBrin())).isPresent();
    }

    /** Whether a dossier with this number exists (a removed one does not). */
    @Transactional(readOnly = true)
    public boolean bestaat(String nummer) {
        return zoek(nummer).isPresent();
    }

    /** The dossier entity, for services of this package that change it. */
    Dossier vindDossier(String nummer) {
        return vind(nummer);
    }

    /** Writes a changed dossier now, so new parts (a consent) get their id. */
    void bewaar(Dossier dossier) {
        // The dossier is managed: flushing persists its new parts in place, so they get their ids
        // (a merge would persist copies).
        dossiers.flush();
    }

    private Dossier vind(String nummer) {
        return zoek(nummer).orElseThrow(() -> new NietGevondenException("Er is geen dossier met nummer " + nummer + "."));
    }

    private Optional<Dossier> zoek(String nummer) {
        Long id = Dossier.idUitNummer(nummer);
        return (id == null ? Optional.<Dossier>empty() : dossiers.findById(id)).filter(d -> d.getNummer().equals(nummer));
    }

    /** Empty text as no text: what the API receives for an optional field. */
    static String blankAlsNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
