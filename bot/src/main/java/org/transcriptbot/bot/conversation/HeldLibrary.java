package org.transcriptbot.bot.conversation;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.index.Library;

/**
 * One library and the uses of it in progress: closed once it is retired (a reload replaced it) and
 * the last use has ended.
 */
final class HeldLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(HeldLibrary.class);

    final Library library;
    private final AtomicInteger users = new AtomicInteger();
    private final AtomicBoolean retired = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    HeldLibrary(Library library) {
        this.library = library;
    }

    void use() {
        users.incrementAndGet();
    }

    /** A use has ended: closes the library if it was retired and this was the last use. */
    void release() {
        users.decrementAndGet();
        closeIfUnused();
    }

    /** No new use will come: closes the library once the uses in progress have ended. */
    void retire() {
        retired.set(true);
        closeIfUnused();
    }

    private void closeIfUnused() {
        if (retired.get() && users.get() == 0 && closed.compareAndSet(false, true)) {
            try {
                library.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Closing the previous index failed: {}", e.getMessage());
            }
        }
    }
}
