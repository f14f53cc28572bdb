package org.transcriptbot.index.text;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Character-level normalisation shared by the index, search and quote verification: Traditional to
 * Simplified folding (a table generated from ICU's "Traditional-Simplified" transform, shipped as
 * t2s.txt so start-up does not pay half a second for it; a test checks it against ICU), width
 * folding (NFKC) and case folding, and the "key" form of a text that keeps only letters and digits.
 */
public final class Chinese {
    private static final int FIRST = 0x3400;
    private static final int LAST = 0xFAFF;
    private static final char[] T2S = new char[LAST - FIRST + 1];
    private static final NormalizeCharMap T2S_MAP;

    static {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        try (InputStream in = Chinese.class.getResourceAsStream("t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("t2s.txt is missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    T2S[line.charAt(0) - FIRST] = line.charAt(1);
                    builder.add(line.substring(0, 1), line.substring(1, 2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        T2S_MAP = builder.build();
    }

    /**
     * The table as ICU's "Traditional-Simplified" transform gives it (the shipped t2s.txt is
     * generated from this).
     */
    public static String icuTable() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder sb = new StringBuilder();
        for (int cp = FIRST; cp <= LAST; cp++) {
            if (!Character.isIdeographic(cp)) {
                continue;
            }
            String s = String.valueOf((char) cp);
            String simplified = t.transliterate(s);
            if (simplified.length() == 1 && simplified.charAt(0) != cp) {
                sb.append(s).append(simplified).append('\n');
            }
        }
        return sb.toString();
    }

    private Chinese() {}

    /**
     * The mapping for a Lucene MappingCharFilter (keeps highlight offsets on the original text).
     */
    public static NormalizeCharMap traditionalToSimplifiedMap() {
        return T2S_MAP;
    }

    /** Simplified form of one character (the character itself when it has none). */
    public static char simplified(char c) {
        if (c >= FIRST && c <= LAST) {
            char s = T2S[c - FIRST];
            return s == 0 ? c : s;
        }
        return c;
    }

    public static String toSimplified(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(simplified(text.charAt(i)));
        }
        return sb.toString();
    }

    /** True for characters that end a sentence (a paragraph may end there). */
    public static boolean isSentenceEnd(char c) {
        return "。！？!?；;…".indexOf(c) >= 0;
    }

    /**
     * True if the text, once trailing closing quotes and brackets are set aside, ends a sentence or
     * introduces a list (a colon).
     */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "”’」』）)】\"'".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        return isSentenceEnd(c) || c == '：' || c == ':';
    }

    /**
     * A decimal point or percent sign inside a number is kept: "1.5" is not "15", "29%" is not
     * "29".
     */
    static boolean numberMark(CharSequence text, int i, int cp) {
        boolean point = cp == '.' || cp == '．';
        boolean percent = cp == '%' || cp == '％';
        if (!point && !percent) {
            return false;
        }
        boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        return point ? digitBefore && digitAfter : digitBefore;
    }

    /** Is the character kept in the key form (letters and digits of any script)? */
    public static boolean isKeyChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    /** Chinese.key's fold of a char: none of one char (the general path), or dropped. */
    private static final int NO_FOLD = -1;

    private static final int DROPPED = -2;

    /**
     * The key form: NFKC, case-folded, Traditional folded to Simplified, with everything but
     * letters and digits removed. srcIndex maps each key character back to the index of the source
     * character it came from.
     */
    public static Key key(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] src = new int[text.length() + 4];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            int len = Character.charCount(cp);
            if (numberMark(text, i, cp)) {
                out.append(cp == '.' || cp == '．' ? "." : "%");
                if (n + 2 > src.length) {
                    src = java.util.Arrays.copyOf(src, src.length * 2);
                }
                src[n++] = i;
                i += len;
                continue;
            }
            // one char folded to one char (nearly every char of a transcript), without a String
            int one = NO_FOLD;
            if (cp < 0x80) {
                one = Character.isLetterOrDigit(cp) ? (char) Character.toLowerCase(cp) : DROPPED;
            } else if (cp >= 0xFF01 && cp <= 0xFF5E) {
                one = (char) Character.toLowerCase(cp - 0xFEE0);
            } else if (Character.isIdeographic(cp) && cp <= 0xFFFF) {
                one = simplified((char) cp);
            }
            if (one != NO_FOLD) {
                if (one != DROPPED && isKeyChar(one)) {
                    if (n + 2 > src.length) {
                        src = java.util.Arrays.copyOf(src, src.length * 2);
                    }
                    out.append((char) one);
                    src[n++] = i;
                }
                i += len;
                continue;
            }
            String folded =
                    Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                            .toLowerCase();
            for (int k = 0; k < folded.length(); ) {
                int fc = folded.codePointAt(k);
                if (isKeyChar(fc)) {
                    if (n + 2 > src.length) {
                        src = java.util.Arrays.copyOf(src, src.length * 2);
                    }
                    out.appendCodePoint(fc);
                    for (int c = 0; c < Character.charCount(fc); c++) {
                        src[n++] = i;
                    }
                }
                k += Character.charCount(fc);
            }
            i += len;
        }
        return new Key(out.toString(), java.util.Arrays.copyOf(src, n));
    }

    /** A text's key form and, for each key character, the index of its source character. */
    public record Key(String text, int[] srcIndex) {
        public int length() {
            return text.length();
        }
    }
}
