package org.transcriptbot.index.parse;

import java.util.regex.Pattern;

/**
 * A news outlet named as a speaker label with no "记者" after it: "澎湃新闻：", "凤凰卫视：", "新京报：", "The
 * Harbour Times:", "City Radio:" (an English name needs a word before the media word, so
 * "Observer:" alone is not one). Interview transcripts and scraped briefings label the asker this
 * way. Read from the shape of media names (the words they end with), not from a list of outlets. A
 * dateline before a reporter ("新华社北京5月4日电 记者") leaves the agency.
 */
final class Outlets {
    private static final Pattern CHINESE =
            Pattern.compile(
                    "^[\\p{IsHan}A-Za-z0-9·]{1,16}(新闻|日报|晚报|早报|时报|商报|周报|报|通讯社|社|电视台|卫视|电台|广播"
                            + "|网|周刊|杂志|客户端|财经|传媒|央视|央广)$");
    private static final Pattern ENGLISH =
            Pattern.compile(
                    "^([A-Z][\\w&'.\\-]*\\s+){1,4}(Times|Post|News|Journal|Herald|Tribune|Gazette|Courier"
                            + "|Ledger|Radio|Television|TV|Wire|Weekly|Daily|Magazine|Chronicle|Telegraph|Broadcasting"
                            + "|Guardian|Observer|Economist|Press|Monitor|Globe)$");
    private static final Pattern DATELINE =
            Pattern.compile("^(.+?(?:社|网|台|报))[\\p{IsHan}]{0,6}\\d{1,2}月\\d{1,2}日电$");
    private static final int SHORTEST = 3;

    private Outlets() {}

    /** The outlet a label names on its own, or null when it names none. */
    static String named(String label) {
        return label.length() >= SHORTEST
                        && (CHINESE.matcher(label).matches() || ENGLISH.matcher(label).matches())
                ? label
                : null;
    }

    /** The outlet before "记者" without a dateline: "新华社北京5月4日电" becomes "新华社". */
    static String withoutDateline(String outlet) {
        return DATELINE.matcher(outlet).replaceFirst("$1");
    }
}
