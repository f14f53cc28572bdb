package org.transcriptbot.bot.render;

import java.util.List;

/** Plain text for the terminal: highlights as 【】, deletions as [-…-], insertions as {+…+}, quotes indented. */
public final class PlainRenderer {
    private PlainRenderer() {
    }

    public static String render(Doc doc) {
        StringBuilder sb = new StringBuilder();
        render(doc.nodes(), sb);
        return sb.toString();
    }

    private static void render(List<Doc.Node> nodes, StringBuilder sb) {
        for (Doc.Node n : nodes) {
            if (n instanceof Doc.Text t) {
                sb.append(t.text());
            } else if (n instanceof Doc.Link l) {
                sb.append(l.text()).append(" <").append(l.url()).append('>');
            } else {
                Doc.Styled s = (Doc.Styled) n;
                switch (s.style()) {
                    case MARK -> wrap(s, sb, "【", "】");
                    case DELETED -> wrap(s, sb, "[-", "-]");
                    case INSERTED -> wrap(s, sb, "{+", "+}");
                    case QUOTE, EXPANDABLE_QUOTE -> {
                        StringBuilder inner = new StringBuilder();
                        render(s.children(), inner);
                        String body = inner.toString().replaceAll("\n+$", "");
                        sb.append("  │ ").append(body.replace("\n", "\n  │ ")).append('\n');
                    }
                    default -> render(s.children(), sb);
                }
            }
        }
    }

    private static void wrap(Doc.Styled s, StringBuilder sb, String open, String close) {
        sb.append(open);
        render(s.children(), sb);
        sb.append(close);
    }
}
