package org.transcriptbot.bot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long message into messages that fit Telegram's limit, cutting preferably after a line
 * break or a sentence end, and never inside a style: a cut quote or bold span is closed on one side
 * and reopened on the other.
 */
public final class MessageSplitter {
    /**
     * Telegram accepts 4096 characters of visible text; the margin keeps a split message clear of
     * it even where Telegram counts a character differently from Java (some emoji sequences).
     */
    public static final int MAX_LENGTH = 4000;

    private static final String SENTENCE_ENDS = "。！？；!?;";

    private MessageSplitter() {}

    /**
     * The message as parts of at most MAX_LENGTH visible characters (the message itself if it
     * fits).
     */
    public static List<RichText> split(RichText text) {
        return split(text, MAX_LENGTH);
    }

    /** The first part only: for places that show one message (an edit, an inline result). */
    public static RichText first(RichText text) {
        return split(text, MAX_LENGTH).get(0);
    }

    /** The message as parts of at most limit visible characters. */
    public static List<RichText> split(RichText text, int limit) {
        List<RichText> out = new ArrayList<>();
        List<RichText.Node> rest = text.nodes();
        while (RichText.length(rest) > limit) {
            StringBuilder visible = new StringBuilder();
            RichText.collect(rest, visible);
            List<List<RichText.Node>> halves = cut(rest, cutPoint(visible.toString(), limit));
            out.add(new RichText(halves.get(0)));
            rest = halves.get(1);
        }
        if (!rest.isEmpty() || out.isEmpty()) {
            out.add(new RichText(rest));
        }
        return out;
    }

    /**
     * Where to cut visible text to keep at most limit characters: a line end, else a sentence end,
     * else limit.
     */
    static int cutPoint(String visible, int limit) {
        int min = limit / 2;
        for (int i = limit; i > min; i--) {
            if (visible.charAt(i - 1) == '\n') {
                return i;
            }
        }
        for (int i = limit; i > min; i--) {
            if (SENTENCE_ENDS.indexOf(visible.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return Character.isLowSurrogate(visible.charAt(limit)) ? limit - 1 : limit;
    }

    /** Cuts a node list at a visible offset into two lists, styles duplicated on both sides. */
    private static List<List<RichText.Node>> cut(List<RichText.Node> nodes, int at) {
        List<RichText.Node> left = new ArrayList<>();
        List<RichText.Node> right = new ArrayList<>();
        int pos = 0;
        for (RichText.Node n : nodes) {
            int len = RichText.length(n);
            if (pos + len <= at) {
                left.add(n);
            } else if (pos >= at) {
                right.add(n);
            } else {
                int inner = at - pos;
                if (n instanceof RichText.Text t) {
                    left.add(new RichText.Text(t.text().substring(0, inner)));
                    right.add(new RichText.Text(t.text().substring(inner)));
                } else {
                    RichText.Styled s = (RichText.Styled) n;
                    List<List<RichText.Node>> halves = cut(s.children(), inner);
                    left.add(new RichText.Styled(s.style(), halves.get(0)));
                    right.add(new RichText.Styled(s.style(), halves.get(1)));
                }
            }
            pos += len;
        }
        return List.of(left, right);
    }
}
