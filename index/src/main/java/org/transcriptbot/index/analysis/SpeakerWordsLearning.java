package org.transcriptbot.index.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.transcriptbot.index.model.Transcript;

/**
 * Speaker words learned on a thread of their own, beside the opening of the index and the vectors,
 * with the names' pinyin read from and kept in the index folder (null: none).
 */
public final class SpeakerWordsLearning {
    private final CompletableFuture<SpeakerWords> result = new CompletableFuture<>();

    private SpeakerWordsLearning() {}

    public static SpeakerWordsLearning start(List<Transcript> transcripts, Path indexDir) {
        SpeakerWordsLearning learning = new SpeakerWordsLearning();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                NamePinyin pinyin = NamePinyin.readFrom(indexDir);
                                SpeakerWords words = SpeakerWords.learn(transcripts, pinyin);
                                pinyin.keepIn(indexDir);
                                learning.result.complete(words);
                            } catch (RuntimeException | Error e) {
                                learning.result.completeExceptionally(e);
                            }
                        },
                        "speaker-words");
        t.setDaemon(true);
        t.start();
        return learning;
    }

    /** Waits for the words; what failed the learning is thrown here. */
    public SpeakerWords get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
