package nl.eenplan.monitor;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suppression patterns computed last, by the cells they were computed from (issue #25: at 7,000 schools one
 * pattern costs about half a second of CPU to compute, and every grouping of a view and every user with the same view
 * asks for the same one). The key is a SHA-256 digest of everything {@link Onderdrukking} weighs: per cell, in order,
 * its pupils, its cases and its quantities' inner cells. So a pattern is reused only for exactly the same cells; a
 * count changed anywhere, another view or another period gives another key. There is nothing to invalidate: a pattern
 * nobody asks for again goes when the memory is full (least recently used first). Size 0: nothing is kept.
 */
final class Onderdrukkingsgeheugen {

    private final int grootte;
    private final Map<ByteBuffer, BitSet> patronen;
    /** How often a pattern came from memory (the tests look). */
    private long gevonden;

    Onderdrukkingsgeheugen(int grootte) {
        if (grootte < 0) {
            throw new IllegalStateException("eenplan.monitor.onderdrukking.onthouden is 0 of meer, niet " + grootte);
        }
        this.grootte = grootte;
        this.patronen = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, BitSet> oudste) {
                return size() > Onderdrukkingsgeheugen.this.grootte;
            }
        };
    }

    /** The positions of the cells to suppress: from memory when these very cells were suppressed before. */
    BitSet onderdruk(List<Onderdrukking.Cel<Integer>> cellen) {
        if (grootte == 0) {
            return bits(cellen);
        }
        ByteBuffer sleutel = sleutel(cellen);
        synchronized (patronen) {
            BitSet bekend = patronen.get(sleutel);
            if (bekend != null) {
                gevonden++;
                return (BitSet) bekend.clone();
            }
        }
        BitSet onderdrukt = bits(cellen); // outside the lock: two requests for a new pattern may both compute it
        synchronized (patronen) {
            patronen.put(sleutel, (BitSet) onderdrukt.clone());
        }
        return onderdrukt;
    }

    /** How many patterns are kept (the tests look). */
    int aantal() {
        synchronized (patronen) {
            return patronen.size();
        }
    }

    /** How often a pattern came from memory (the tests look). */
    long gevonden() {
        synchronized (patronen) {
            return gevonden;
        }
    }

    private static BitSet bits(List<Onderdrukking.Cel<Integer>> cellen) {
        BitSet uit = new BitSet(cellen.size());
        Onderdrukking.onderdruk(cellen).forEach(uit::set);
        return uit;
    }

    /** SHA-256 of the cells in order: their position, pupils, cases, and per quantity its length and inner cells. */
    static ByteBuffer sleutel(List<Onderdrukking.Cel<Integer>> cellen) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
        ByteBuffer blok = ByteBuffer.allocate(1 << 16);
        for (Onderdrukking.Cel<Integer> cel : cellen) {
            blok = ruimte(sha, blok, 24);
            blok.putInt(cel.sleutel()).putLong(cel.leerlingen()).putLong(cel.aantal()).putInt(cel.sommen().size());
            for (int[] som : cel.sommen()) {
                blok = ruimte(sha, blok, 4);
                blok.putInt(som.length);
                for (int binnencel : som) {
                    blok = ruimte(sha, blok, 4);
                    blok.putInt(binnencel);
                }
            }
        }
        blok.flip();
        sha.update(blok);
        return ByteBuffer.wrap(sha.digest());
    }

    /** The block with room for {@code bytes} more: what it holds is hashed first when it is full. */
    private static ByteBuffer ruimte(MessageDigest sha, ByteBuffer blok, int bytes) {
        if (blok.remaining() < bytes) {
            blok.flip();
            sha.update(blok);
            blok.clear();
        }
        return blok;
    }
}
