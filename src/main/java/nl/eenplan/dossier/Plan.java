package nl.eenplan.dossier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The one plan of a pupil ("1 kind, 1 gezin, 1 plan"): its goals. */
@Entity
public class Plan {

    /** From a sequence in blocks of 50 (V72), so a class upload's inserts go in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = nl.eenplan.database.Volgnummers.BLOK)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Doel> doelen = new ArrayList<>();

    protected Plan() {
    }

    Plan(Dossier dossier) {
        this.dossier = dossier;
    }

    public void voegDoelToe(Doel doel) {
        doel.hoortBij(this);
        doelen.add(doel);
    }

    public Long getId() {
        return id;
    }

    public List<Doel> getDoelen() {
        return Collections.unmodifiableList(doelen);
    }
}
