package newsreader.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import newsreader.config.InterfaceLanguage;

/**
 * The words of the interface in the language it speaks: English, Simplified or Traditional Chinese. Each front end
 * keeps its messages in a bundle of its own ({@code newsreader/messages/NAME.properties} for English, beside it
 * {@code NAME_zh_Hans.properties} and {@code NAME_zh_Hant.properties}); {@code MessageBundlesTest} checks that every
 * key exists in every language with the same places.
 *
 * <p>A message is a whole sentence with numbered places ({@code Mark {0} posts read? y/n}), formatted by
 * {@link MessageFormat} (an apostrophe is written {@code ''}), never assembled from fragments: the order of words is
 * the translation's, not the code's.
 *
 * <p>The language is chosen once, when the program starts ({@link #speak}); every front end then asks here.
 */
public final class Messages {
    private static volatile InterfaceLanguage language = InterfaceLanguage.ENGLISH;

    /** English is the root bundle; no other locale (not even the JVM's default) is looked for. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle {@code name} ({@code reader}, {@code line}, {@code commands} …). */
    public static Messages of(String name) {
        return new Messages("newsreader.messages." + name);
    }

    /** Makes the interface speak {@code chosen} from now on. */
    public static void speak(InterfaceLanguage chosen) {
        language = chosen;
    }

    /** The language the interface speaks. */
    public static InterfaceLanguage language() {
        return language;
    }

    /**
     * Speaks {@code chosen} until the returned handle is closed, then the language before: for tests, which share a
     * JVM ({@code try (var zh = Messages.speaking(SIMPLIFIED_CHINESE)) { … }}).
     */
    public static Speaking speaking(InterfaceLanguage chosen) {
        InterfaceLanguage before = language;
        speak(chosen);
        return () -> speak(before);
    }

    /** Puts the language back when closed. */
    public interface Speaking extends AutoCloseable {
        @Override
        void close();
    }

    /** The message {@code key} in the current language, its places filled with {@code args}. */
    public String get(String key, Object... args) {
        return format(bundle().getString(key), language.locale(), args);
    }

    /**
     * The message {@code key} in {@code in}, whatever the interface speaks: for text that must not depend on it,
     * such as the words a search index takes out of an article, or the man page of each language.
     */
    public String getIn(InterfaceLanguage in, String key, Object... args) {
        return format(bundle(in).getString(key), in.locale(), args);
    }

    /** Whether the bundle has {@code key} (for keys built from names, such as an action's description). */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The bundle in the current language (picocli takes one for its help). */
    public ResourceBundle bundle() {
        return bundle(language);
    }

    /** The bundle in {@code in}. */
    public ResourceBundle bundle(InterfaceLanguage in) {
        return ResourceBundle.getBundle(baseName, in.locale(), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
