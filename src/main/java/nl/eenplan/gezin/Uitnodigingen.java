package nl.eenplan.gezin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.engine.Klok;
import nl.eenplan.gezin.Gezinsregister.Rol;
import nl.eenplan.web.Audit;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school invites a guardian or the pupil to EenPlan, and the invited person binds their sign-in with the code
 * (table uitnodiging, V63; docs/gezin.md). One place for the rules of both sides, so the API
 * ({@link UitnodigingController}), the school's page ({@link UitnodigingPagina}) and the family's page
 * ({@link KoppelPagina}) meet the same checks:
 * <ul>
 *   <li>who may be invited: {@link #nodigUit}: not a guardian whose information a court limited, not one whose gezag
 *   is not confirmed, not a pupil who sees nothing yet (under 12), not in a closed dossier; a parent without gezag may
 *   be (BW art. 1:377c lid 1, recorded as {@code zonder_gezag});</li>
 *   <li>the code: 12 characters ({@link Uitnodigingscode}), kept only as its HMAC, valid
 *   {@code eenplan.gezin.uitnodiging.geldig} (14 days), once; with the child's date of birth as a second secret;
 *   after {@value #MAXIMUM_POGINGEN} wrong dates the invitation is locked;</li>
 *   <li>the binding: through {@link Gezinsregister}; the school sees it and can end it.</li>
 * </ul>
 */
@Service
@Transactional
class Uitnodigingen {

    /** How the code reaches the person. */
    enum Kanaal { EMAIL, BRIEF }

    /** Wrong dates of birth with one code before the invitation is locked. */
    static final int MAXIMUM_POGINGEN = 5;

    private static final Logger LOG = LoggerFactory.getLogger(Uitnodigingen.class);

    /** An invitation as the school sees it: never the code. */
    record Uitnodiging(long id, String dossierNummer, Long ouderId, Rol rol, Kanaal kanaal, boolean zonderGezag,
                       String aangemaaktDoor, Instant aangemaaktOp, Instant verlooptOp, Instant gebruiktOp,
                       Long koppelingId, Instant ingetrokkenOp, int pogingen, boolean open) {

        /** In a few words, for the school: open, used, revoked, locked or expired. */
        String stand(Instant nu) {
            if (gebruiktOp != null) {
                return "GEBRUIKT";
            }
            if (ingetrokkenOp != null) {
                return "INGETROKKEN";
            }
            if (pogingen >= MAXIMUM_POGINGEN) {
                return "GEBLOKKEERD";
            }
            return verlooptOp.isAfter(nu) ? "OPEN" : "VERLOPEN";
        }
    }

    /** A new invitation with its code, readable: shown once to the zorgcoördinator, then only its hash is left. */
    record Nieuw(Uitnodiging uitnodiging, String code) {
    }

    /** Who to invite: a guardian of the dossier ({@code ouderId}) or the pupil herself ({@code leerling}). */
    record Wie(Long ouderId, boolean leerling) {
    }

    /** The e-mail that carries a code, sent after the commit ({@link UitnodigingMailer}). */
    record Gemaild(String adres, String code, Instant verlooptOp) {
    }

    /**
     * The outcome of a try to bind: the binding, or nothing (which part was wrong is never said). Also published when
     * a binding is made, so that {@link GezinMailer} confirms it after the commit ("U bent gekoppeld").
     */
    record Gekoppeld(long accountId, Gezinsregister.Koppeling koppeling) {
    }

    private static final String KOLOMMEN = "id, dossier_nummer, ouder_id, rol, kanaal, zonder_gezag, aangemaakt_door, "
            + "aangemaakt_op, verloopt_op, gebruikt_op, koppeling_id, ingetrokken_op, pogingen, open_sleutel";

    private static final RowMapper<Uitnodiging> UITNODIGING = Uitnodigingen::uitnodiging;

    private final JdbcTemplate jdbc;
    private final DossierService dossiers;
    private final Gezinsregister register;
    private final Gezinsregel regel;
    private final Subjecthash hash;
    private final UitnodigingMailer mailer;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    private final Duration geldig;
    private final int bewaardagen;

    Uitnodigingen(JdbcTemplate jdbc, DossierService dossiers, Gezinsregister register, Gezinsregel regel,
                  Subjecthash hash, UitnodigingMailer mailer, ApplicationEventPublisher gebeurtenissen, Clock clock,
                  @Value("${eenplan.gezin.uitnodiging.geldig:P14D}") Duration geldig,
                  @Value("${eenplan.gezin.uitnodiging.bewaardagen:30}") int bewaardagen) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.register = register;
        this.regel = regel;
        this.hash = hash;
        this.mailer = mailer;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
        this.geldig = geldig;
        this.bewaardagen = bewaardagen;
    }

    /**
     * Invites this guardian or the pupil, by e-mail (to the guardian's address in the dossier) or by letter. An open
     * invitation of the same person is replaced (revoked). Refused (409) when the person may not see anything of the
     * pupil on EenPlan, with the reason; bad input (400) per field.
     */
    Nieuw nodigUit(String nummer, Wie wie, Kanaal kanaal, String door) {
        if (wie == null || (wie.ouderId() == null) == !wie.leerling()) {
            throw new OngeldigeInvoerException("ouderId", "Kies één ouder of verzorger (ouderId), of de leerling zelf "
                    + "(leerling: true).");
        }
        if (kanaal == null) {
            throw new OngeldigeInvoerException("kanaal", "Kies hoe de code gaat: EMAIL of BRIEF.");
        }
        DossierView d = dossiers.haalOp(nummer);
        if (d.status() != Dossier.Status.OPEN) {
            throw new NietMogelijkException("Dossier " + nummer + " is gesloten: EenPlan nodigt niemand meer uit.");
        }
        LocalDate vandaag = Klok.vandaag(clock);
        boolean zonderGezag = false;
        String email = null;
        if (wie.leerling()) {
            Gezinsregel.Inzage inzage = regel.inzage(Gezinsregel.Wie.deLeerling(), d.leerling().geboortedatum(), vandaag);
            if (inzage.niets()) {
                throw new NietMogelijkException("De leerling is jonger dan 12 en ziet zelf nog niets op EenPlan ("
                        + inzage.grondslag() + "). Nodig de ouders met gezag uit.");
            }
            if (kanaal == Kanaal.EMAIL) {
                throw new OngeldigeInvoerException("kanaal", "Het dossier heeft geen e-mailadres van de leerling: kies "
                        + "een brief.");
            }
        } else {
            DossierView.OuderView ouder = d.leerling().ouders().stream().filter(o -> o.id().equals(wie.ouderId()))
                    .findFirst().orElseThrow(() -> new OngeldigeInvoerException("ouderId", "Ouder of verzorger "
                            + wie.ouderId() + " staat niet in dossier " + nummer + "."));
            if (ouder.informatieBeperkt()) {
                throw new NietMogelijkException("De rechter heeft de informatie aan " + ouder.naam() + " beperkt (BW "
                        + "art. 1:377c lid 2 en 1:377a lid 3): EenPlan nodigt deze ouder niet uit.");
            }
            if (ouder.gezag() == null) {
                throw new NietMogelijkException("Het gezag van " + ouder.naam() + " is nog niet bevestigd (BW art. "
                        + "1:245). Leg eerst het gezag vast; daarna kan de uitnodiging.");
            }
            Gezinsregel.Inzage inzage = regel.inzage(Gezinsregel.Wie.ouder(ouder.gezag(), false),
                    d.leerling().geboortedatum(), vandaag);
            if (inzage.niets()) {
                throw new NietMogelijkException(ouder.naam() + " zou op EenPlan niets van de leerling zien ("
                        + inzage.grondslag() + "): EenPlan nodigt niet uit.");
            }
            // Without gezag: the parent asked for the important facts (BW art. 1:377c lid 1, "desgevraagd"); the school
            // invites having weighed the child's interest, and it is recorded.
            zonderGezag = !ouder.gezag();
            if (kanaal == Kanaal.EMAIL) {
                email = adresVan(d, ouder.id()).orElseThrow(() -> new OngeldigeInvoerException("kanaal",
                        "Er staat geen e-mailadres van " + ouder.naam() + " in het dossier: vul het aan of kies een "
                                + "brief."));
            }
        }
        if (kanaal == Kanaal.EMAIL && !mailer.aan()) {
            throw new NietMogelijkException("E-mail staat in deze installatie niet aan: kies een brief.");
        }
        if (register.vanDossier(nummer).stream().anyMatch(k -> k.beeindigdOp() == null
                && java.util.Objects.equals(k.ouderId(), wie.ouderId()))) {
            throw new NietMogelijkException((wie.leerling() ? "De leerling" : "Deze ouder") + " is al gekoppeld. Beëindig "
                    + "eerst de koppeling als er een nieuwe nodig is.");
        }
        Instant nu = clock.instant();
        String sleutel = nummer + "|" + (wie.leerling() ? "L" : wie.ouderId());
        jdbc.update("update uitnodiging set ingetrokken_op = ?, ingetrokken_door = ? where open_sleutel = ? "
                + "and gebruikt_op is null and ingetrokken_op is null", Timestamp.from(nu), door, sleutel);
        jdbc.update("update uitnodiging set open_sleutel = null where open_sleutel = ?", sleutel);
        String code = Uitnodigingscode.nieuw();
        Instant verloopt = nu.plus(geldig);
        jdbc.update("insert into uitnodiging (dossier_nummer, ouder_id, rol, code_hash, kanaal, zonder_gezag, "
                        + "aangemaakt_door, aangemaakt_op, verloopt_op, pogingen, open_sleutel) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", nummer, wie.ouderId(),
                (wie.leerling() ? Rol.LEERLING : Rol.OUDER).name(), hash.vanCode(code), kanaal.name(), zonderGezag, door,
                Timestamp.from(nu), Timestamp.from(verloopt), sleutel);
        Uitnodiging nieuw = jdbc.query("select " + KOLOMMEN + " from uitnodiging where open_sleutel = ?", UITNODIGING,
                sleutel).get(0);
        if (email != null) {
            gebeurtenissen.publishEvent(new Gemaild(email, Uitnodigingscode.leesbaar(code), verloopt));
        }
        return new Nieuw(nieuw, Uitnodigingscode.leesbaar(code));
    }

    /** The dossier's invitations, newest first (the school's view: never a code). */
    @Transactional(readOnly = true)
    List<Uitnodiging> vanDossier(String nummer) {
        return jdbc.query("select " + KOLOMMEN + " from uitnodiging where dossier_nummer = ? order by id desc",
                UITNODIGING, nummer);
    }

    /** One invitation of this dossier; another dossier's is "not found". */
    @Transactional(readOnly = true)
    Uitnodiging uitnodiging(String nummer, long id) {
        return jdbc.query("select " + KOLOMMEN + " from uitnodiging where id = ? and dossier_nummer = ?", UITNODIGING,
                id, nummer).stream().findFirst().orElseThrow(() -> new NietGevondenException("Er is geen uitnodiging "
                + id + " bij dossier " + nummer + "."));
    }

    /** Whether this readable code is the one of this open invitation (the letter is made from it). */
    @Transactional(readOnly = true)
    boolean isCodeVan(String nummer, long id, String code) {
        Uitnodiging u = uitnodiging(nummer, id);
        return u.open() && Uitnodigingscode.lees(code).map(hash::vanCode)
                .map(h -> jdbc.queryForObject("select count(*) from uitnodiging where id = ? and code_hash = ?",
                        Integer.class, id, h) == 1).orElse(false);
    }

    /** What the letter with this open invitation's code says: to whom, from which school, the code, until when. */
    @Transactional(readOnly = true)
    Brief brief(String nummer, long id, String code) {
        Uitnodiging u = uitnodiging(nummer, id);
        if (!u.open() || !u.verlooptOp().isAfter(clock.instant())) {
            throw new NietMogelijkException("Uitnodiging " + id + " is niet meer open: maak een nieuwe.");
        }
        if (!isCodeVan(nummer, id, code)) {
            throw new OngeldigeInvoerException("code", "Deze code hoort niet bij uitnodiging " + id + ".");
        }
        DossierView d = dossiers.haalOp(nummer);
        DossierView.LeerlingView l = d.leerling();
        String aan = u.rol() == Rol.LEERLING ? naam(l) : l.ouders().stream().filter(o -> o.id().equals(u.ouderId())).map(DossierView.OuderView::naam)
                .findFirst().orElse("de ouder of verzorger");
        return new Brief(aan, l.school().naam(), Uitnodigingscode.leesbaar(Uitnodigingscode.lees(code).orElseThrow()),
                u.verlooptOp().atZone(Klok.NL).minusSeconds(1).toLocalDate(), u.rol() == Rol.LEERLING);
    }

    /** The letter's contents: the addressee and the school, never anything of the plan. */
    record Brief(String aan, String school, String code, LocalDate totEnMet, boolean leerling) {
    }

    /** The school revokes an open invitation: its code works no more. */
    Uitnodiging trekIn(String nummer, long id, String door) {
        Uitnodiging u = uitnodiging(nummer, id);
        if (!u.open()) {
            throw new NietMogelijkException("Uitnodiging " + id + " is niet meer open (" + u.stand(clock.instant())
                    .toLowerCase() + ").");
        }
        jdbc.update("update uitnodiging set ingetrokken_op = ?, ingetrokken_door = ?, open_sleutel = null where id = ?",
                Timestamp.from(clock.instant()), door, id);
        return uitnodiging(nummer, id);
    }

    /** The school ends a binding: from now on the account sees nothing of this pupil (read per request). */
    void beeindigKoppeling(String nummer, long koppelingId, String door) {
        Gezinsregister.Schoolkoppeling k = register.vanDossier(nummer).stream().filter(x -> x.id() == koppelingId)
                .findFirst().orElseThrow(() -> new NietGevondenException("Er is geen koppeling " + koppelingId
                        + " bij dossier " + nummer + "."));
        if (k.beeindigdOp() != null) {
            throw new NietMogelijkException("Koppeling " + koppelingId + " is al beëindigd.");
        }
        register.beeindig(koppelingId, door, "beëindigd door de school", clock.instant());
    }

    /**
     * A signed-in person binds with a code and the child's date of birth. {@code accountId} null: no account yet, one
     * is made with this subject hash. Empty when anything is wrong (an unknown, used, revoked, locked or expired code,
     * or the wrong date, or the person may no longer be invited); a wrong date with a valid code counts, and the
     * {@value #MAXIMUM_POGINGEN}th locks it. Never throws for bad input, so a counted try is committed.
     */
    Optional<Gekoppeld> koppel(Long accountId, String subjectHash, String issuerAlias, String niveau, String getypt,
                               LocalDate geboortedatum) {
        Optional<String> code = Uitnodigingscode.lees(getypt);
        if (code.isEmpty() || geboortedatum == null) {
            return Optional.empty();
        }
        Instant nu = clock.instant();
        Optional<Uitnodiging> gevonden = jdbc.query("select " + KOLOMMEN + " from uitnodiging where code_hash = ? "
                + "for update", UITNODIGING, hash.vanCode(code.get())).stream().findFirst();
        if (gevonden.isEmpty() || !gevonden.get().open() || !gevonden.get().verlooptOp().isAfter(nu)
                || !dossiers.bestaat(gevonden.get().dossierNummer())) {
            return Optional.empty();
        }
        Uitnodiging u = gevonden.get();
        DossierView d = dossiers.haalOp(u.dossierNummer());
        if (!geboortedatum.equals(d.leerling().geboortedatum())) {
            int pogingen = u.pogingen() + 1;
            jdbc.update("update uitnodiging set pogingen = ?, open_sleutel = case when ? >= ? then null "
                    + "else open_sleutel end where id = ?", pogingen, pogingen, MAXIMUM_POGINGEN, u.id());
            if (pogingen >= MAXIMUM_POGINGEN) {
                LOG.warn("Uitnodiging {} (dossier {}) geblokkeerd na {} verkeerde geboortedata.", u.id(),
                        u.dossierNummer(), pogingen);
            }
            return Optional.empty();
        }
        if (!magNogKoppelen(u, d)) {
            return Optional.empty();
        }
        long account = accountId != null ? accountId : register.zorgVoorAccount(subjectHash, issuerAlias, nu);
        Gezinsregister.Koppeling koppeling = register.koppel(account, u.dossierNummer(), u.ouderId(), u.rol(), nu);
        jdbc.update("update uitnodiging set gebruikt_op = ?, koppeling_id = ?, open_sleutel = null where id = ?",
                Timestamp.from(nu), koppeling.id(), u.id());
        register.aangemeld(account, nu, niveau);
        Audit.betreftDossier(u.dossierNummer());
        Gekoppeld gekoppeld = new Gekoppeld(account, koppeling);
        gebeurtenissen.publishEvent(gekoppeld);
        return Optional.of(gekoppeld);
    }

    /** The rules of the invitation, again on the day of binding: the gezag or a court order may have changed since. */
    private boolean magNogKoppelen(Uitnodiging u, DossierView d) {
        if (d.status() != Dossier.Status.OPEN) {
            return false;
        }
        if (u.rol() == Rol.LEERLING) {
            return true;
        }
        return d.leerling().ouders().stream().anyMatch(o -> o.id().equals(u.ouderId()) && !o.informatieBeperkt()
                && o.gezag() != null);
    }

    /**
     * Used, expired and revoked invitations are removed {@code eenplan.gezin.uitnodiging.bewaardagen} (30) days later
     * (docs/privacy.md): the binding itself stays as the record. Nightly, as the other retention jobs.
     */
    @Scheduled(cron = "${eenplan.gezin.uitnodiging.opruimen.tijdstip:0 40 1 * * *}", zone = "Europe/Amsterdam")
    void ruimOpVolgensSchema() {
        ruimOp();
    }

    /** Removes what is past its retention; the number removed. */
    int ruimOp() {
        Timestamp grens = Timestamp.from(clock.instant().minus(Duration.ofDays(bewaardagen)));
        int weg = jdbc.update("delete from uitnodiging where gebruikt_op < ? or ingetrokken_op < ? "
                + "or (gebruikt_op is null and verloopt_op < ?)", grens, grens, grens);
        if (weg > 0) {
            LOG.info("{} uitnodigingen verwijderd (gebruikt, ingetrokken of verlopen, meer dan {} dagen geleden).", weg,
                    bewaardagen);
        }
        return weg;
    }

    /** Invitations go with the dossier when it is removed after its retention. */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from uitnodiging where dossier_nummer = ?", verwijderd.nummer());
    }

    /**
     * The address an invitation by e-mail goes to, and the confirmation of a binding too: the guardian's address in the
     * dossier. Empty for the pupil (the dossier has no address of the pupil) and for a guardian without one.
     */
    static Optional<String> adresVan(DossierView d, Long ouderId) {
        return ouderId == null ? Optional.empty() : d.leerling().ouders().stream()
                .filter(o -> o.id().equals(ouderId) && o.email() != null && !o.email().isBlank())
                .map(DossierView.OuderView::email).findFirst();
    }

    /** The pupil's full name, as the school's page and the letter show it. */
    static String naam(DossierView.LeerlingView l) {
        return l.voornaam() + " " + (l.tussenvoegsel() == null ? "" : l.tussenvoegsel() + " ") + l.achternaam();
    }

    private static Uitnodiging uitnodiging(ResultSet rs, int rij) throws SQLException {
        return new Uitnodiging(rs.getLong("id"), rs.getString("dossier_nummer"),
                rs.getObject("ouder_id") == null ? null : rs.getLong("ouder_id"), Rol.valueOf(rs.getString("rol")),
                Kanaal.valueOf(rs.getString("kanaal")), rs.getBoolean("zonder_gezag"), rs.getString("aangemaakt_door"),
                moment(rs, "aangemaakt_op"), moment(rs, "verloopt_op"), moment(rs, "gebruikt_op"),
                rs.getObject("koppeling_id") == null ? null : rs.getLong("koppeling_id"), moment(rs, "ingetrokken_op"),
                rs.getInt("pogingen"), rs.getString("open_sleutel") != null);
    }

    private static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }
}
