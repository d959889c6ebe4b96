package nl.eenplan.paginas;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user as the services ask for them: a name and the groups they work in. */
record Aangemeld(String naam, List<String> groepen) {

    static Aangemeld van(Authentication authentication) {
        return new Aangemeld(authentication.getName(),
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
