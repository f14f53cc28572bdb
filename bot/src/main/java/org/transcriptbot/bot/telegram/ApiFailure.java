package org.transcriptbot.bot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

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
