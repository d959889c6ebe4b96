package nl.eenplan.dossier;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    /**
     * For dossiers by id: id, creation moment, zorgcoördinator and their pupil's id; with {@link #leerlingenMetSchool}
     * a task list's pupils (Mijn werk, 500) in two queries, not two more per pupil for the eager pupil and the plan
     * (issue #25, counted in KloonIT), without loading the dossiers and plans, which a list does not show. Two
     * look-ups by primary key rather than one join: joined, PostgreSQL hashed the 500 against a scan of every pupil
     * (15 ms of the heavy school's Mijn werk at 100,000 pupils).
     */
    @org.springframework.data.jpa.repository.Query("select d.id, d.aangemaaktOp, d.zorgcoordinator, d.leerling.id "
            + "from Dossier d where d.id in :ids")
    List<Object[]> kopjes(java.util.Collection<Long> ids);

    /** Pupils by id with their school. */
    @org.springframework.data.jpa.repository.Query("select l from Leerling l join fetch l.school where l.id in :ids")
    List<Leerling> leerlingenMetSchool(java.util.Collection<Long> ids);

    List<Dossier> findAllByOrderByIdDesc();

    /** The pupil's full name as Leerling.volledigeNaam writes it, in lower case: what a search by name matches. */
    String NAAM = "lower(case when l.tussenvoegsel is null then concat(l.voornaam, ' ', l.achternaam) "
            + "else concat(l.voornaam, ' ', l.tussenvoegsel, ' ', l.achternaam) end)";

    List<Dossier> findByStatusAndGeslotenOpBeforeOrderByGeslotenOp(Dossier.Status status, java.time.Instant grens,
                                                                   org.springframework.data.domain.Pageable pagina);

    List<Dossier> findByLeerlingSchoolBrinInOrderByIdDesc(java.util.Collection<String> brins);

    List<Dossier> findByStatusAndZorgcoordinatorAndLeerlingSchoolBrinOrderById(Dossier.Status status,
                                                                            String zorgcoordinator, String brin);

    /**
     * As above, locked until the transaction ends: a second hand-over of the same dossiers at the same moment waits,
     * and then finds that they have another owner.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.status = :status "
            + "and d.zorgcoordinator = :zorgcoordinator and d.leerling.school.brin = :brin order by d.id")
    List<Dossier> voorOverdracht(Dossier.Status status, String zorgcoordinator, String brin);

    /** The open dossier of a pupil at a school (see Dossier.sleutel). In JPQL, translated once for a class upload. */
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.openSleutel = :sleutel")
    java.util.Optional<Dossier> open(String sleutel);

    /**
     * The open dossiers with one of these keys (Dossier.sleutel), as rows of id, creation, zorgcoördinator, key and the
     * pupil with their school: one query for a block of a daily absence file (DossierService.vindOpen), without the
     * dossier entity, whose plan would be read for each.
     */
    @org.springframework.data.jpa.repository.Query("select d.id, d.aangemaaktOp, d.zorgcoordinator, d.openSleutel, l "
            + "from Dossier d join d.leerling l join fetch l.school where d.openSleutel in :sleutels")
    List<Object[]> openMetSleutels(java.util.Collection<String> sleutels);

    /** One dossier, locked until the transaction ends (DossierService.vergrendel). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.id = :id")
    java.util.Optional<Dossier> vergrendel(Long id);

    /** A dossier {@code d} whose pupil has a guardian of unknown gezag (GezagService.onbekend, in JPQL). */
    String ONBEKEND_GEZAG = "exists (select o from Ouder o where o.leerling = d.leerling and o.gezag is null)";

    /** Open dossiers with a guardian of unknown gezag, after id {@code na}, by id (DossierService.openMetOnbekendGezag). */
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.status = :status and d.id > :na "
            + "and " + ONBEKEND_GEZAG + " order by d.id")
    List<Dossier> openMetOnbekendGezag(Dossier.Status status, Long na, org.springframework.data.domain.Pageable pagina);

    /** Of these dossiers, id and creation of those with a guardian of unknown gezag (a block at once). */
    @org.springframework.data.jpa.repository.Query("select d.id, d.aangemaaktOp from Dossier d where d.id in :ids "
            + "and " + ONBEKEND_GEZAG)
    List<Object[]> metOnbekendGezag(java.util.Collection<Long> ids);

    /** Of these dossiers, id and creation of those whose pupil's address has no gemeente (Woonadres.bekend: not recorded). */
    @org.springframework.data.jpa.repository.Query("select d.id, d.aangemaaktOp from Dossier d where d.id in :ids "
            + "and d.leerling.woonadres.gemeentecode is null")
    List<Object[]> zonderWoongemeente(java.util.Collection<Long> ids);

    /**
     * Open dossiers where consent may have ended overnight without a withdrawal: a consent for a period whose last day
     * was yesterday, or a pupil whose birthday today changes who decides (12 or 16).
     */
    @org.springframework.data.jpa.repository.Query("select distinct d from Dossier d join d.toestemmingen t "
            + "where d.status = nl.eenplan.dossier.Dossier$Status.OPEN and t.actief = true "
            + "and (t.geldigTot = :gisteren or d.leerling.geboortedatum in :verjaardagen)")
    List<Dossier> metToestemmingDieKanEindigen(java.time.LocalDate gisteren,
                                               java.util.Collection<java.time.LocalDate> verjaardagen);

    /** The open dossiers of the pupil with this BSN, at every school (a school change finds the school left). */
    @org.springframework.data.jpa.repository.Query("select d from Dossier d where d.status = "
            + "nl.eenplan.dossier.Dossier$Status.OPEN and d.leerling.bsn = :bsn order by d.id")
    List<Dossier> openMetBsn(String bsn);
}
