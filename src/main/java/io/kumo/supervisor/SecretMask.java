package io.kumo.supervisor;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Replaces the clear value of each secret with {@value #MASK}: the one masking step every line of a child's output
 * goes through before anything keeps it (log, error summary, notifications, the run record, backups). Occurrences
 * that overlap are masked as one. A secret that spans several lines (a PEM key) is also masked line by line, since
 * output is read a line at a time. Transformed forms (base64, reversed, URL-encoded, split by the script itself)
 * are not recognised.
 */
public final class SecretMask {

    public static final String MASK = "******";
    private static final SecretMask NONE = new SecretMask(List.of());

    private final List<String> secrets;
    private final int longest;

    private SecretMask(List<String> secrets) {
        this.secrets = secrets;
        this.longest = secrets.stream().mapToInt(String::length).max().orElse(0);
    }

    public static SecretMask of(List<String> secrets) {
        Set<String> values = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            values.add(secret);
            if (secret.indexOf('\n') >= 0 || secret.indexOf('\r') >= 0) {
                secret.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(values::add);
            }
        }
        return values.isEmpty() ? NONE : new SecretMask(List.copyOf(values));
    }

    public static SecretMask none() {
        return NONE;
    }

    /** No secrets: every text is its own masked form. */
    public boolean masksNothing() {
        return secrets.isEmpty();
    }

    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        BitSet covered = covered(text);
        return covered == null ? text : replace(text, covered, text.length());
    }

    /**
     * A per-stream masker for pieces of lines: a line cut into pieces (a piece that {@code continues}) is masked over
     * the joined text, holding back up to (longest secret - 1) characters until the next piece, so a secret
     * straddling a cut is masked too.
     */
    public Pieces pieces(Consumer<String> lines) {
        return new Pieces((text, continues) -> lines.accept(text));
    }

    /** As {@link #pieces(Consumer)}, telling with each masked part whether its line goes on in the next one. */
    public Pieces piecesWithCuts(PieceSink sink) {
        return new Pieces(sink);
    }

    /** Receives masked parts of lines. */
    @FunctionalInterface
    public interface PieceSink {
        /** @param continues the line goes on in the next part */
        void accept(String text, boolean continues);
    }

    /** Character positions inside some occurrence of a secret; null when there is none (the usual line). */
    private BitSet covered(String text) {
        BitSet covered = null;
        for (String secret : secrets) {
            for (int at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
                if (covered == null) {
                    covered = new BitSet(text.length());
                }
                covered.set(at, at + secret.length());
            }
        }
        return covered;
    }

    /** The text up to {@code end}, each run of covered characters replaced by one mask. */
    private static String replace(String text, BitSet covered, int end) {
        StringBuilder out = new StringBuilder(end);
        int at = 0;
        while (at < end) {
            int start = covered.nextSetBit(at);
            if (start < 0 || start >= end) {
                out.append(text, at, end);
                break;
            }
            out.append(text, at, start).append(MASK);
            at = Math.min(end, covered.nextClearBit(start));
        }
        return out.toString();
    }

    /** See {@link #pieces}. Used by one pipe reader at a time. */
    public final class Pieces {

        private final PieceSink lines;
        private String carry = "";

        private Pieces(PieceSink lines) {
            this.lines = lines;
        }

        /**
         * @param continues the line goes on in the next piece (it was cut, not ended); the piece that ends it comes
         *                  with false, and then everything held back goes out
         */
        public void accept(String piece, boolean continues) {
            String text = carry.isEmpty() ? piece : carry + piece;
            carry = "";
            if (!continues || secrets.isEmpty()) {
                lines.accept(mask(text), continues);
                return;
            }
            BitSet covered = covered(text);
            if (covered == null) {
                covered = new BitSet();
            }
            int cut = Math.max(0, text.length() - (longest - 1));
            if (cut > 0 && covered.get(cut - 1)) {
                cut = covered.nextClearBit(cut - 1); // never split a masked occurrence: it goes out whole
            } else if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // nor a character
            }
            if (cut == 0) {
                carry = text;
                return;
            }
            // an occurrence starting before the cut ends within the text (it is at most `longest` long), so the
            // emitted part is fully masked and the held-back part holds no piece of a masked occurrence
            lines.accept(replace(text, covered, cut), true);
            carry = text.substring(cut);
        }

    }
}
