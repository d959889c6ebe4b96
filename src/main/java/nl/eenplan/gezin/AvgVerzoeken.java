package nl.eenplan.gezin;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.engine.Klok;
import nl.eenplan.gezin.proces.Avgverzoekproces;
import nl.eenplan.web.Veldfout;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family member's request for correction (AVG art. 16) or objection (AVG art. 21) about the data in the child's plan
 * (table avg_verzoek, V68), worked by the school's zorgcoördinator in process {@code avgVerzoek} within the term of
 * {@link Avgtermijn}. The family's words and the school's answer stay in this table; the process carries the request's
 * id only. A parent without gezag asks about their own data only (BW art. 1:377c: no say over the child's data; the
 * rights of AVG art. 16 and 21 are the data subject's own).
 */
@Service
public class AvgVerzoeken {

    /** Correction (AVG art. 16) or objection (AVG art. 21). */
    public enum Soort { CORRECTIE, BEZWAAR }

    /** Whose data: the asker's own, or the child's (for the pupil herself: her own). */
    public enum Over { EIGEN, KIND }

    /** Where the request is. */
    public enum Status { ONTVANGEN, VERLENGD, TOEGEKEND, AFGEWEZEN }

    /** A request as stored. {@code antwoordUiterlijk}: the due date the family is told (the task's, or the extension). */
    public record Verzoek(long id, String dossierNummer, long accountId, String rol, Soort soort, Over over,
                          String onderwerp, String toelichting, LocalDate ontvangenOp, LocalDate antwoordUiterlijk,
                          Status status, String besluit, String reden, LocalDate verlengdTot, LocalDate beantwoordOp) {
    }

    /** The family's input; checked field by field ({@link #controleer}). */
    record Invoer(String soort, String over, String onderwerp, String toelichting) {
    }

    /** Refused input: the message key per field, shown on the family's page. */
    static class OngeldigVerzoek extends RuntimeException {

        private final List<Veldfout> fouten;

        OngeldigVerzoek(List<Veldfout> fouten) {
            super("ongeldig verzoek");
            this.fouten = fouten;
        }

        List<Veldfout> fouten() {
            return fouten;
        }
    }

    private static final RowMapper<Verzoek> VERZOEK = (rs, i) -> new Verzoek(rs.getLong("id"),
            rs.getString("dossier_nummer"), rs.getLong("account_id"), rs.getString("rol"),
            Soort.valueOf(rs.getString("soort")), Over.valueOf(rs.getString("over_wie")), rs.getString("onderwerp"),
            rs.getString("toelichting"), dag(rs.getDate("ontvangen_op")), dag(rs.getDate("antwoord_uiterlijk")),
            Status.valueOf(rs.getString("status")), rs.getString("besluit"), rs.getString("reden"),
            dag(rs.getDate("verlengd_tot")), dag(rs.getDate("beantwoord_op")));
    private static final String VERZOEKEN = "select * from avg_verzoek";

    private final JdbcTemplate jdbc;
    private final Avgverzoekproces proces;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher gebeurtenissen;

    AvgVerzoeken(JdbcTemplate jdbc, Avgverzoekproces proces, Clock clock,
                 org.springframework.context.ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.jdbc = jdbc;
        this.proces = proces;
        this.clock = clock;
    }

    /** Whether this family member may ask about the child's data, or only about their own. */
    static boolean magOverKind(Gezinshandeling wie) {
        if (wie.leerling()) {
            return true;
        }
        return wie.dossier().leerling().ouders().stream().filter(o -> o.id().equals(wie.ouderId()))
                .anyMatch(o -> Boolean.TRUE.equals(o.gezag()));
    }

    /** The input's faults (message keys per field), empty when it may be sent. */
    static List<Veldfout> controleer(Invoer invoer, boolean overKind) {
        List<Veldfout> fouten = new ArrayList<>();
        if (!waarde(Soort.class, invoer.soort())) {
            fouten.add(new Veldfout("soort", "gezin.verzoek.fout.soort"));
        }
        if (!waarde(Over.class, invoer.over())) {
            fouten.add(new Veldfout("over", "gezin.verzoek.fout.over"));
        } else if (Over.valueOf(invoer.over()) == Over.KIND && !overKind) {
            fouten.add(new Veldfout("over", "gezin.verzoek.fout.over-eigen"));
        }
        if (invoer.onderwerp() == null || invoer.onderwerp().isBlank() || invoer.onderwerp().strip().length() > 200) {
            fouten.add(new Veldfout("onderwerp", "gezin.verzoek.fout.onderwerp"));
        }
        if (invoer.toelichting() == null || invoer.toelichting().isBlank()
                || invoer.toelichting().strip().length() > 2000) {
            fouten.add(new Veldfout("toelichting", "gezin.verzoek.fout.toelichting"));
        }
        return fouten;
    }

    /**
     * Records the request of this family member (received today) and starts its process at the pupil's school, in one
     * transaction: both or neither. Refuses faulty input with {@link OngeldigVerzoek}, nothing recorded.
     */
    @Transactional
    Verzoek dienIn(Gezinshandeling wie, Invoer invoer) {
        // The pupil's own data are the pupil's: she asks "about herself" (KIND).
        Invoer gelezen = wie.leerling() ? new Invoer(invoer.soort(), Over.KIND.name(), invoer.onderwerp(),
                invoer.toelichting()) : invoer;
        List<Veldfout> fouten = controleer(gelezen, magOverKind(wie));
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoek(fouten);
        }
        LocalDate vandaag = Klok.vandaag(clock);
        GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement("insert into avg_verzoek (dossier_nummer, account_id, rol, soort, "
                    + "over_wie, onderwerp, toelichting, ingediend_door, ontvangen_op, status) values (?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)", new String[] {"id"});
            p.setString(1, wie.dossierNummer());
            p.setLong(2, wie.koppeling().accountId());
            p.setString(3, wie.koppeling().rol().name());
            p.setString(4, gelezen.soort());
            p.setString(5, gelezen.over());
            p.setString(6, gelezen.onderwerp().strip());
            p.setString(7, gelezen.toelichting().strip());
            p.setString(8, wie.door());
            p.setDate(9, Date.valueOf(vandaag));
            p.setString(10, Status.ONTVANGEN.name());
            return p;
        }, sleutel);
        long id = sleutel.getKey().longValue();
        LocalDate uiterlijk = proces.start(wie.dossierNummer(), id);
        jdbc.update("update avg_verzoek set antwoord_uiterlijk = ? where id = ?", Date.valueOf(uiterlijk), id);
        return haalOp(id).orElseThrow();
    }

    /** This account's requests about this dossier, newest first. */
    @Transactional(readOnly = true)
    List<Verzoek> vanAccount(String dossierNummer, long accountId) {
        return jdbc.query(VERZOEKEN + " where dossier_nummer = ? and account_id = ? order by id desc", VERZOEK,
                dossierNummer, accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Verzoek> haalOp(long id) {
        return jdbc.query(VERZOEKEN + " where id = ?", VERZOEK, id).stream().findFirst();
    }

    /** The school's answer: granted (what it did) or refused (why), on this day, by this person. */
    @Transactional
    public void beantwoord(long id, Status uitkomst, String besluit, String reden, LocalDate op, String door) {
        if (uitkomst != Status.TOEGEKEND && uitkomst != Status.AFGEWEZEN) {
            throw new IllegalArgumentException("Geen antwoord: " + uitkomst);
        }
        jdbc.update("update avg_verzoek set status = ?, besluit = ?, reden = ?, beantwoord_op = ?, beantwoord_door = ? "
                        + "where id = ?", uitkomst.name(), leegIsNull(besluit), leegIsNull(reden), Date.valueOf(op), door,
                id);

        haalOp(id).ifPresent(v -> gebeurtenissen.publishEvent(new Beantwoord(v.dossierNummer(), v.accountId())));
    }

    /** The school answered a request: the asker is told by e-mail after commit (GezinMailer). Ids only. */
    record Beantwoord(String dossierNummer, long accountId) {
    }

    /** The school needs more time (Avgtermijn): until this day, for this reason, which the family sees. */
    @Transactional
    public void verleng(long id, LocalDate tot, String reden) {
        jdbc.update("update avg_verzoek set status = ?, verlengd_tot = ?, antwoord_uiterlijk = ?, reden = ? where id = ?",
                Status.VERLENGD.name(), Date.valueOf(tot), Date.valueOf(tot), reden, id);
    }

    /** Requests go with the dossier when it is removed after its retention (docs/privacy.md). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from avg_verzoek where dossier_nummer = ?", verwijderd.nummer());
    }

    private static <E extends Enum<E>> boolean waarde(Class<E> soort, String waarde) {
        if (waarde == null) {
            return false;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equals(waarde)) {
                return true;
            }
        }
        return false;
    }

    private static String leegIsNull(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static LocalDate dag(java.sql.Date datum) {
        return datum == null ? null : datum.toLocalDate();
    }
}
