package org.transcriptbot.bot.render;

import java.util.List;

/**
 * Telegram HTML: every string escaped (&lt; &gt; &amp; and &quot; in attributes), only tags Telegram supports
 * (b, i, u, s, code, blockquote, blockquote expandable, a href).
 */
public final class HtmlRenderer {
    private HtmlRenderer() {
    }

    public static String render(Doc doc) {
        StringBuilder sb = new StringBuilder(doc.length() + 64);
        render(doc.nodes(), sb);
        return sb.toString();
    }

    private static void render(List<Doc.Node> nodes, StringBuilder sb) {
        for (Doc.Node n : nodes) {
            if (n instanceof Doc.Text t) {
                escape(t.text(), sb);
            } else if (n instanceof Doc.Link l) {
                sb.append("<a href=\"");
                escape(l.url(), sb);
                sb.append("\">");
                escape(l.text(), sb);
                sb.append("</a>");
            } else {
                Doc.Styled s = (Doc.Styled) n;
                if (Doc.length(s.children()) == 0) {
                    continue;
                }
                String open;
                String close;
                switch (s.style()) {
                    case BOLD, MARK -> {
                        open = "<b>";
                        close = "</b>";
                    }
                    case ITALIC -> {
                        open = "<i>";
                        close = "</i>";
                    }
                    case DELETED -> {
                        open = "<s>";
                        close = "</s>";
                    }
                    case INSERTED -> {
                        open = "<u>";
                        close = "</u>";
                    }
                    case CODE -> {
                        open = "<code>";
                        close = "</code>";
                    }
                    case QUOTE -> {
                        open = "<blockquote>";
                        close = "</blockquote>";
                    }
                    case EXPANDABLE_QUOTE -> {
                        open = "<blockquote expandable>";
                        close = "</blockquote>";
                    }
                    default -> throw new IllegalStateException();
                }
                sb.append(open);
                render(s.children(), sb);
                sb.append(close);
            }
        }
    }

    public static void escape(String s, StringBuilder sb) {
        sb.append(org.transcriptbot.index.Json.escapeHtml(s));
    }
}
