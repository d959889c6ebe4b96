package nl.eenplan.taak;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.engine.EenDeur;
import nl.eenplan.engine.Taakweigering;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.web.NietGevondenException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the engine's one door for user tasks (nl.eenplan.engine.EenDeur) asks EenPlan: the task's handler
 * ({@link Afhandelingen}) with the client's variables read as its input ({@link Taakinvoer}), the school of a dossier,
 * and whether a task may go to a user.
 */
@Component
class Deurregels implements EenDeur.Regels {

    private final Supplier<Afhandelingen> afhandelingen;
    private final Supplier<GebruikerService> gebruikers;
    private final Supplier<DossierService> dossiers;
    private final Supplier<nl.eenplan.dossier.SchoolService> scholen;
    private final Taakinvoer lezer;

    // Providers: the handlers, the identity service and the dossiers need the engine the door is part of.
    Deurregels(ObjectProvider<Afhandelingen> afhandelingen, ObjectProvider<GebruikerService> gebruikers,
               ObjectProvider<DossierService> dossiers, ObjectProvider<nl.eenplan.dossier.SchoolService> scholen,
               ObjectMapper json, Validator validator) {
        this.scholen = scholen::getObject;
        this.afhandelingen = afhandelingen::getObject;
        this.gebruikers = gebruikers::getObject;
        this.dossiers = dossiers::getObject;
        this.lezer = new Taakinvoer(json, validator);
    }

    @Override
    public Optional<EenDeur.Afhandeling> afhandeling(String proces, String taak) {
        return afhandelingen.get().voor(proces, taak)
                .map(afhandeling -> (voltooiing, invoer, gebruiker) -> verwerk(afhandeling, voltooiing, invoer, gebruiker));
    }

    private <T> Map<String, Object> verwerk(Taakafhandeling<T> afhandeling, EenDeur.Voltooiing taak,
                                            Map<String, Object> invoer, String gebruiker) {
        T waarde = lezer.lees(invoer, afhandeling.invoer());
        Taakcontext context = new Taakcontext(taak.taakId(), taak.naam(), taak.proces(), taak.taak(),
                taak.procesInstantieId(), taak.dossierNummer(), taak.school(), taak.vervaldatum(), taak.variabelen());
        try {
            Map<String, Object> routering = afhandeling.verwerk(context, waarde, gebruiker);
            return routering == null ? Map.of() : routering;
        } catch (RuntimeException e) {
            // A handler refuses with EenPlan's own exceptions; the engine needs them as its refusal.
            Taakweigering weigering = Taakweigering.van(e);
            throw weigering != null ? weigering : e;
        }
    }

    @Override
    public boolean tenantHoortBijDossier(String tenant, String nummer) {
        try {
            Leerlingidentiteit leerling = dossiers.get().identiteit(nummer);
            return tenant.equals(leerling.schoolBrin()) || tenant.equals(leerling.schoolGemeentecode())
                    || tenant.equals(leerling.woongemeentecode()) || tenant.equals(swvTenant(leerling.schoolBrin()));
        } catch (NietGevondenException e) {
            return false;
        }
    }

    /** The tenant of the SWV of the pupil's school: an objection against its decision after a school change is its own. */
    private String swvTenant(String brin) {
        String swv = scholen.get().haalOp(brin).samenwerkingsverband();
        return swv == null ? null : nl.eenplan.organisatie.Organisaties.swvTenant(swv);
    }

    @Override
    public void controleerToewijzing(DelegateTask taak) {
        String aan = taak.getAssignee();
        if (aan == null) {
            return;
        }
        GebruikerService g = gebruikers.get();
        if (taak.getTenantId() != null && !g.hoortBijSchool(aan, taak.getTenantId())) {
            throw Taakweigering.verboden("Deze taak kan niet naar " + aan + ": die werkt niet voor de school van "
                    + "deze leerling.");
        }
        List<String> groepen = new ArrayList<>();
        boolean kandidaat = false;
        for (IdentityLink link : taak.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (aan.equals(link.getUserId())) {
                kandidaat = true;
            } else if (link.getGroupId() != null) {
                groepen.add(link.getGroupId());
            }
        }
        if (!kandidaat && groepen.stream().noneMatch(groep -> g.isLidVan(aan, groep))) {
            throw Taakweigering.verboden("Deze taak kan niet naar " + aan + ": die hoort niet bij de groep die deze "
                    + "taak doet.");
        }
    }
}
