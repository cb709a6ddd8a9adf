package newsreader.config;

import java.util.Locale;
import java.util.Map;

/**
 * The language the interface speaks: English, Simplified or Traditional Chinese. Chosen by {@code --language}, else
 * the {@code language} setting, else the locale of the environment as POSIX orders it ({@code LC_ALL}, then
 * {@code LC_MESSAGES}, then {@code LANG}; an empty one counts as unset). {@code newsreader.messages.Messages} speaks
 * it.
 */
public enum InterfaceLanguage {
    ENGLISH("en"),
    SIMPLIFIED_CHINESE("zh-Hans"),
    TRADITIONAL_CHINESE("zh-Hant");

    private static final String AUTO = "auto";

    private final String tag;

    InterfaceLanguage(String tag) {
        this.tag = tag;
    }

    /**
     * The launcher replaces {@code LC_ALL} with {@code C.UTF-8} when the session's locale cannot read Chinese file
     * names (often over SSH); it keeps the user's {@code LC_ALL} here, so that the language is still theirs.
     */
    public static final String USER_LC_ALL = "NEWSREADER_USER_LC_ALL";

    /** The locale messages are formatted in (numbers, resource bundles). */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** Whether {@code name} names English or Chinese ({@code en}, {@code zh-Hant}, {@code zh_TW.UTF-8} …). */
    public static boolean names(String name) {
        String language = name.strip().split("[_.@-]", 2)[0];
        return language.equalsIgnoreCase("en") || language.equalsIgnoreCase("zh");
    }

    /** The BCP 47 tag: {@code en}, {@code zh-Hans}, {@code zh-Hant}. */
    public String tag() {
        return tag;
    }

    /**
     * @param option  {@code --language}, or null when not given
     * @param setting the {@code language} setting, or null (or {@code auto}) for the environment's
     */
    public static InterfaceLanguage choose(String option, String setting, Map<String, String> environment) {
        for (String asked : new String[] {option, setting}) {
            if (asked != null && !asked.isBlank() && !asked.strip().equalsIgnoreCase(AUTO)) {
                return of(asked);
            }
        }
        return ofEnvironment(environment);
    }

    /** The language the environment's locale asks for. */
    public static InterfaceLanguage ofEnvironment(Map<String, String> environment) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = name.equals("LC_ALL") && environment.containsKey(USER_LC_ALL)
                    ? environment.get(USER_LC_ALL) : environment.get(name);
            if (value != null && !value.isEmpty()) {
                return of(value);
            }
        }
        return ENGLISH;
    }

    /**
     * The language of a locale name or tag: {@code zh_CN.UTF-8}, {@code zh_TW}, {@code zh-Hant-HK}, {@code en_US},
     * {@code C}. Singapore writes Simplified, Taiwan, Hong Kong and Macau Traditional; a script named in the tag wins
     * over the region. Chinese with neither is taken as Simplified, what most readers write; anything else is English.
     */
    public static InterfaceLanguage of(String locale) {
        String name = locale.strip();
        int cut = indexOfAny(name, ".@");
        if (cut >= 0) {
            name = name.substring(0, cut);
        }
        String[] parts = name.split("[_-]");
        if (!parts[0].equalsIgnoreCase("zh")) {
            return ENGLISH;
        }
        InterfaceLanguage byRegion = null;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].toUpperCase(Locale.ROOT);
            switch (part) {
                case "HANS":
                    return SIMPLIFIED_CHINESE;
                case "HANT":
                    return TRADITIONAL_CHINESE;
                case "TW", "HK", "MO":
                    byRegion = TRADITIONAL_CHINESE;
                    break;
                case "CN", "SG", "MY":
                    byRegion = SIMPLIFIED_CHINESE;
                    break;
                default:
                    break;
            }
        }
        return byRegion != null ? byRegion : SIMPLIFIED_CHINESE;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
