package org.transcriptbot.index.parse;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how far reading a folder has got, at most every five seconds, from whichever thread finishes
 * a file.
 */
final class LoadProgress {
    private static final Logger LOG = LoggerFactory.getLogger(TranscriptLoader.class);
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private final int total;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastReport = new AtomicLong(start);

    LoadProgress(int total) {
        this.total = total;
    }

    void done() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last > REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
            double rate = n / ((now - start) / 1e9);
            LOG.info(
                    String.format(
                            "Read %d/%d transcripts, %.0f a second, about %.0f s left",
                            n, total, rate, (total - n) / Math.max(rate, 1e-9)));
        }
    }
}
