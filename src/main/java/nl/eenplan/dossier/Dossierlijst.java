package nl.eenplan.dossier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The queries behind one page of the pupil list (/leerlingen, GET /api/dossiers). Issue #25: at a school with 20,000
 * dossiers the page read, sorted and counted every dossier of the school, joined to its pupil and school. Now the
 * dossiers of the user's schools are read from an index in the list's order (V79: {@code dossier.school_id}), so a page
 * reads its own rows and the rows before it; the count reads only that index; the pupil is joined for the page's
 * lines only, unless a name is searched (then every pupil of the schools is looked at, as before). Several schools (a
 * board's zorgcoördinator) still sort their dossiers together: no index gives "newest first" across schools. Each query has
 * only the conditions it needs (no "or :alles = true"), so the database plans each one for what it asks.
 */
@Component
class Dossierlijst {

    /** The two orders of the list: the index each uses is named in V79. */
    enum Volgorde {
        /** GET /api/dossiers. */
        NIEUWSTE_EERST("d.id desc"),
        /** The page Leerlingen: OPEN sorts after GESLOTEN (Dossier.Status), so descending puts open dossiers first. */
        OPEN_EERST("d.status desc, d.id desc");

        final String orderBy;

        Volgorde(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /**
     * What is asked: every school ({@code alles}) or the schools with these ids (and their BRINs); a dossier by id, or
     * pupils whose full name matches {@code patroon} (a LIKE pattern with \ as escape), or (both null) every dossier.
     */
    record Vraag(boolean alles, Map<Long, String> scholen, Long id, String patroon) {

        boolean zoektNaam() {
            return id == null && patroon != null;
        }

        /**
         * One school: written as a range of one value, not "=", and the order starts with the school. PostgreSQL drops
         * an order column that "=" fixes, and then may prefer walking the primary key backwards (newest first),
         * filtering on the school: cheap by its estimate, but reading every newer dossier of other schools when the
         * school's own are old (the bench's heavy school: 980,000 rows for a page). With the range the order by school
         * is real, only V79's indexes give it, and the page is read from them.
         */
        boolean eenSchool() {
            return !alles && scholen.size() == 1;
        }

        private String waar() {
            return waar(true);
        }

        /**
         * The conditions; {@code leerlingSchool}: in a name search the pupil's school is a condition as well (the same
         * as the dossier's: V79). Without it PostgreSQL counted a name search exactly by hashing the school's dossiers
         * against a scan of every pupil in the table, matching each one's name (the bench's heavy school at 1,000,000
         * pupils: 158 ms); with it, it reads the school's pupils from their index (V13: leerling_school). The bounded
         * count leaves it out: PostgreSQL takes the two school conditions for independent ones, expects a tenth of the
         * matches and, for 1,001 of them, hashed and sorted all 20,000 instead of reading the list's index (40 ms
         * against 1 ms in DossierlijstPostgresIT).
         */
        private String waar(boolean leerlingSchool) {
            StringBuilder waar = new StringBuilder(" where 1 = 1").append(inScholen("d"));
            if (id != null) {
                waar.append(" and d.id = :id");
            } else if (patroon != null) {
                waar.append(" and ").append(DossierRepository.NAAM).append(" like :patroon escape '\\'");
                if (leerlingSchool) {
                    waar.append(inScholen("l"));
                }
            }
            return waar.toString();
        }

        /** The condition that the school of {@code wie} (the dossier {@code d} or its pupil {@code l}) is the user's. */
        private String inScholen(String wie) {
            if (eenSchool()) {
                return " and " + wie + ".school.id >= :school and " + wie + ".school.id <= :school";
            }
            return alles ? "" : " and " + wie + ".school.id in :scholen";
        }

        private String orderBy(Volgorde volgorde) {
            return " order by " + (eenSchool() ? "d.school.id desc, " : "") + volgorde.orderBy;
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> query) {
            if (eenSchool()) {
                query.setParameter("school", scholen.keySet().iterator().next());
            } else if (!alles) {
                query.setParameter("scholen", scholen.keySet());
            }
            if (id != null) {
                query.setParameter("id", id);
            } else if (patroon != null) {
                query.setParameter("patroon", patroon);
            }
            return query;
        }
    }

    /** One page's lines and how many there are in all; {@code meer}: at least {@code totaal}, counted up to there. */
    record Gevonden(List<DossierSamenvatting> regels, long totaal, boolean meer) {
    }

    /** A line of the list: the dossier, its pupil's name, its school's id. */
    private static final String REGEL = "select d.id, d.aangemaaktOp, d.status, l.voornaam, l.tussenvoegsel, "
            + "l.achternaam, d.school.id, d.zorgcoordinator from Dossier d join d.leerling l";

    private final EntityManager em;

    Dossierlijst(EntityManager em) {
        this.em = em;
    }

    /** The schools with these BRINs (a user's schools) by id: the list's index is on the school's id. */
    Map<Long, String> scholen(Collection<String> brins) {
        return brins(em.createQuery("select s.id, s.brin from School s where s.brin in :brins", Object[].class)
                .setParameter("brins", brins).getResultList());
    }

    private static Map<Long, String> brins(List<Object[]> rijen) {
        Map<Long, String> scholen = new HashMap<>();
        rijen.forEach(r -> scholen.put((Long) r[0], (String) r[1]));
        return scholen;
    }

    /**
     * The numbers of at most {@code maximaal} dossiers that match, in the list's order (open first, newest first): for
     * a search by pupil elsewhere (Mijn werk). The same query as the bounded count of a name search, which reads the
     * list's index and stops at the limit, with each dossier's creation moment for its number.
     */
    List<String> nummers(Vraag vraag, int maximaal) {
        if (!vraag.alles() && vraag.scholen().isEmpty()) {
            return List.of();
        }
        return vraag.bind(em.createQuery("select d.id, d.aangemaaktOp" + van(vraag) + vraag.waar(false)
                        + vraag.orderBy(Volgorde.OPEN_EERST), Object[].class))
                .setMaxResults(maximaal).getResultList().stream()
                .map(r -> Dossier.nummer((Long) r[0], (Instant) r[1])).toList();
    }

    /**
     * Lines {@code vanaf} (from 0) to {@code vanaf + aantal} in this order, and their total. The count is skipped when
     * the first page is not full: then the lines are all there are. With {@code telgrens} (not null) a search by name
     * counts its matches only up to {@code vanaf + telgrens}: more than that is "meer" (issue #25: a name search at a
     * school of 20,000 pupils counted every one of them, each joined to its dossier, to print the number), and its
     * page is the first of the ids that count reads, its lines then read by id: two queries, not three. The school
     * is not joined: PostgreSQL would carry the school condition over to the school table and plan the page from there,
     * sorting (the school's BRIN comes from the user's schools, or, for every school, from one look-up of the page's
     * schools).
     */
    Gevonden pagina(Vraag vraag, Volgorde volgorde, int vanaf, int aantal, Integer telgrens) {
        if (telgrens != null && telgrens < aantal) {
            throw new IllegalArgumentException("De telgrens is kleiner dan een pagina: " + telgrens);
        }
        if (!vraag.alles() && vraag.scholen().isEmpty()) {
            return new Gevonden(List.of(), 0, false);
        }
        if (telgrens != null && vraag.zoektNaam()) {
            // From the page on, up to the bound and one more, in the list's order: when many pupils match (one letter
            // typed: the page searches as the user types), PostgreSQL reads the list's index and stops at the limit;
            // for a rare name it plans by the name's statistics (V81). Only the ids after the page's start travel (a
            // deep page does not fetch every match before it). The first of them are the page: its lines are read by
            // id (issue #25: a second query for the page, with the pupil's school as well, was planned from the
            // school's 20,000 pupils and sorted at national size, 39 ms of the heavy school's 64).
            List<Long> ids = vraag.bind(em.createQuery("select d.id" + van(vraag) + vraag.waar(false)
                            + vraag.orderBy(volgorde), Long.class))
                    .setFirstResult(vanaf).setMaxResults(telgrens + 1).getResultList();
            if (!ids.isEmpty() || vanaf == 0) {
                List<DossierSamenvatting> regels = regelsVan(vraag, ids.subList(0, Math.min(aantal, ids.size())));
                return new Gevonden(regels, (long) vanaf + Math.min(ids.size(), telgrens), ids.size() > telgrens);
            }
            // Past the last match: counted exactly, so the page can say how many there are.
            return new Gevonden(List.of(), tel(vraag), false);
        }
        List<DossierSamenvatting> regels = alsRegels(vraag, vraag.bind(em.createQuery(REGEL + vraag.waar()
                        + vraag.orderBy(volgorde), Object[].class))
                .setFirstResult(vanaf).setMaxResults(aantal).getResultList());
        if (vanaf == 0 && regels.size() < aantal) {
            return new Gevonden(regels, regels.size(), false);
        }
        return new Gevonden(regels, tel(vraag), false);
    }

    /** Every match, counted exactly. */
    private long tel(Vraag vraag) {
        return vraag.bind(em.createQuery("select count(*)" + van(vraag) + vraag.waar(), Long.class)).getSingleResult();
    }

    /** The pupil is joined only when a name is searched: a count of the rest reads index entries alone. */
    private static String van(Vraag vraag) {
        return vraag.zoektNaam() ? " from Dossier d join d.leerling l" : " from Dossier d";
    }

    /**
     * The lines of these dossiers, in this order. The ids come from a query of this {@code vraag} in the same
     * transaction (its schools are part of it), so they are read by id alone: a school condition next to them would
     * only give PostgreSQL another plan to weigh.
     */
    private List<DossierSamenvatting> regelsVan(Vraag vraag, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> perId = new HashMap<>();
        em.createQuery(REGEL + " where d.id in :ids", Object[].class).setParameter("ids", ids).getResultList()
                .forEach(r -> perId.put((Long) r[0], r));
        return alsRegels(vraag, ids.stream().map(perId::get).filter(Objects::nonNull).toList());
    }

    /** The rows of {@link #REGEL} as lines, each with its school's BRIN. */
    private List<DossierSamenvatting> alsRegels(Vraag vraag, List<Object[]> rijen) {
        Map<Long, String> brins = vraag.alles() && !rijen.isEmpty()
                ? brins(em.createQuery("select s.id, s.brin from School s where s.id in :ids", Object[].class)
                        .setParameter("ids", rijen.stream().map(r -> (Long) r[6]).distinct().toList()).getResultList())
                : vraag.scholen();
        return rijen.stream().map(r -> new DossierSamenvatting((Long) r[0], (Instant) r[1], (Dossier.Status) r[2],
                (String) r[3], (String) r[4], (String) r[5], brins.get((Long) r[6]), (String) r[7])).toList();
    }
}
