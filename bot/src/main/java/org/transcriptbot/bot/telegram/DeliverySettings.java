package org.transcriptbot.bot.telegram;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Everything the Telegram side needs from the configuration (built by the app's wiring). */
public record DeliverySettings(
        URI apiUrl,
        String token,
        Path stateDir,
        int pollTimeoutSeconds,
        int handlerThreads,
        SendLimits limits,
        Duration maxAge,
        Duration retryMax,
        Duration grace) {
    @Override
    public String toString() {
        return "DeliverySettings[apiUrl=" + apiUrl + ", token=<hidden>, stateDir=" + stateDir + "]";
    }
}
