package org.transcriptbot.bot.messages;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface text of one language, from messages_zh.properties / messages_en.properties (UTF-8)
 * beside this class. Placeholders are MessageFormat's {0}, {1}…; numbers are filled in as written
 * (no digit grouping, so line numbers stay plain). To add a language: a Lang constant and a
 * messages_xx.properties with every key.
 */
public final class Messages {
    static final String BUNDLE = "org.transcriptbot.bot.messages.messages";
    private static final Map<Lang, Messages> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BY_LANG.put(
                    lang,
                    new Messages(
                            lang,
                            ResourceBundle.getBundle(
                                    BUNDLE,
                                    lang.locale(),
                                    ResourceBundle.Control.getNoFallbackControl(
                                            ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang, ResourceBundle bundle) {
        this.lang = lang;
        this.bundle = bundle;
    }

    public static Messages of(Lang lang) {
        return BY_LANG.get(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The text of key with its placeholders filled in. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, lang.locale()).format(plain);
    }

    /** The values of prefix.1, prefix.2, … up to the first missing one. */
    public List<String> list(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; ; i++) {
            try {
                out.add(get(prefix + "." + i));
            } catch (MissingResourceException e) {
                return out;
            }
        }
    }

    /** A percentage as this language writes it ("93%"). */
    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
