package org.transcriptbot.bot.telegram;

import java.io.Serializable;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** What a failed Bot API call means for the bot, with its reason in one line (never the token). */
record ApiFailure(Kind kind, String reason, long retryAfterMs) {
    enum Kind {
        /** 401 (or 404 for the whole bot): the token was revoked or is wrong; nothing will work. */
        TOKEN_REFUSED,
        /** 409: another instance polls this bot, or a webhook is set. */
        CONFLICT,
        /** 429: wait retryAfterMs, then try again. */
        RETRY_AFTER,
        /** 400, 403 and other 4xx: Telegram will never accept this request. */
        REFUSED,
        /** 5xx, an unreadable answer or a network error: try again later. */
        TRANSIENT
    }

    /**
     * Calls the Bot API: null when Telegram accepted the call, else what the failure means (an
     * unexpected exception of the client counts as transient).
     */
    static ApiFailure ofCall(TelegramClient client, BotApiMethod<? extends Serializable> method) {
        try {
            client.execute(method);
            return null;
        } catch (TelegramApiException e) {
            return of(e);
        } catch (RuntimeException e) {
            return new ApiFailure(Kind.TRANSIENT, Redaction.redact(String.valueOf(e)), 0);
        }
    }

    static ApiFailure of(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r
                && r.getErrorCode() != null
                && r.getErrorCode() > 0) {
            int code = r.getErrorCode();
            String reason =
                    code
                            + " "
                            + (r.getApiResponse() == null
                                    ? ""
                                    : Redaction.redact(r.getApiResponse()));
            if (code == 401 || code == 404) {
                return new ApiFailure(Kind.TOKEN_REFUSED, reason, 0);
            }
            if (code == 409) {
                return new ApiFailure(Kind.CONFLICT, reason, 0);
            }
            if (code == 429) {
                Integer after =
                        r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return new ApiFailure(
                        Kind.RETRY_AFTER, reason, Math.max(1, after == null ? 1 : after) * 1000L);
            }
            return new ApiFailure(code < 500 ? Kind.REFUSED : Kind.TRANSIENT, reason, 0);
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String what =
                cause.getMessage() == null
                        ? cause.getClass().getSimpleName()
                        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new ApiFailure(Kind.TRANSIENT, Redaction.redact(what), 0);
    }

    boolean is(Kind k) {
        return kind == k;
    }
}
