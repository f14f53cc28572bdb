package org.transcriptbot.bot.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.transcriptbot.bot.config.BotConfig;
import org.transcriptbot.bot.config.ConfigException;

/** Everything the Telegram side reads from the configuration, read in one place. */
public record DeliverySettings(URI apiUrl, String token, Path stateDir, int pollTimeoutSeconds, int handlerThreads,
                               SendLimits limits, Duration maxAge, Duration retryMax, Duration grace) {
    /** The settings of a configuration (the token must be set). */
    public static DeliverySettings from(BotConfig config) throws ConfigException {
        if (config.token() == null) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN is not set.");
        }
        double chatPerSecond = config.doubleValue("limits.chat.per.second", 0.01, 100);
        int chatBurst = config.intValue("limits.chat.burst", 1, 100);
        SendLimits limits = new SendLimits(chatBurst, Duration.ofMillis(Math.round(chatBurst * 1000 / chatPerSecond)),
                config.intValue("limits.group.per.minute", 1, 10_000), Duration.ofMinutes(1),
                config.intValue("limits.global.per.second", 1, 10_000), Duration.ofSeconds(1));
        return new DeliverySettings(config.apiUrl(), config.token(), config.stateDir(),
                config.intValue("polling.timeout.seconds", 0, 50), config.intValue("handler.threads", 1, 64), limits,
                Duration.ofHours(config.intValue("delivery.max.age.hours", 1, 720)),
                Duration.ofMillis(config.intValue("delivery.retry.max.millis", 10, 600_000)),
                Duration.ofSeconds(config.intValue("shutdown.grace.seconds", 0, 600)));
    }

    @Override
    public String toString() {
        return "DeliverySettings[apiUrl=" + apiUrl + ", token=<hidden>, stateDir=" + stateDir + "]";
    }
}
