package org.transcriptbot.bot.telegram;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Layout;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every formatted log line of the test run, to check what reaches the logs (never the token).
 */
public final class MemoryAppender extends AppenderBase<ILoggingEvent> {
    public static final List<String> LINES = new CopyOnWriteArrayList<>();
    private Layout<ILoggingEvent> layout;

    public void setLayout(Layout<ILoggingEvent> layout) {
        this.layout = layout;
    }

    @Override
    public void start() {
        if (layout != null) {
            layout.start();
        }
        super.start();
    }

    @Override
    protected void append(ILoggingEvent e) {
        LINES.add(layout == null ? e.getFormattedMessage() : layout.doLayout(e));
    }
}
