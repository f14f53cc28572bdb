package org.transcriptbot.bot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A message as a tree of styled text, rendered to Telegram HTML or to plain text. Strings inside are raw (never
 * pre-escaped): escaping is the renderer's job, so user and transcript text can never inject markup.
 */
public record Doc(List<Node> nodes) {
    public Doc {
        nodes = List.copyOf(nodes);
    }

    /** A piece of a message. */
    public sealed interface Node permits Text, Styled, Link {
    }

    public record Text(String text) implements Node {
    }

    public enum Style { BOLD, ITALIC, MARK, DELETED, INSERTED, CODE, QUOTE, EXPANDABLE_QUOTE }

    public record Styled(Style style, List<Node> children) implements Node {
        public Styled {
            children = List.copyOf(children);
        }
    }

    public record Link(String url, String text) implements Node {
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
        if (node instanceof Link l) {
            return l.text().length();
        }
        return length(((Styled) node).children());
    }

    /** The visible text. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        collect(nodes, sb);
        return sb.toString();
    }

    private static void collect(List<Node> nodes, StringBuilder sb) {
        for (Node n : nodes) {
            if (n instanceof Text t) {
                sb.append(t.text());
            } else if (n instanceof Link l) {
                sb.append(l.text());
            } else {
                collect(((Styled) n).children(), sb);
            }
        }
    }

    /**
     * Splits into documents of at most limit visible characters, cutting preferably after a line break or a
     * sentence end, and never inside a style: a cut quote or bold span is closed on one side and reopened on the
     * other.
     */
    public List<Doc> split(int limit) {
        List<Doc> out = new ArrayList<>();
        List<Node> rest = nodes;
        while (length(rest) > limit) {
            String visible = textOf(rest);
            int cut = cutPoint(visible, limit);
            List<List<Node>> halves = cut(rest, cut);
            out.add(new Doc(trimEnd(halves.get(0))));
            rest = halves.get(1);
        }
        if (!rest.isEmpty()) {
            out.add(new Doc(rest));
        }
        return out;
    }

    private static String textOf(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        collect(nodes, sb);
        return sb.toString();
    }

    static int cutPoint(String visible, int limit) {
        int min = limit / 2;
        for (int i = limit; i > min; i--) {
            if (visible.charAt(i - 1) == '\n') {
                return i;
            }
        }
        for (int i = limit; i > min; i--) {
            if ("。！？；!?;".indexOf(visible.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        int i = limit;
        if (Character.isLowSurrogate(visible.charAt(i)) && i > 0) {
            i--;
        }
        return i;
    }

    /** Cuts a node list at a visible offset into two lists, styles duplicated on both sides. */
    static List<List<Node>> cut(List<Node> nodes, int at) {
        List<Node> left = new ArrayList<>();
        List<Node> right = new ArrayList<>();
        int pos = 0;
        for (Node n : nodes) {
            int len = length(n);
            if (pos + len <= at) {
                left.add(n);
            } else if (pos >= at) {
                right.add(n);
            } else {
                int inner = at - pos;
                if (n instanceof Text t) {
                    left.add(new Text(t.text().substring(0, inner)));
                    right.add(new Text(t.text().substring(inner)));
                } else if (n instanceof Link l) {
                    left.add(new Link(l.url(), l.text().substring(0, inner)));
                    right.add(new Link(l.url(), l.text().substring(inner)));
                } else {
                    Styled s = (Styled) n;
                    List<List<Node>> halves = cut(s.children(), inner);
                    left.add(new Styled(s.style(), halves.get(0)));
                    right.add(new Styled(s.style(), halves.get(1)));
                }
            }
            pos += len;
        }
        return List.of(left, right);
    }

    private static List<Node> trimEnd(List<Node> nodes) {
        return nodes;
    }

    /** Builds a Doc. */
    public static final class Builder {
        private final List<Node> nodes = new ArrayList<>();

        public Builder text(String s) {
            if (s != null && !s.isEmpty()) {
                nodes.add(new Text(s));
            }
            return this;
        }

        public Builder line(String s) {
            return text(s).text("\n");
        }

        public Builder bold(String s) {
            return styled(Style.BOLD, s);
        }

        public Builder italic(String s) {
            return styled(Style.ITALIC, s);
        }

        public Builder code(String s) {
            return styled(Style.CODE, s);
        }

        public Builder styled(Style style, String s) {
            if (s != null && !s.isEmpty()) {
                nodes.add(new Styled(style, List.of(new Text(s))));
            }
            return this;
        }

        public Builder node(Node n) {
            nodes.add(n);
            return this;
        }

        public Builder quote(List<Node> children, boolean expandable) {
            nodes.add(new Styled(expandable ? Style.EXPANDABLE_QUOTE : Style.QUOTE, children));
            return this;
        }

        public Builder link(String url, String text) {
            nodes.add(new Link(url, text));
            return this;
        }

        public Builder append(Doc other) {
            nodes.addAll(other.nodes());
            return this;
        }

        public boolean isEmpty() {
            return nodes.isEmpty();
        }

        public Doc build() {
            return new Doc(nodes);
        }
    }
}
