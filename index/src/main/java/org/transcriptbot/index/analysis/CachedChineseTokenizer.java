package org.transcriptbot.index.analysis;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * SmartCN's word tokenizer ({@code HMMChineseTokenizer}: the same sentence breaks, words, offsets
 * and token type) with each sentence's words taken from a {@link SentenceWords} shared by the
 * analyzer's threads, so a repeated sentence is not segmented again.
 */
final class CachedChineseTokenizer extends SegmentingTokenizerBase {
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final SentenceWords sentenceWords;
    private SentenceWords.Words words;
    private int sentenceOffset;
    private int next;

    CachedChineseTokenizer(SentenceWords sentenceWords) {
        super((BreakIterator) SENTENCES.clone());
        this.sentenceWords = sentenceWords;
    }

    @Override
    protected void setNextSentence(int sentenceStart, int sentenceEnd) {
        words = sentenceWords.of(new String(buffer, sentenceStart, sentenceEnd - sentenceStart));
        sentenceOffset = offset + sentenceStart;
        next = 0;
    }

    @Override
    protected boolean incrementWord() {
        if (words == null || next == words.count()) {
            return false;
        }
        clearAttributes();
        int from = words.charStart(next);
        termAtt.copyBuffer(words.chars(), from, words.ends()[next] - from);
        offsetAtt.setOffset(
                correctOffset(sentenceOffset + words.starts()[next]),
                correctOffset(sentenceOffset + words.stops()[next]));
        typeAtt.setType("word");
        next++;
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        words = null;
    }
}
