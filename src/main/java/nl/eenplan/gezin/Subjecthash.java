package nl.eenplan.gezin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How an account is known: HMAC-SHA256 with the installation's secret ({@code eenplan.gezin.geheim}) over
 * {@code issuer|subject}. The identity provider's subject may be a BSN (UAVG art. 46: a BSN only where a law allows it),
 * so the raw subject is never stored or logged; without the secret the hash cannot be traced back to it.
 */
@Component
class Subjecthash {

    /** The issuer alias of the demo family (profile demo): names, not a provider's subjects. */
    static final String DEMO = "demo";

    private final byte[] geheim;

    Subjecthash(@Value("${eenplan.gezin.geheim:}") String geheim) {
        this.geheim = geheim.getBytes(StandardCharsets.UTF_8);
    }

    /** The hash an invitation's code is kept and found by (the code itself is never kept). */
    String vanCode(String code) {
        return van("uitnodiging", code);
    }

    String van(String issuer, String subject) {
        if (geheim.length < 16) {
            throw new IllegalStateException("eenplan.gezin.geheim ontbreekt of is korter dan 16 tekens: zonder dat "
                    + "geheim kan EenPlan ouders en leerlingen niet herkennen.");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(geheim, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar.", e);
        }
    }
}
