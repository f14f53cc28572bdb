package org.transcriptbot.bot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The batch mode of search and verify: each line of standard input in order. One bad line never
 * ends the batch: a line whose handling fails gets its own answer and the next line is read; only
 * input that is not text in the expected encoding stops it, with the line's number.
 */
final class LineBatch {
    private LineBatch() {}

    static void run(
            BufferedReader in,
            Charset encoding,
            Consumer<String> handle,
            BiConsumer<String, RuntimeException> failed)
            throws IOException, Exits.InputException {
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                try {
                    handle.accept(line);
                } catch (RuntimeException e) {
                    failed.accept(line, e);
                }
            }
        } catch (CharacterCodingException e) {
            throw new Exits.InputException(
                    "Line "
                            + (lineNo + 1)
                            + " of standard input is not "
                            + encoding
                            + " text: "
                            + Exits.InputException.ENCODING_HINT);
        }
    }
}
