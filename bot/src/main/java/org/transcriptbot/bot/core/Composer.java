package org.transcriptbot.bot.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.transcriptbot.bot.render.Doc;
import org.transcriptbot.index.Library;
import org.transcriptbot.index.model.Anomaly;
import org.transcriptbot.index.model.Location;
import org.transcriptbot.index.model.Passage;
import org.transcriptbot.index.model.Paragraph;
import org.transcriptbot.index.model.Transcript;
import org.transcriptbot.index.model.TranscriptMeta;
import org.transcriptbot.index.model.Turn;
import org.transcriptbot.index.model.TurnKind;
import org.transcriptbot.index.search.SearchHit;
import org.transcriptbot.index.search.SearchResult;
import org.transcriptbot.index.verify.QuoteCheck;
import org.transcriptbot.index.verify.Verdict;

/** Builds the messages: answers, quote verdicts, full answers, topics and sources, in the user's language. */
public final class Composer {
    /** Telegram's limit is 4096; a margin keeps split messages clear of it. */
    public static final int MESSAGE_LIMIT = 4000;
    static final int QUESTION_ECHO = 200;

    private Composer() {
    }

    static String abbreviate(String s, int n) {
        if (s == null) {
            return "";
        }
        String flat = s.replace('\n', ' ').strip();
        if (flat.length() <= n) {
            return flat;
        }
        int end = n;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + "…";
    }

    /** The quoted passage with its highlights as MARK spans. */
    static List<Doc.Node> highlighted(SearchHit hit) {
        List<Doc.Node> out = new ArrayList<>();
        String text = hit.passage().text();
        int at = 0;
        for (SearchHit.Span s : hit.highlights()) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            if (s.start() > at) {
                out.add(new Doc.Text(text.substring(at, s.start())));
            }
            out.add(new Doc.Styled(Doc.Style.MARK, List.of(new Doc.Text(text.substring(s.start(), s.end())))));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Doc.Text(text.substring(at)));
        }
        return out;
    }

    /** "王毅 答 · 路透社记者问：“…”" or what kind of text it is. */
    static void who(Doc.Builder b, Location l, Texts tx) {
        if (l.kind().answersQuestion()) {
            if (l.answerer() != null) {
                b.text(tx.answeredBy(l.answerer())).text(" · ");
            }
            b.text(tx.askedBy(l.asker())).italic("“" + abbreviate(l.question(), 80) + "”");
        } else if (l.kind() == TurnKind.OPENING) {
            b.text((l.answerer() == null ? "" : l.answerer() + " · ") + tx.openingStatement());
        } else if (l.kind() == TurnKind.ORPHAN) {
            b.text((l.answerer() == null ? "" : l.answerer() + " · ") + tx.orphan());
        } else {
            b.text(tx.lead());
        }
    }

    static void where(Doc.Builder b, Location l, TranscriptMeta meta, Texts tx) {
        b.text(tx.paragraph(l.paragraph(), l.paragraphs())).text(" · ").text(tx.lines(l.firstLine(), l.lastLine()))
                .text(" · ").text("《" + meta.title() + "》" + (meta.date() == null ? "" : " " + meta.date()));
    }

    static void alsoAt(Doc.Builder b, Passage p, Texts tx) {
        if (p.occurrences().size() < 2) {
            return;
        }
        b.text("\n").text(tx.alsoAppears());
        List<String> parts = new ArrayList<>();
        for (Location o : p.occurrences().subList(1, p.occurrences().size())) {
            String who = o.asker() != null ? tx.askedBy(o.asker()).replace("：", "").replace(": ", "").strip()
                    : o.kind() == TurnKind.ORPHAN ? tx.orphan() : tx.lead();
            parts.add(who + "（" + tx.lines(o.firstLine(), o.lastLine()) + "）");
        }
        b.text(String.join("；", parts));
    }

    /** An answer showing result k (1-based) of the search, with the others in brief. */
    public static Doc answer(String question, SearchResult r, int k, Texts tx, int others) {
        SearchHit hit = r.hits().get(k - 1);
        Doc.Builder b = Doc.builder();
        b.text("🔎 ").text(abbreviate(question, QUESTION_ECHO)).text("\n");
        b.quote(highlighted(hit), false);
        Location l = hit.passage().location();
        who(b, l, tx);
        b.text("\n");
        where(b, l, hit.transcript(), tx);
        alsoAt(b, hit.passage(), tx);
        if (hit.passage().truncated()) {
            b.text("\n").text(tx.truncated());
        }
        List<SearchHit> rest = new ArrayList<>(r.hits());
        rest.remove(hit);
        if (!rest.isEmpty() && others > 0) {
            b.text("\n\n").text(tx.otherPassages());
            for (SearchHit h : rest.subList(0, Math.min(others, rest.size()))) {
                Location o = h.passage().location();
                b.text("\n" + h.rank() + ". ").text("「" + abbreviate(h.passage().text(), 36) + "」")
                        .text(o.asker() == null ? "" : " — " + o.asker());
            }
        }
        return b.build();
    }

    public static List<List<Action.Button>> answerButtons(String token, SearchResult r, int k, Texts tx) {
        List<List<Action.Button>> rows = new ArrayList<>();
        int n = r.hits().size();
        if (n > 1) {
            List<Action.Button> nav = new ArrayList<>();
            if (k > 1) {
                nav.add(new Action.Button(tx.prev(), "p:" + token + ":" + (k - 1)));
            }
            nav.add(new Action.Button(k + "/" + n, "noop"));
            if (k < n) {
                nav.add(new Action.Button(tx.next(), "p:" + token + ":" + (k + 1)));
            }
            rows.add(nav);
        }
        Passage p = r.hits().get(k - 1).passage();
        List<Action.Button> more = new ArrayList<>();
        more.add(new Action.Button(tx.fullAnswer(), "f:" + p.id()));
        if (p.location().question() != null) {
            more.add(new Action.Button(tx.theQuestion(), "q:" + p.id()));
        }
        rows.add(more);
        return rows;
    }

    public static Doc noResult(String question, Library lib, Texts tx) {
        Doc.Builder b = Doc.builder();
        b.text("🔎 ").text(abbreviate(question, QUESTION_ECHO)).text("\n");
        b.bold(tx.noResultTitle()).text("\n").text(tx.noResultHint());
        int i = 0;
        for (Transcript t : lib.transcripts()) {
            for (Turn turn : t.turns()) {
                if (turn.kind() == TurnKind.QA && i < 12 && !isRepeat(t, turn)) {
                    b.text("\n• ").text(turn.asker() + "：" + abbreviate(turn.question(), 40));
                    i++;
                }
            }
        }
        return b.build();
    }

    static boolean isRepeat(Transcript t, Turn turn) {
        for (Turn other : t.turns()) {
            if (other.index() >= turn.index()) {
                return false;
            }
            if (other.kind() == TurnKind.QA && other.question().equals(turn.question())) {
                return true;
            }
        }
        return false;
    }

    /** The whole answer of the turn a passage stands in, as one or more messages. */
    public static List<Doc> fullAnswer(Library lib, Passage p, Texts tx) {
        Location l = p.location();
        Transcript t = lib.transcripts().stream().filter(x -> x.id().equals(l.transcriptId())).findFirst().orElse(null);
        if (t == null || l.turn() >= t.turns().size()) {
            return List.of(Doc.builder().text(tx.expired()).build());
        }
        return turnAnswer(t, t.turns().get(l.turn()), tx);
    }

    public static List<Doc> turnAnswer(Transcript t, Turn turn, Texts tx) {
        Doc.Builder b = Doc.builder();
        b.bold("📄 " + tx.fullAnswerTitle(turn.kind() == TurnKind.QA ? turn.asker() : null)).text("\n");
        if (turn.question() != null) {
            b.text(tx.question() + "：").italic(turn.question()).text("\n");
        } else {
            Location pseudo = new Location(t.id(), turn.index(), turn.kind(), null, null, turn.answerer(), 1,
                    turn.paragraphs().size(), turn.firstLine(), turn.lastLine());
            who(b, pseudo, tx);
            b.text("\n");
        }
        StringBuilder body = new StringBuilder();
        for (Paragraph p : turn.paragraphs()) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            body.append(p.text());
        }
        b.text(turn.answerer() == null ? "" : turn.answerer() + "：\n");
        b.quote(List.of(new Doc.Text(body.toString())), body.length() > 600);
        b.text(tx.lines(turn.firstLine(), turn.lastLine()) + " · 《" + t.meta().title() + "》"
                + (t.meta().date() == null ? "" : " " + t.meta().date()));
        List<Doc> parts = b.build().split(MESSAGE_LIMIT);
        if (parts.size() == 1) {
            return parts;
        }
        List<Doc> numbered = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            numbered.add(Doc.builder().append(parts.get(i)).text(tx.part(i + 1, parts.size())).build());
        }
        return numbered;
    }

    public static Doc topics(Library lib, Texts tx, List<List<Action.Button>> buttons) {
        Doc.Builder b = Doc.builder().bold(tx.topicsTitle()).text("\n");
        int n = 0;
        for (int ti = 0; ti < lib.transcripts().size(); ti++) {
            Transcript t = lib.transcripts().get(ti);
            if (lib.transcripts().size() > 1) {
                b.text("\n").bold("《" + t.meta().title() + "》" + (t.meta().date() == null ? "" : " " + t.meta().date()));
            }
            for (Turn turn : t.turns()) {
                if (turn.kind() != TurnKind.QA || isRepeat(t, turn)) {
                    continue;
                }
                n++;
                if (n > 60) {
                    continue;
                }
                b.text("\n" + n + ". ").bold(turn.asker()).text("：" + abbreviate(turn.question(), 60));
                String data = "t:" + ti + ":" + turn.index();
                buttons.add(List.of(new Action.Button(n + ". " + abbreviate(turn.asker() + " " + turn.question(), 28), data)));
            }
        }
        b.text("\n\n").text(tx.topicsHint());
        return b.build();
    }

    public static Doc source(Library lib, Texts tx) {
        Doc.Builder b = Doc.builder().bold(tx.sourceTitle());
        for (Transcript t : lib.transcripts()) {
            TranscriptMeta m = t.meta();
            b.text("\n\n").bold("《" + m.title() + "》").text("\n");
            List<String> facts = new ArrayList<>();
            if (m.date() != null) {
                facts.add(m.date());
            }
            if (m.occasion() != null) {
                facts.add(m.occasion());
            }
            if (m.source() != null) {
                facts.add(tx.source() + "：" + m.source());
            }
            facts.add(m.file());
            b.text(String.join(" · ", facts)).text("\n");
            long qa = t.turns().stream().filter(x -> x.kind() == TurnKind.QA).count();
            b.text(tx.lang() == Lang.EN ? qa + " questions, " + t.passages().size() + " passages"
                    : qa + " 个提问，" + t.passages().size() + " 个段落");
            Map<Anomaly.Kind, Integer> counts = new EnumMap<>(Anomaly.Kind.class);
            for (Anomaly a : t.anomalies()) {
                counts.merge(a.kind(), 1, Integer::sum);
            }
            if (!counts.isEmpty()) {
                b.text("\n").text(tx.anomaliesTitle());
                counts.forEach((k, v) -> b.text("\n• " + kindName(k, tx) + " × " + v));
                int shown = 0;
                for (Anomaly a : t.anomalies()) {
                    if (a.kind() == Anomaly.Kind.BROKEN_LINE_JOIN || shown >= 12) {
                        continue;
                    }
                    b.text("\n  – " + kindName(a.kind(), tx) + "，" + tx.lines(a.firstLine(), a.lastLine()) + "：")
                            .text(abbreviate(a.detail(), 110));
                    shown++;
                }
            }
        }
        for (String w : lib.warnings()) {
            b.text("\n⚠️ ").text(w);
        }
        List<Doc> parts = b.build().split(MESSAGE_LIMIT);
        return parts.get(0);
    }

    static String kindName(Anomaly.Kind k, Texts tx) {
        boolean en = tx.lang() == Lang.EN;
        return switch (k) {
            case BROKEN_LINE_JOIN -> en ? "lines broken mid-sentence (joined)" : "断行（已接合）";
            case DUPLICATE_TURN -> en ? "repeated question and answer" : "重复的问答";
            case DUPLICATE_PARAGRAPH -> en ? "repeated paragraph" : "重复的段落";
            case NEAR_DUPLICATE -> en ? "nearly repeated paragraph" : "近似重复的段落";
            case ORPHAN -> en ? "answer text with no question" : "缺少提问的回答";
            case TRUNCATED -> en ? "cut-off ending" : "结尾被截断";
            case NO_TURNS -> en ? "no speakers found" : "未识别出发言人";
            case QUESTION_WITHOUT_ANSWER -> en ? "question without answer" : "没有回答的提问";
            case SPLICE -> en ? "text pasted under the wrong question" : "错贴到别处的文字";
        };
    }

    /** The verdict on a quote: icon and sentence first, then the transcript's wording with the differences. */
    public static Doc quote(QuoteCheck c, Texts tx) {
        Doc.Builder b = Doc.builder();
        if (!c.isValid()) {
            return b.text(tx.quoteInvalid(c.error())).build();
        }
        b.bold(verdictLine(c, tx)).text("\n");
        b.text("“").text(abbreviate(c.quote(), 300)).text("”\n");
        if (c.passage() != null) {
            b.text(c.verdict() == Verdict.EXACT ? "" : tx.quoteOriginal() + "\n");
            List<Doc.Node> nodes = new ArrayList<>();
            for (QuoteCheck.Segment s : c.segments()) {
                switch (s.type()) {
                    case SAME -> nodes.add(new Doc.Text(s.text()));
                    case DELETED -> nodes.add(new Doc.Styled(Doc.Style.DELETED, List.of(new Doc.Text(s.text()))));
                    case INSERTED -> nodes.add(new Doc.Styled(Doc.Style.INSERTED, List.of(new Doc.Text(s.text()))));
                    default -> throw new IllegalStateException();
                }
            }
            b.quote(nodes, false);
            if (!c.differences().isEmpty()) {
                b.text(tx.quoteDifferences());
                List<String> ds = new ArrayList<>();
                for (QuoteCheck.Difference d : c.differences()) {
                    ds.add(switch (d.kind()) {
                        case "changed" -> tx.changed(d.transcript(), d.quote());
                        case "added" -> tx.added(d.quote());
                        default -> tx.dropped(d.transcript());
                    });
                }
                b.text(String.join("；", ds)).text("\n");
            }
            Location l = c.passage().location();
            who(b, l, tx);
            b.text("\n");
            where(b, l, c.transcript(), tx);
            alsoAt(b, c.passage(), tx);
        }
        if (!c.parts().isEmpty()) {
            b.text("\n\n").bold(tx.quoteParts());
            for (QuoteCheck p : c.parts()) {
                b.text("\n" + icon(p.verdict()) + " ").text(abbreviate(p.quote(), 60));
                if (p.verdict() == Verdict.NEAR && !p.differences().isEmpty()) {
                    QuoteCheck.Difference d = p.differences().get(0);
                    b.italic("（" + (d.kind().equals("changed") ? tx.changed(d.transcript(), d.quote())
                            : d.kind().equals("added") ? tx.added(d.quote()) : tx.dropped(d.transcript())) + "）");
                }
            }
        }
        List<Doc> parts = b.build().split(MESSAGE_LIMIT);
        return parts.get(0);
    }

    static String icon(Verdict v) {
        return switch (v) {
            case EXACT -> "✅";
            case NEAR -> "⚠️";
            case NOT_FOUND -> "❌";
        };
    }

    static String verdictLine(QuoteCheck c, Texts tx) {
        return switch (c.verdict()) {
            case EXACT -> tx.quoteExact();
            case NEAR -> tx.quoteNear(c.similarity());
            case NOT_FOUND -> tx.quoteNotFound();
        };
    }

    /** The message an inline result inserts: the quote and where it stands. */
    public static Doc inlineQuote(SearchHit hit, Texts tx) {
        Doc.Builder b = Doc.builder();
        b.quote(List.of(new Doc.Text(hit.passage().text())), hit.passage().text().length() > 600);
        Location l = hit.passage().location();
        who(b, l, tx);
        b.text("\n");
        where(b, l, hit.transcript(), tx);
        return b.build();
    }

    public static Doc inlineTopic(Transcript t, Turn turn, Texts tx) {
        Doc.Builder b = Doc.builder();
        b.text(tx.askedBy(turn.asker())).italic(turn.question()).text("\n");
        String first = turn.paragraphs().isEmpty() ? "" : turn.paragraphs().get(0).text();
        b.quote(List.of(new Doc.Text((turn.answerer() == null ? "" : turn.answerer() + "：") + first)), first.length() > 600);
        b.text("《" + t.meta().title() + "》" + (t.meta().date() == null ? "" : " " + t.meta().date()));
        return b.build();
    }
}
