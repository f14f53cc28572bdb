package org.transcriptbot.bot.config;

import java.util.List;
import java.util.Locale;

/**
 * The one table of the bot's settings: key, default, allowed values and what it does.
 * config/bot.properties is generated from it ({@code transcript-bot config --defaults}), every
 * value is checked against it once at start-up, and each key can also come from the environment:
 * {@code search.results} from TRANSCRIPT_BOT_SEARCH_RESULTS (a few keys also keep a shorter,
 * documented variable). The bot token is not a setting: it comes from the environment or from the
 * file named by {@link #TOKEN_FILE}, never from bot.properties.
 *
 * <p>It is longer than the other classes on purpose: each constant is one row of the table, and
 * keeping the rows together keeps what the operator reads as one file (config/bot.properties, in
 * this order) in one place; split, a key's default, range and documentation could drift apart.
 */
public enum Setting {
    API_URL(
            "telegram.api.url",
            "https://api.telegram.org",
            SettingType.URL,
            "TELEGRAM_API_URL",
            "Base URL of the Bot API server: the official one, a self-hosted telegram-bot-api, or a local fake\n"
                    + "(http and a custom port work, e.g. http://127.0.0.1:8081)."),
    TOKEN_FILE(
            "telegram.token.file",
            "",
            SettingType.PATH,
            "TELEGRAM_BOT_TOKEN_FILE",
            "A file holding the bot token (e.g. a container secret), used when TELEGRAM_BOT_TOKEN is not set.\n"
                    + "Never put the token itself in this file."),
    ADMINS(
            "bot.admins",
            "",
            SettingType.USER_IDS,
            "BOT_ADMINS",
            "Comma-separated Telegram user ids allowed to use /stats and /reload."),
    LANGUAGE(
            "bot.language.default",
            "zh",
            SettingType.choice("zh", "en"),
            null,
            "Interface language when a user's Telegram language is neither Chinese nor English: zh or en."),
    TRANSCRIPTS_DIR(
            "transcripts.dir",
            "",
            SettingType.PATH,
            "TRANSCRIPTS_DIR",
            "Folder of transcripts (*.txt with optional NAME.meta.json sidecars). Empty: the transcript bundled in\n"
                    + "the jar. A relative path is resolved against the working directory."),
    INDEX_DIR(
            "index.dir",
            "",
            SettingType.PATH,
            "INDEX_DIR",
            "Folder of the on-disk index of a transcripts folder: parse results, Lucene index and passage vectors;\n"
                    + "a restart reads them instead of recomputing, and only files added, changed or removed are re-read\n"
                    + "(docs/scale.md). Empty: semantic.cache.dir/index/NAME-HASH, one per transcripts folder. \"memory\":\n"
                    + "no on-disk index. Command line: --index-dir DIR"),
    SYNONYMS_FILE(
            "synonyms.file",
            "synonyms.txt",
            SettingType.PATH,
            null,
            "Synonyms file (Lucene synonym format). Relative paths are resolved against this file's folder;\n"
                    + "empty or missing: the copy bundled in the jar."),
    LEXICON_FILE(
            "lexicon.file",
            "lexicon.txt",
            SettingType.PATH,
            null,
            "English-Chinese lexicon, read with the synonyms (same format and paths): English questions reach\n"
                    + "Chinese transcripts and Chinese questions English ones; empty or missing: the bundled copy."),
    SEARCH_RESULTS(
            "search.results",
            "4",
            SettingType.integer(1, 10),
            null,
            "How many passages an answer lists (the best one quoted, the others in brief)."),
    WEIGHT_TEXT(
            "search.weight.text",
            "1.0",
            SettingType.decimal(0, 100),
            null,
            "Field weights of the search: the passage's words and character pairs, and the question it answers\n"
                    + "as context."),
    WEIGHT_BIGRAMS("search.weight.bigrams", "1.0", SettingType.decimal(0, 100), null, null),
    WEIGHT_QUESTION("search.weight.question", "0.5", SettingType.decimal(0, 100), null, null),
    WEIGHT_QUESTION_BIGRAMS(
            "search.weight.question_bigrams", "0.5", SettingType.decimal(0, 100), null, null),
    SEMANTIC(
            "search.semantic",
            "true",
            SettingType.BOOLEAN,
            null,
            "Semantic search: a dense signal (BGE-small-zh v1.5, in process) fused with the lexical ranking, for\n"
                    + "questions that share few words with their answer. false: lexical only (no model is loaded)."),
    SEMANTIC_CACHE_DIR(
            "semantic.cache.dir",
            "",
            SettingType.PATH,
            null,
            "Cache folder: on-disk indexes (see index.dir) and, for the bundled transcript, its passage vectors\n"
                    + "(keyed by passage text and model): a restart or /reload embeds only new passages.\n"
                    + "Empty: ~/.cache/transcript-bot"),
    POLL_TIMEOUT(
            "polling.timeout.seconds",
            "50",
            SettingType.integer(0, 50),
            null,
            "Long polling: seconds a getUpdates request waits for news (Telegram allows up to 50)."),
    HANDLER_THREADS(
            "handler.threads",
            "4",
            SettingType.integer(1, 64),
            null,
            "Threads that handle updates (different chats are handled in parallel; one chat's updates stay in\n"
                    + "order)."),
    CHAT_PER_SECOND(
            "limits.chat.per.second",
            "1",
            SettingType.decimal(0.01, 100),
            null,
            "Sending limits (Telegram's published limits): messages a second to one chat, a minute to one group,\n"
                    + "a second over all chats."),
    GROUP_PER_MINUTE("limits.group.per.minute", "20", SettingType.integer(1, 10_000), null, null),
    GLOBAL_PER_SECOND("limits.global.per.second", "30", SettingType.integer(1, 10_000), null, null),
    CHAT_BURST(
            "limits.chat.burst",
            "3",
            SettingType.integer(1, 100),
            null,
            "Messages one chat may receive in a burst (Telegram allows short bursts; on average\n"
                    + "limits.chat.per.second)."),
    STATE_DIR(
            "state.dir",
            "",
            SettingType.PATH,
            null,
            "Folder of the bot's durable state (state.db, SQLite): updates received but not yet answered, answers\n"
                    + "not yet sent, and recent send times (so the limits hold across restarts). Empty:\n"
                    + "~/.cache/transcript-bot/state. Back it up or move it only while the bot is stopped."),
    DELIVERY_MAX_AGE(
            "delivery.max.age.hours",
            "24",
            SettingType.integer(1, 720),
            null,
            "Answers not delivered within this many hours (e.g. during a long outage of the Bot API) are dropped,\n"
                    + "with one log line, instead of being retried forever."),
    DELIVERY_RETRY_MAX(
            "delivery.retry.max.millis",
            "30000",
            SettingType.integer(10, 600_000),
            null,
            "Longest wait, in milliseconds, between two attempts while the Bot API fails (5xx or network errors):\n"
                    + "the first retry comes after half a second, then twice as long each time up to this."),
    USER_QUESTIONS_PER_MINUTE(
            "limits.user.questions.per.minute",
            "20",
            SettingType.integer(0, 10_000),
            null,
            "Questions a user may ask a minute before a polite \"please wait\" (fair use); 0 = no limit."),
    INLINE_CACHE(
            "inline.cache.seconds",
            "300",
            SettingType.integer(0, 86_400),
            null,
            "Seconds Telegram may cache inline query results."),
    SHUTDOWN_GRACE(
            "shutdown.grace.seconds",
            "5",
            SettingType.integer(0, 600),
            null,
            "Seconds to finish work in hand on shutdown (SIGTERM) before exiting."),
    METRICS_PORT(
            "metrics.port",
            "0",
            SettingType.integer(0, 65_535),
            null,
            "Port of the health and metrics endpoints (/health, /metrics in the Prometheus text format).\n"
                    + "0: off."),
    METRICS_HOST(
            "metrics.host",
            "127.0.0.1",
            SettingType.TEXT,
            null,
            "Address the health and metrics port listens on: loopback by default; 0.0.0.0 in a container."),
    LOGGING_FORMAT(
            "logging.format",
            "text",
            SettingType.choice("text", "json"),
            null,
            "Log lines on standard error: text (date, time, level, logger, message) or json (one JSON object a\n"
                    + "line, for log shippers). The bot token is removed from both.");

    /** Prefix of the environment variable of every key. */
    public static final String ENV_PREFIX = "TRANSCRIPT_BOT_";

    private final String key;
    private final String defaultValue;
    private final SettingType type;
    private final String shortEnv;
    private final String doc;

    Setting(String key, String defaultValue, SettingType type, String shortEnv, String doc) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.type = type;
        this.shortEnv = shortEnv;
        this.doc = doc;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public SettingType type() {
        return type;
    }

    /** What the key does, or null when the key shares the description of the one before it. */
    public String doc() {
        return doc;
    }

    /** The key's environment variable: TRANSCRIPT_BOT_ + the key in capitals, dots as _. */
    public String env() {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The variables this key is read from, the first one set winning. */
    public List<String> envNames() {
        return shortEnv == null ? List.of(env()) : List.of(env(), shortEnv);
    }

    public static Setting byKey(String key) {
        for (Setting s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }
}
