package org.transcriptbot.bot.render;

import java.util.List;

/**
 * Telegram HTML: every string escaped (&lt; &gt; &amp; &quot;), only tags Telegram supports (b, i,
 * u, s, blockquote, blockquote expandable). Highlighted words are bold, the answering sentence and
 * inserted words underlined, deleted words struck through.
 */
public final class HtmlRenderer {
    private HtmlRenderer() {}

    public static String render(RichText text) {
        StringBuilder sb = new StringBuilder(text.length() + 64);
        render(text.nodes(), sb);
        return sb.toString();
    }

    private static void render(List<RichText.Node> nodes, StringBuilder sb) {
        for (RichText.Node n : nodes) {
            if (n instanceof RichText.Text t) {
                escape(t.text(), sb);
            } else {
                RichText.Styled s = (RichText.Styled) n;
                if (RichText.length(s.children()) > 0) {
                    String tag = tag(s.style());
                    sb.append('<')
                            .append(tag)
                            .append(
                                    s.style() == RichText.Style.EXPANDABLE_QUOTE
                                            ? " expandable>"
                                            : ">");
                    render(s.children(), sb);
                    sb.append("</").append(tag).append('>');
                }
            }
        }
    }

    private static String tag(RichText.Style style) {
        return switch (style) {
            case BOLD, HIGHLIGHT -> "b";
            case ITALIC -> "i";
            case ANSWER, INSERTED -> "u";
            case DELETED -> "s";
            case QUOTE, EXPANDABLE_QUOTE -> "blockquote";
        };
    }

    /** Appends s with the characters HTML gives meaning to replaced by entities. */
    static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
    }
}
