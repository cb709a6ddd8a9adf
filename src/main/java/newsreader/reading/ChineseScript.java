package newsreader.reading;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import newsreader.config.Settings;

/**
 * Chinese shown in the script the reader prefers: as written, Simplified or Traditional. Every front end converts
 * the text it shows (titles, categories, article text) through here, for display only: files are never written.
 *
 * <p>ICU's {@code Hans-Hant} and {@code Hant-Hans} transliterators convert by phrase where one character has two
 * forms ({@code 头发} → {@code 頭髮} but {@code 发展} → {@code 發展}); {@code ChineseScriptTest} lists the tricky
 * words they get right and wrong. Building one takes about a third of a second, so each is built once, when first
 * asked for; ICU documents transliterators as stateless, to be shared between threads without locking.
 */
public final class ChineseScript {
    public static final ChineseScript ORIGINAL = new ChineseScript(Settings.Chinese.ORIGINAL, null);
    public static final ChineseScript SIMPLIFIED = new ChineseScript(Settings.Chinese.SIMPLIFIED, "Hant-Hans");
    public static final ChineseScript TRADITIONAL = new ChineseScript(Settings.Chinese.TRADITIONAL, "Hans-Hant");
    private static final List<ChineseScript> CYCLE = List.of(ORIGINAL, SIMPLIFIED, TRADITIONAL);

    private final Settings.Chinese choice;
    private final String transliteratorId;
    private volatile Transliterator transliterator;

    private ChineseScript(Settings.Chinese choice, String transliteratorId) {
        this.choice = choice;
        this.transliteratorId = transliteratorId;
    }

    public static ChineseScript of(Settings.Chinese choice) {
        return CYCLE.get(choice.ordinal());
    }

    public static ChineseScript of(Settings settings) {
        return of(settings.chinese());
    }

    /** The setting this conversion stands for. */
    public Settings.Chinese choice() {
        return choice;
    }

    /** Whether text is shown as written. */
    public boolean isOriginal() {
        return transliteratorId == null;
    }

    /** The next script in the reader's cycle: original, simplified, traditional, original… */
    public ChineseScript next() {
        return CYCLE.get((choice.ordinal() + 1) % CYCLE.size());
    }

    /** {@code text} in this script; the same string when it holds no Han character or the script is the original. */
    public String convert(String text) {
        if (isOriginal() || text == null || !hasHan(text)) {
            return text;
        }
        return transliterator().transliterate(text);
    }

    /**
     * This script with its converter built (a third of a second the first time): the reader asks for it on its
     * background thread, so that the key that chose the script answers at once.
     */
    public ChineseScript prepared() {
        if (!isOriginal()) {
            transliterator();
        }
        return this;
    }

    /**
     * Builds the converter on a daemon thread, for a front end that starts in this script and draws its first list
     * on a thread that should not wait (the reader's screen, while the folder is still being read).
     */
    public void prepareInBackground() {
        if (isOriginal()) {
            return;
        }
        Thread building = new Thread(this::prepared, "newsreader-chinese-script");
        building.setDaemon(true);
        building.start();
    }

    /** Built once: a thread that asks while another builds it waits for that one rather than building its own. */
    private Transliterator transliterator() {
        Transliterator built = transliterator;
        if (built == null) {
            synchronized (this) {
                built = transliterator;
                if (built == null) {
                    built = Transliterator.getInstance(transliteratorId);
                    transliterator = built;
                }
            }
        }
        return built;
    }

    /** Most lines of an English post, and every address, hold no Han character: they are passed over unchanged. */
    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 || Character.isSurrogate(c)) {
                if (Character.UnicodeScript.of(text.codePointAt(i)) == Character.UnicodeScript.HAN) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return choice.word();
    }
}
