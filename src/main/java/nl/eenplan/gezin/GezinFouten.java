package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import nl.eenplan.web.NietGevondenException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on the family's pages is a page in the family's language that names nothing: another child's id, a part
 * this person may not see and a binding that ended all look the same (404). An action the person's row does not give
 * them is a 403 that says why.
 */
@ControllerAdvice(basePackageClasses = GezinFouten.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GezinFouten {

    @ExceptionHandler(NietGevondenException.class)
    String nietGevonden(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("terug", "/gezin");
        return "gezin/fout";
    }

    /** An action the rule does not give this person: 403, and their row's explanation. */
    @ExceptionHandler(GezinMagDitNiet.class)
    String magNiet(GezinMagDitNiet fout, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("terug", "/gezin");
        model.addAttribute("titel", "gezin.mag-niet.titel");
        model.addAttribute("uitleg", fout.uitleg());
        return "gezin/fout";
    }
}
