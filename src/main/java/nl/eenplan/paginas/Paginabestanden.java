package nl.eenplan.paginas;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The files the pages load (scripts, styles): they hold no pupil data, so the browser may keep them, unlike every
 * answer of /api and the pages (Cache-Control: no-store, security.SecurityConfig). Without this a form's page fetched
 * the 2.5 MB form viewer and the 420 kB of NL Design System styles again on every page and compiled them anew.
 * <ul>
 * <li>The libraries carry their version in the path (vendor/form-js-1.8.7, webjars/htmx.org/2.0.4): a new version is
 * a new address, so the browser keeps them a year without asking ({@code immutable}).</li>
 * <li>EenPlan's own /css and /js keep their names from release to release: the browser keeps them but asks each time
 * whether they changed ({@code no-cache}, answered 304 by their last modification while unchanged), so an upgrade
 * reaches every browser on its next page.</li>
 * </ul>
 * Spring Security writes its no-store only where an answer has no Cache-Control of its own.
 */
@Configuration
class Paginabestanden implements WebMvcConfigurer {

    static final CacheControl MET_VERSIE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl ZONDER_VERSIE = CacheControl.noCache().cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/vendor/**").addResourceLocations("classpath:/static/vendor/")
                .setCacheControl(MET_VERSIE);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(MET_VERSIE);
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(ZONDER_VERSIE);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .setCacheControl(ZONDER_VERSIE);
    }
}
