package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CellWidth} against Unicode 17 {@code EastAsianWidth.json} and {@code emoji-data.json}, by the
 * rules of cjk-typography.md §1. The data files decide East_Asian_Width and the emoji properties; the
 * general category (mark, format, control) comes from ICU, since the files do not carry it.
 */
class WidthConformanceTest {
    private static final int ZWJ = 0x200D;
    private static final int VS16 = 0xFE0F;
    private static final String WOMAN = new String(Character.toChars(0x1F469));

    /** Sizes of the two named deviations below, pinned so that any change in the data is noticed. */
    private static final int NEW_IN_UNICODE_17_UNLISTED = 157;
    private static final int PICTOGRAPHIC_ONLY_IN_FILE = 689;

    private static String[] eastAsianWidthListed;
    private static Map<String, boolean[]> emoji;

    @BeforeAll
    static void loadData() {
        if (UnicodeData.isPresent("EastAsianWidth.json") && UnicodeData.isPresent("emoji-data.json")) {
            eastAsianWidthListed = UnicodeData.eastAsianWidthsAsListed();
            emoji = UnicodeData.emojiProperties();
        }
    }

    /** Each test skips on its own, so that the report names the missing file. */
    @BeforeEach
    void requireData() {
        UnicodeData.assumePresent("EastAsianWidth.json");
        UnicodeData.assumePresent("emoji-data.json");
    }

    /** The width §1 gives a cluster made of this one code point. */
    private static int expectedWidth(int cp, int ambiguous) {
        int type = UCharacter.getType(cp);
        if (type == UCharacter.NON_SPACING_MARK || type == UCharacter.ENCLOSING_MARK || type == UCharacter.FORMAT) {
            return 0;
        }
        if (type == UCharacter.CONTROL) {
            // Deviation from "1 for everything else": controls never reach the terminal (§1), so they
            // take no cell; TAB outside preformatted text is a space.
            return cp == '\t' ? 1 : 0;
        }
        if (emoji.get("Emoji_Presentation")[cp]) {
            return 2;
        }
        return switch (eastAsianWidth(cp)) {
            case "W", "F" -> 2;
            case "A" -> ambiguous;
            default -> 1;
        };
    }

    private static String eastAsianWidth(int cp) {
        String listed = eastAsianWidthListed[cp];
        return listed != null ? listed : UnicodeData.defaultEastAsianWidth(cp);
    }

    /**
     * Deviation: the shared EastAsianWidth.json and emoji-data.json do not list characters first
     * assigned in Unicode 17.0 (Tangut and Khitan additions, new emoji such as U+1F6D8), although
     * ICU 78.1 and the rest of the shared data are Unicode 17: the files seem to carry 16.0
     * properties. For those characters the file's default (N, no emoji) is out of date and ICU's
     * Unicode 17 value (W, Emoji_Presentation) is the one used.
     */
    private static boolean isNewInUnicode17AndUnlisted(int cp) {
        return UCharacter.getAge(cp).getMajor() == 17 && eastAsianWidthListed[cp] == null
                && !emoji.get("Emoji_Presentation")[cp];
    }

    @ParameterizedTest(name = "ambiguous width {0}")
    @ValueSource(ints = {1, 2})
    void everyCodePointHasTheWidthOfItsPropertiesInTheDataFiles(int ambiguous) {
        CellWidth widths = new CellWidth(ambiguous);
        List<String> mismatches = new ArrayList<>();
        List<Integer> newInUnicode17 = new ArrayList<>();
        int checked = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue; // surrogate code points are not characters: no well-formed string holds one alone
            }
            checked++;
            int expected = expectedWidth(cp, ambiguous);
            String cluster = new String(Character.toChars(cp));
            int byCluster = widths.ofCluster(cluster);
            int byCodePoint = widths.ofCodePoint(cp);
            if (byCluster != expected && byCluster == byCodePoint && isNewInUnicode17AndUnlisted(cp)) {
                newInUnicode17.add(cp);
            } else if (byCluster != expected || byCodePoint != expected) {
                mismatches.add(String.format("U+%04X expected %d, cluster %d, code point %d (EAW %s)",
                        cp, expected, byCluster, byCodePoint, eastAsianWidth(cp)));
            }
        }
        assertThat(checked).isEqualTo(0x110000 - 0x800);
        assertThat(mismatches).isEmpty();
        assertThat(newInUnicode17)
                .as("deviation: characters new in Unicode 17 that the shared files do not list; ICU's values are used")
                .hasSize(NEW_IN_UNICODE_17_UNLISTED);
    }

    /**
     * Deviation: ICU 78.1 (Unicode 17) gives Extended_Pictographic to fewer code points than the
     * shared emoji-data.json (689 when this was written, dingbats and symbols such as U+2605 ★ and
     * U+2701 ✁). None of them is an emoji (Emoji=No in the file too), so U+FE0F after one of them
     * asks for no emoji picture and terminals draw it narrow: we follow ICU and keep it at the width
     * of the base. Everything the file and ICU agree on must be one wide cluster.
     */
    private static boolean isPictographicOnlyInTheFile(int cp) {
        return emoji.get("Extended_Pictographic")[cp]
                && !UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC);
    }

    @Test
    void everyExtendedPictographicFollowedByVs16IsOneWideCluster() {
        CellWidth widths = CellWidth.standard();
        List<String> unexpected = new ArrayList<>();
        boolean[] pictographic = emoji.get("Extended_Pictographic");
        int agreed = 0;
        int onlyInFile = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (!pictographic[cp]) {
                continue;
            }
            String sequence = new StringBuilder().appendCodePoint(cp).appendCodePoint(VS16).toString();
            boolean oneCluster = Graphemes.clusters(sequence).size() == 1;
            int width = widths.of(sequence);
            if (isPictographicOnlyInTheFile(cp)) {
                onlyInFile++;
                if (emoji.get("Emoji")[cp] || width != widths.ofCodePoint(cp)) {
                    unexpected.add(String.format("U+%04X (deviation case) width %d", cp, width));
                }
            } else {
                agreed++;
                if (width != 2 || !oneCluster) {
                    unexpected.add(String.format("U+%04X U+FE0F width %d, one cluster %b", cp, width, oneCluster));
                }
            }
        }
        assertThat(unexpected).isEmpty();
        assertThat(agreed).isGreaterThan(2800);
        assertThat(onlyInFile)
                .as("deviation: non-emoji symbols that are Extended_Pictographic in the file but not in Unicode 17")
                .isEqualTo(PICTOGRAPHIC_ONLY_IN_FILE);
    }

    @Test
    void everyRegionalIndicatorPairIsOneFlagTwoCellsWide() {
        CellWidth widths = CellWidth.standard();
        int pairs = 0;
        for (int a = 0x1F1E6; a <= 0x1F1FF; a++) {
            for (int b = 0x1F1E6; b <= 0x1F1FF; b++) {
                String flag = new StringBuilder().appendCodePoint(a).appendCodePoint(b).toString();
                assertThat(Graphemes.clusters(flag)).as(flag).hasSize(1);
                assertThat(widths.of(flag)).as(flag).isEqualTo(2);
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(26 * 26);
    }

    @Test
    void aZwjSequenceOfAnyPictographsCountsOnceAsTwoCells() {
        CellWidth widths = new CellWidth(2);
        List<String> unexpected = new ArrayList<>();
        boolean[] pictographic = emoji.get("Extended_Pictographic");
        boolean[] presentation = emoji.get("Emoji_Presentation");
        int checked = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (!pictographic[cp] || isPictographicOnlyInTheFile(cp)) {
                continue;
            }
            // A text-default pictograph takes U+FE0F before the joiner, as in RGI sequences.
            StringBuilder sequence = new StringBuilder().appendCodePoint(cp);
            if (!presentation[cp]) {
                sequence.appendCodePoint(VS16);
            }
            String joined = sequence.appendCodePoint(ZWJ).append(WOMAN).appendCodePoint(ZWJ).append(WOMAN).toString();
            checked++;
            if (Graphemes.clusters(joined).size() != 1 || widths.of(joined) != 2) {
                unexpected.add(String.format("U+%04X ZWJ sequence: %d clusters, width %d",
                        cp, Graphemes.clusters(joined).size(), widths.of(joined)));
            }
        }
        assertThat(unexpected).isEmpty();
        assertThat(checked).isGreaterThan(2800);
    }

    @Test
    void everyModifierBaseWithASkinToneIsOneWideCluster() {
        CellWidth widths = CellWidth.standard();
        boolean[] modifierBase = emoji.get("Emoji_Modifier_Base");
        int checked = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (modifierBase[cp]) {
                String toned = new StringBuilder().appendCodePoint(cp).appendCodePoint(0x1F3FD).toString();
                assertThat(widths.of(toned)).as("U+%04X U+1F3FD", cp).isEqualTo(2);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
