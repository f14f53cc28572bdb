package org.transcriptbot.index.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Decodes a transcript file strictly as UTF-8 (BOM allowed) and splits it into lines (LF, CRLF or CR). */
final class SourceText {
    private SourceText() {
    }

    static List<String> lines(String file, byte[] bytes) throws TranscriptException {
        if (bytes.length == 0) {
            throw new TranscriptException(file + " is empty.");
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new TranscriptException(file + " is not a text file (a NUL byte on line " + lineAt(bytes, i) + ").");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new TranscriptException(file + " is not UTF-8 text (invalid bytes on line " + lineAt(bytes, in.position())
                    + "); convert it, e.g. iconv -f GBK -t UTF-8.");
        }
        try {
            var flush = decoder.flush(out);
            if (flush.isError()) {
                flush.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new TranscriptException(file + " is not UTF-8 text (it ends in the middle of a character).", e);
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            throw new TranscriptException(file + " is empty (only blank lines).");
        }
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

    /** Trims ordinary, full-width and other Unicode spaces, and drops zero-width and control characters. */
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
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip().replaceAll(" {2,}", " ");
    }
}
