package org.transcriptbot.bot.telegram;

/**
 * Why the bot stopped, as the process exit code and one sentence for the operator. Codes follow
 * sysexits.h so a service manager can tell "restart me" from "fix the configuration first".
 */
public enum BotExit {
    /** Stopped on request (SIGTERM, Ctrl-C). */
    STOPPED(0, "Stopped."),
    /** The state folder cannot be used (EX_CANTCREAT). */
    STATE_UNUSABLE(
            73,
            "The state folder cannot be used (see the line above); check state.dir and its permissions."),
    /** Another instance polls the same bot (EX_TEMPFAIL: it may be gone later). */
    CONFLICT(
            75,
            "Telegram says another instance is polling this bot (409 Conflict), or a webhook is set for it;"
                    + " stop the other instance (or delete the webhook) and start again."),
    /** 401: the token was revoked or is wrong (EX_CONFIG: restarting will not help). */
    TOKEN_REFUSED(
            78,
            "Telegram says the bot token was refused (401 Unauthorized): set TELEGRAM_BOT_TOKEN to the"
                    + " token BotFather shows for this bot (/token); it may have been revoked.");

    public final int code;
    public final String message;

    BotExit(int code, String message) {
        this.code = code;
        this.message = message;
    }
}
