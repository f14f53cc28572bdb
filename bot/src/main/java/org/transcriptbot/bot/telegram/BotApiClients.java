package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The two Bot API clients: one sends, the long poll has its own OkHttp client (own dispatcher and
 * connection pool), so cancelling the poll at shutdown never cancels a message being sent.
 */
final class BotApiClients {
    private final OkHttpClient sendHttp;
    private final OkHttpClient pollHttp;
    final OkHttpTelegramClient send;
    final OkHttpTelegramClient poll;

    BotApiClients(DeliverySettings settings) {
        ObjectMapper json = new ObjectMapper();
        this.sendHttp =
                new OkHttpClient.Builder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .readTimeout(Duration.ofSeconds(30))
                        .writeTimeout(Duration.ofSeconds(30))
                        .build();
        this.pollHttp =
                sendHttp.newBuilder()
                        .dispatcher(new okhttp3.Dispatcher())
                        .connectionPool(new okhttp3.ConnectionPool())
                        .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 15L))
                        .build();
        TelegramUrl url = telegramUrl(settings.apiUrl());
        this.send = new OkHttpTelegramClient(json, sendHttp, settings.token(), url);
        this.poll = new OkHttpTelegramClient(json, pollHttp, settings.token(), url);
    }

    private static TelegramUrl telegramUrl(URI u) {
        boolean https = "https".equals(u.getScheme());
        int port = u.getPort() > 0 ? u.getPort() : https ? 443 : 80;
        return new TelegramUrl(u.getScheme(), u.getHost(), port, false);
    }

    /** Cancels the long poll in flight. */
    void cancelPoll() {
        pollHttp.dispatcher().cancelAll();
    }

    /** Stops OkHttp's threads and closes its connections, so the JVM can exit. */
    void shutDown() {
        for (OkHttpClient c : List.of(sendHttp, pollHttp)) {
            c.dispatcher().executorService().shutdownNow();
            c.connectionPool().evictAll();
        }
    }
}
