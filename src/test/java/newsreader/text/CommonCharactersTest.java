package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every character {@link CommonCharacters} names, against ICU's data: what it says without the data must hold. */
class CommonCharactersTest {

    @Test
    void everyCommonCharacterIsItsOwnClusterInNfcAndNoControl() {
        List<String> wrong = new ArrayList<>();
        int common = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            if (!CommonCharacters.isCommon(c)) {
                continue;
            }
            common++;
            int breakKind = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK);
            boolean ownCluster = breakKind == UCharacter.GraphemeClusterBreak.OTHER
                    // a Hangul syllable joins only jamo, none of which is common
                    || breakKind == UCharacter.GraphemeClusterBreak.LV || breakKind == UCharacter.GraphemeClusterBreak.LVT;
            boolean inert = UCharacter.getCombiningClass(c) == 0
                    && UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) == 1; // Yes
            int type = UCharacter.getType(c);
            if (!ownCluster || !inert || type == UCharacter.CONTROL || type == UCharacter.FORMAT
                    || type == UCharacter.SURROGATE || Character.isSurrogate(c)) {
                wrong.add(String.format("U+%04X break %d, inert %b, type %d", (int) c, breakKind, inert, type));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(common).as("ASCII, Latin-1, CJK ideographs, kana, Hangul, fullwidth forms").isGreaterThan(39_000);
    }

    @Test
    void everyWidthGivenWithoutTheDataIsTheDatasOwn() {
        List<String> wrong = new ArrayList<>();
        int known = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            byte given = CommonCharacters.widthClass(cp);
            if (given == CommonCharacters.UNKNOWN) {
                continue;
            }
            known++;
            int type = UCharacter.getType(cp);
            boolean drawn = type != UCharacter.CONTROL && type != UCharacter.FORMAT && type != UCharacter.NON_SPACING_MARK
                    && type != UCharacter.ENCLOSING_MARK && type != UCharacter.UNASSIGNED;
            byte expected = switch (UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH)) {
                case UCharacter.EastAsianWidth.WIDE, UCharacter.EastAsianWidth.FULLWIDTH -> 2;
                case UCharacter.EastAsianWidth.AMBIGUOUS -> CommonCharacters.AMBIGUOUS;
                default -> 1;
            };
            if (!drawn || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION) || given != expected) {
                wrong.add(String.format("U+%04X given %d, data %d, type %d", cp, given, expected, type));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(known).isGreaterThan(39_000);
    }

    @Test
    void thePictographicCommonCharactersAreTheDatasOwn() {
        List<String> wrong = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (!CommonCharacters.isCommon(c)) {
                continue;
            }
            boolean emojiLike = UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)
                    || UCharacter.hasBinaryProperty(c, UProperty.REGIONAL_INDICATOR)
                    || UCharacter.hasBinaryProperty(c, UProperty.EMOJI_MODIFIER);
            if (emojiLike != CommonCharacters.isPictographic(c)) {
                wrong.add(String.format("U+%04X pictographic %b in the data", (int) c, emojiLike));
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(CellWidth.isPlainCharacter('\u2502')).as("the divider").isTrue();
        assertThat(CellWidth.isPlainCharacter('\u00A9')).as("©, which U+FE0F makes an emoji").isFalse();
    }

    @Test
    void textOfCommonCharactersIsLeftAsNfcWouldLeaveIt() {
        String title = "【观察】华为发布“鸿蒙 5”：¥6,999 起，カメラ·한국어 — 全角ＡＢＣ…";
        assertThat(CommonCharacters.allCommon(title)).isTrue();
        assertThat(Normalizer.normalize(title, Normalizer.Form.NFC)).isEqualTo(title);
        assertThat(SafeText.line(title)).isEqualTo(title);
        // A decomposed letter is not common, so it is still composed.
        assertThat(CommonCharacters.allCommon("Cafe\u0301")).isFalse();
        assertThat(SafeText.line("Cafe\u0301")).isEqualTo("Caf\u00e9");
        // A Hangul syllable before a trailing jamo still joins it: the jamo is not common.
        assertThat(Graphemes.clusters("\uAC00\u11A8\uAC00")).containsExactly("\uAC00\u11A8", "\uAC00");
    }
}
