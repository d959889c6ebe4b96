package nl.eenplan.dossier;

import java.util.List;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schools of this installation. */
@Service
@Transactional
public class SchoolService {

    private final SchoolRepository scholen;

    SchoolService(SchoolRepository scholen) {
        this.scholen = scholen;
    }

    @Transactional(readOnly = true)
    public List<SchoolView> lijst() {
        return scholen.findAllByOrderByNaam().stream().map(SchoolView::van).toList();
    }

    @Transactional(readOnly = true)
    public SchoolView haalOp(String brin) {
        return scholen.findByBrin(brin).map(SchoolView::van)
                .orElseThrow(() -> new NietGevondenException("Er is geen school met BRIN-nummer " + brin + "."));
    }

    public SchoolView registreer(NieuweSchool nieuw) {
        if (scholen.existsByBrin(nieuw.brin())) {
            throw new OngeldigeInvoerException("brin", "Er is al een school met BRIN-nummer " + nieuw.brin() + ".");
        }
        School school = scholen.save(new School(nieuw.brin(), nieuw.naam(), nieuw.gemeente(),
                nieuw.samenwerkingsverband(), nieuw.regio()));
        return SchoolView.van(school);
    }
}
