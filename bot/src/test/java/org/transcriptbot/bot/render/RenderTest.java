package org.transcriptbot.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.bot.telegram.TelegramHtmlRules;

class RenderTest {
    private static RichText.Styled styled(RichText.Style style, String text) {
        return new RichText.Styled(style, List.of(new RichText.Text(text)));
    }

    @Test
    void htmlEscapesEverythingAndUsesOnlyTelegramTags() {
        RichText d =
                RichText.builder()
                        .text("<script>&\"")
                        .bold("a<b")
                        .quote(
                                List.of(
                                        new RichText.Text("x>y"),
                                        styled(RichText.Style.HIGHLIGHT, "&amp;")),
                                true)
                        .italic("</i>")
                        .build();
        String html = HtmlRenderer.render(d);
        assertThat(html)
                .isEqualTo(
                        "&lt;script&gt;&amp;&quot;<b>a&lt;b</b><blockquote expandable>x&gt;y<b>&amp;amp;</b>"
                                + "</blockquote><i>&lt;/i&gt;</i>");
        assertThat(TelegramHtmlRules.text(html, "HTML")).isNull();
    }

    @Test
    void theAnsweringSentenceIsUnderlinedInsideTheQuoteWithItsHighlights() {
        RichText d =
                RichText.builder()
                        .quote(
                                List.of(
                                        new RichText.Text("前文。"),
                                        new RichText.Styled(
                                                RichText.Style.ANSWER,
                                                List.of(
                                                        new RichText.Text("答"),
                                                        styled(RichText.Style.HIGHLIGHT, "案")))),
                                false)
                        .build();
        assertThat(HtmlRenderer.render(d))
                .isEqualTo("<blockquote>前文。<u>答<b>案</b></u></blockquote>");
        assertThat(PlainRenderer.render(d)).isEqualTo("  │ 前文。**答【案】**\n");
    }

    @Test
    void emptyStylesLeaveNoEmptyTags() {
        RichText d =
                new RichText(
                        List.of(
                                new RichText.Styled(RichText.Style.BOLD, List.of()),
                                new RichText.Text("x")));
        assertThat(HtmlRenderer.render(d)).isEqualTo("x");
    }

    @Test
    void plainTextMarksHighlightsAndDifferences() {
        RichText d =
                RichText.builder()
                        .text("a")
                        .styled(RichText.Style.HIGHLIGHT, "b")
                        .styled(RichText.Style.DELETED, "c")
                        .styled(RichText.Style.INSERTED, "d")
                        .build();
        assertThat(PlainRenderer.render(d)).isEqualTo("a【b】[-c-]{+d+}");
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 200, 1000, 4000})
    void splitsLongMessagesCleanlyNeverInsideAStyle(int limit) {
        RichText.Builder b = RichText.builder().bold("标题<>&").text("\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("第").append(i).append("句话，含有<特殊>字符&符号。");
            if (i % 7 == 0) {
                body.append('\n');
            }
        }
        b.quote(
                List.of(
                        new RichText.Text(body.toString()),
                        styled(RichText.Style.HIGHLIGHT, "高亮😀结尾")),
                false);
        RichText doc = b.build();
        List<RichText> parts = MessageSplitter.split(doc, limit);
        assertThat(parts.size()).isGreaterThan(1);
        StringBuilder joined = new StringBuilder();
        for (RichText p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(limit);
            String html = HtmlRenderer.render(p);
            assertThat(TelegramHtmlRules.text(html, "HTML")).as(html).isNull();
            joined.append(p.plainText());
        }
        assertThat(joined.toString()).isEqualTo(doc.plainText());
    }

    @Test
    void splitsPreferLineAndSentenceEndsAndNeverCutASurrogatePair() {
        RichText d = RichText.builder().text("一二三四五。六七八九十\n甲乙丙丁戊己庚辛").build();
        assertThat(MessageSplitter.split(d, 14).get(0).plainText()).isEqualTo("一二三四五。六七八九十\n");
        assertThat(MessageSplitter.cutPoint("一二三四五。六七八九十甲乙丙丁", 10)).isEqualTo(6);
        assertThat(MessageSplitter.cutPoint("abcdefghi😀xyz", 10)).isEqualTo(9);
    }

    @Test
    void aMessageThatFitsIsOnePartAndAnEmptyOneToo() {
        assertThat(MessageSplitter.split(RichText.builder().text("短").build())).hasSize(1);
        assertThat(MessageSplitter.first(RichText.builder().build()).plainText()).isEmpty();
    }
}
