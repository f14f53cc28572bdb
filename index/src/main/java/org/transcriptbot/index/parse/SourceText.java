package org.transcriptbot.index.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a transcript file and splits it into lines (LF, CRLF or CR). A byte-order mark decides
 * (UTF-8, UTF-16LE/BE); without one the bytes are read strictly as UTF-8, and when they are not
 * UTF-8, strictly as GB18030 (a superset of GBK and GB2312, the usual encoding of Chinese .txt
 * files). The JDK's strict decoders are the detector: text in one of these encodings almost never
 * decodes without error in another.
 */
final class SourceText {
    /** The decoded lines and the name of the encoding they were read in. */
    record Decoded(List<String> lines, String encoding) {}

    private SourceText() {}

    static Decoded decode(String file, byte[] bytes) throws TranscriptException {
        if (bytes.length == 0) {
            throw new TranscriptException(file + " is empty.");
        }
        String text;
        String encoding;
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            encoding = bytes[0] == (byte) 0xFF ? "UTF-16LE" : "UTF-16BE";
            text = strict(bytes, 2, Charset.forName(encoding));
            if (text == null) {
                throw new TranscriptException(
                        file + " starts like UTF-16 text but is not (odd or invalid bytes).");
            }
        } else {
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            checkNoNul(file, bytes, start);
            encoding = "UTF-8";
            text = strict(bytes, start, StandardCharsets.UTF_8);
            if (text == null && start == 0) {
                encoding = "GB18030";
                text = strict(bytes, 0, Charset.forName("GB18030"));
            }
            if (text == null) {
                throw new TranscriptException(
                        file
                                + " is not UTF-8 text, nor GB18030 (invalid bytes on line "
                                + lineAt(bytes, firstInvalidUtf8(bytes, start))
                                + "); convert it, e.g. iconv -f BIG5 -t UTF-8.");
            }
        }
        if (text.isBlank()) {
            throw new TranscriptException(file + " is empty (only blank lines).");
        }
        return new Decoded(split(text), encoding);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void checkNoNul(String file, byte[] bytes, int start)
            throws TranscriptException {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TranscriptException(
                        file
                                + " is not a text file (a NUL byte on line "
                                + lineAt(bytes, i)
                                + ").");
            }
        }
    }

    /** The text, or null when the bytes are not valid in that charset. */
    private static String strict(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        var decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        return in.position();
    }

    private static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(lineStart, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        if (lineStart < text.length()) {
            lines.add(text.substring(lineStart));
        }
        return lines;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Trims ordinary, full-width and other Unicode spaces, runs of them made one space, and drops
     * zero-width and control characters (runs are joined as they are met: a regular expression
     * compiled for every line was a percent of a large collection's parsing).
     */
    static String clean(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (Character.isISOControl(c) && c != '\t') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
