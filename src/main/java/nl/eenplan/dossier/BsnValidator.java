package nl.eenplan.dossier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The elfproef for a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 must be divisible by 11 (and not 0).
 */
public class BsnValidator implements ConstraintValidator<Bsn, String> {

    @Override
    public boolean isValid(String bsn, ConstraintValidatorContext context) {
        return bsn == null || isGeldig(bsn);
    }

    public static boolean isGeldig(String bsn) {
        if (bsn.length() != 9 || !bsn.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }
}
