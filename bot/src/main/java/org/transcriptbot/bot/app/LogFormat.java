package org.transcriptbot.bot.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.telegram.Redaction;

/**
 * logging.format=json: the log appender of config/logback.xml (STDERR) switched to one JSON object
 * a line (logback's JsonEncoder: timestamp in epoch milliseconds, level, thread, logger, message,
 * exception), with the bot token removed as in the text format.
 */
final class LogFormat {
    static final String APPENDER = "STDERR";

    private LogFormat() {}

    static void apply(String format) {
        if (!"json".equals(format)) {
            return;
        }
        Main.awaitLogging();
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<ILoggingEvent> appender =
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (!(appender instanceof OutputStreamAppender<ILoggingEvent> stream)
                || stream.getEncoder() instanceof Json) {
            return;
        }
        Json encoder = new Json();
        encoder.setContext(context);
        encoder.start();
        stream.stop();
        stream.setEncoder(encoder);
        stream.start();
    }

    /**
     * logback's JSON lines without the fields a log shipper does not need, and with the token
     * redacted.
     */
    static final class Json extends JsonEncoder {
        Json() {
            setWithSequenceNumber(false);
            setWithNanoseconds(false);
            setWithContext(false);
            setWithMessage(false);
            setWithFormattedMessage(true);
            setWithArguments(false);
            setWithKVPList(false);
            setWithMarkers(false);
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            return Redaction.redact(new String(super.encode(event), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
