package org.transcriptbot.index.analysis;

import java.io.IOException;
import java.text.ParseException;
import java.util.List;

/**
 * Several rule files (the operator's synonyms and the English–Chinese lexicon) read as one set of
 * synonyms: one map, so a question is expanded once. A mistake is reported with the file and line
 * it is in, not the line of the joined text.
 */
public final class RuleFiles {
    private RuleFiles() {}

    /** One file's rules and the name to report it by. */
    public record Rules(String text, String source) {}

    /** The rules of every file, in order; an empty list gives no synonyms. */
    public static Synonyms parse(List<Rules> files) throws IOException {
        if (files.isEmpty()) {
            return Synonyms.none();
        }
        if (files.size() == 1) {
            return Synonyms.parse(files.get(0).text(), files.get(0).source());
        }
        StringBuilder joined = new StringBuilder();
        for (Rules r : files) {
            joined.append(r.text()).append('\n');
        }
        try {
            return Synonyms.parse(joined.toString(), names(files));
        } catch (IOException e) {
            if (e.getCause() instanceof ParseException p) {
                throw located(files, p);
            }
            throw e;
        }
    }

    /** The error again, parsed in its own file to name the file and its own line. */
    private static IOException located(List<Rules> files, ParseException joinedError) {
        for (Rules r : files) {
            try {
                Synonyms.parse(r.text(), r.source());
            } catch (IOException e) {
                return e;
            }
        }
        return new IOException(
                "The synonyms files "
                        + names(files)
                        + " have an error: "
                        + joinedError.getMessage(),
                joinedError);
    }

    private static String names(List<Rules> files) {
        return String.join(" + ", files.stream().map(Rules::source).toList());
    }
}
