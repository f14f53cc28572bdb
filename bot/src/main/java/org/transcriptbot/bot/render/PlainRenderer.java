package org.transcriptbot.bot.render;

import java.util.List;

/**
 * Plain text for the terminal: highlights as 【…】, the answering sentence as **…**, deletions as
 * [-…-], insertions as {+…+}, quotes indented behind a bar. Nothing is escaped: a terminal shows
 * text as it is.
 */
public final class PlainRenderer {
    private PlainRenderer() {}

    public static String render(RichText text) {
        StringBuilder sb = new StringBuilder();
        render(text.nodes(), sb);
        return sb.toString();
    }

    private static void render(List<RichText.Node> nodes, StringBuilder sb) {
        for (RichText.Node n : nodes) {
            if (n instanceof RichText.Text t) {
                sb.append(t.text());
            } else {
                RichText.Styled s = (RichText.Styled) n;
                switch (s.style()) {
                    case HIGHLIGHT -> wrap(s, sb, "【", "】");
                    case ANSWER -> wrap(s, sb, "**", "**");
                    case DELETED -> wrap(s, sb, "[-", "-]");
                    case INSERTED -> wrap(s, sb, "{+", "+}");
                    case QUOTE, EXPANDABLE_QUOTE -> quote(s, sb);
                    default -> render(s.children(), sb);
                }
            }
        }
    }

    private static void quote(RichText.Styled s, StringBuilder sb) {
        StringBuilder inner = new StringBuilder();
        render(s.children(), inner);
        String body = inner.toString().replaceAll("\n+$", "");
        sb.append("  │ ").append(body.replace("\n", "\n  │ ")).append('\n');
    }

    private static void wrap(RichText.Styled s, StringBuilder sb, String open, String close) {
        sb.append(open);
        render(s.children(), sb);
        sb.append(close);
    }
}
