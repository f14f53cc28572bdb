package org.transcriptbot.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.transcriptbot.bot.metrics.Metrics;

/**
 * For the polling client: TelegramBots retries a failed getUpdates with its own backoff and ignores the
 * retry_after of a 429. This interceptor waits what Telegram asks (capped) and tries again, so polling resumes
 * exactly when allowed.
 */
final class RetryAfterInterceptor implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(RetryAfterInterceptor.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TRIES = 5;
    private static final long MAX_WAIT_MS = 60_000;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        int tries = 1;
        while (response.code() == 429 && tries < MAX_TRIES) {
            long waitMs = retryAfterMs(response);
            response.close();
            Metrics.tooManyRequests();
            LOG.warn("getUpdates: Telegram says too many requests; polling again in {} s", waitMs / 1000);
            try {
                Thread.sleep(waitMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting retry_after");
            }
            response = chain.proceed(chain.request());
            tries++;
        }
        return response;
    }

    static long retryAfterMs(Response response) {
        try {
            ResponseBody body = response.peekBody(64 * 1024);
            JsonNode n = JSON.readTree(body.string());
            int s = n.path("parameters").path("retry_after").asInt(1);
            return Math.min(MAX_WAIT_MS, Math.max(1, s) * 1000L);
        } catch (IOException | RuntimeException e) {
            String header = response.header("Retry-After");
            try {
                return header == null ? 1000 : Math.min(MAX_WAIT_MS, Long.parseLong(header.strip()) * 1000);
            } catch (NumberFormatException nfe) {
                return 1000;
            }
        }
    }
}
