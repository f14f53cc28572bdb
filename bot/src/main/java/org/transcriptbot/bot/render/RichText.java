package org.transcriptbot.bot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A message as a tree of styled text, rendered to Telegram HTML or to plain text. Strings inside
 * are raw (never pre-escaped): escaping is the renderer's job, so user and transcript text can
 * never inject markup.
 */
public record RichText(List<Node> nodes) {
    public RichText {
        nodes = List.copyOf(nodes);
    }

    /** A piece of a message. */
    public sealed interface Node permits Text, Styled {}

    public record Text(String text) implements Node {}

    /**
     * What a span of text is. HIGHLIGHT marks the words a search matched, ANSWER the sentence that
     * answers the question, DELETED and INSERTED the differences of a quote from the transcript.
     */
    public enum Style {
        BOLD,
        ITALIC,
        HIGHLIGHT,
        ANSWER,
        DELETED,
        INSERTED,
        QUOTE,
        EXPANDABLE_QUOTE
    }

    public record Styled(Style style, List<Node> children) implements Node {
        public Styled {
            children = List.copyOf(children);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Visible length in UTF-16 units, as Telegram counts a message's text. */
    public int length() {
        return length(nodes);
    }

    static int length(List<Node> nodes) {
        int n = 0;
        for (Node node : nodes) {
            n += length(node);
        }
        return n;
    }

    static int length(Node node) {
        if (node instanceof Text t) {
            return t.text().length();
        }
        return length(((Styled) node).children());
    }

    /** The visible text. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        collect(nodes, sb);
        return sb.toString();
    }

    static void collect(List<Node> nodes, StringBuilder sb) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                sb.append(t.text());
            } else {
                collect(((Styled) n).children(), sb);
            }
        }
    }

    /** Builds a RichText; empty strings are left out. */
    public static final class Builder {
        private final List<Node> nodes = new ArrayList<>();

        public Builder text(String s) {
            if (s != null && !s.isEmpty()) {
                nodes.add(new Text(s));
            }
            return this;
        }

        public Builder bold(String s) {
            return styled(Style.BOLD, s);
        }

        public Builder italic(String s) {
            return styled(Style.ITALIC, s);
        }

        public Builder styled(Style style, String s) {
            if (s != null && !s.isEmpty()) {
                nodes.add(new Styled(style, List.of(new Text(s))));
            }
            return this;
        }

        public Builder quote(List<Node> children, boolean expandable) {
            nodes.add(new Styled(expandable ? Style.EXPANDABLE_QUOTE : Style.QUOTE, children));
            return this;
        }

        public Builder append(RichText other) {
            nodes.addAll(other.nodes());
            return this;
        }

        public RichText build() {
            return new RichText(nodes);
        }
    }
}
