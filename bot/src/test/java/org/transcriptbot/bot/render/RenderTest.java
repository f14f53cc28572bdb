package org.transcriptbot.bot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.transcriptbot.bot.telegram.FakeBotApiChecks;

class RenderTest {
    @Test
    void escapesEverythingAndUsesOnlyTelegramTags() {
        Doc d = Doc.builder().text("<script>&\"").bold("a<b").quote(List.of(new Doc.Text("x>y"),
                new Doc.Styled(Doc.Style.MARK, List.of(new Doc.Text("&amp;")))), true).link("https://e.x/?a=1&b=\"2\"", "l<").build();
        String html = HtmlRenderer.render(d);
        assertThat(html).isEqualTo("&lt;script&gt;&amp;&quot;<b>a&lt;b</b><blockquote expandable>x&gt;y<b>&amp;amp;</b>"
                + "</blockquote><a href=\"https://e.x/?a=1&amp;b=&quot;2&quot;\">l&lt;</a>");
        assertThat(FakeBotApiChecks.html(html)).isNull();
    }

    @Test
    void plainTextMarksHighlightsAndDifferences() {
        Doc d = Doc.builder().text("a").node(new Doc.Styled(Doc.Style.MARK, List.of(new Doc.Text("b"))))
                .node(new Doc.Styled(Doc.Style.DELETED, List.of(new Doc.Text("c"))))
                .node(new Doc.Styled(Doc.Style.INSERTED, List.of(new Doc.Text("d")))).build();
        assertThat(PlainRenderer.render(d)).isEqualTo("a【b】[-c-]{+d+}");
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 200, 1000, 4000})
    void splitsLongDocumentsCleanlyNeverInsideAStyle(int limit) {
        Doc.Builder b = Doc.builder().bold("标题<>&").text("\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("第").append(i).append("句话，含有<特殊>字符&符号。");
            if (i % 7 == 0) {
                body.append('\n');
            }
        }
        b.quote(List.of(new Doc.Text(body.toString()), new Doc.Styled(Doc.Style.MARK, List.of(new Doc.Text("高亮😀结尾")))), false);
        Doc doc = b.build();
        List<Doc> parts = doc.split(limit);
        assertThat(parts.size()).isGreaterThan(1);
        StringBuilder joined = new StringBuilder();
        for (Doc p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(limit);
            String html = HtmlRenderer.render(p);
            assertThat(FakeBotApiChecks.html(html)).as(html).isNull();
            joined.append(p.plainText());
        }
        assertThat(joined.toString()).isEqualTo(doc.plainText());
    }

    @Test
    void splitsPreferLineAndSentenceEnds() {
        Doc d = Doc.builder().text("一二三四五。六七八九十\n甲乙丙丁戊己庚辛").build();
        List<Doc> parts = d.split(14);
        assertThat(parts.get(0).plainText()).isEqualTo("一二三四五。六七八九十\n");
        assertThat(Doc.cutPoint("一二三四五。六七八九十甲乙丙丁", 10)).isEqualTo(6);
    }
}
