package nl.eenplan;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * A class file for the class upload, made as it is read: the header, then line i for i = 0 … n-1. The test holds no
 * file, so what it measures of the heap is the application's.
 */
public final class GegenereerdeKlas extends InputStream {

    public static final String KOP = "bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;schoolBrin;onderwijssoort;"
            + "leerjaar;overstap;schooljaar\n";

    private final int aantal;
    private final IntFunction<String> regelVan;
    private int volgende;
    private byte[] regel = KOP.getBytes(StandardCharsets.UTF_8);
    private int positie;

    /** n lines; {@code regelVan} gives line i, ending in a newline. */
    public GegenereerdeKlas(int aantal, IntFunction<String> regelVan) {
        this.aantal = aantal;
        this.regelVan = regelVan;
    }

    @Override
    public int read() {
        if (positie == regel.length) {
            if (volgende == aantal) {
                return -1;
            }
            regel = regelVan.apply(volgende++).getBytes(StandardCharsets.UTF_8);
            positie = 0;
        }
        return regel[positie++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int lengte) {
        int n = 0;
        while (n < lengte) {
            int b = read();
            if (b < 0) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n;
    }
}
