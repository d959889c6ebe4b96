package nl.eenplan.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.eenplan.security.Toegang;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One check for every path under /api/dossiers/{nummer}: the dossier must belong to a school the user
 * works for, whatever capability answers the path. So a new endpoint cannot forget it.
 */
@Configuration
class DossierToegang implements WebMvcConfigurer, HandlerInterceptor {

    private final DossierService dossiers;
    private final Toegang toegang;

    DossierToegang(DossierService dossiers, Toegang toegang) {
        this.dossiers = dossiers;
        this.toegang = toegang;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/dossiers/*", "/api/dossiers/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> v
                && v.get("nummer") instanceof String nummer) {
            // Administrators pass (the API's group checks still apply): the inzage export of a dossier that was
            // removed after its retention must stay possible.
            if (!toegang.zicht().alles()) {
                dossiers.controleerToegang(nummer);
            }
        }
        return true;
    }
}
