package nl.eenplan.melding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeldingGelezenRepository extends JpaRepository<MeldingGelezen, MeldingGelezen.Sleutel> {

    @Query("select g.sleutel.meldingId from MeldingGelezen g where g.sleutel.gebruiker = :gebruiker")
    List<Long> gelezenDoor(@Param("gebruiker") String gebruiker);

    java.util.List<MeldingGelezen> findBySleutelMeldingIdIn(java.util.Collection<Long> meldingIds);
}
