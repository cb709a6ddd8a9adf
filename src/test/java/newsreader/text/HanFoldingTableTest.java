package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The stored folding table is ICU's {@code Hant-Hans} transliteration, character for character: after an ICU
 * upgrade this fails until the table is written again, with
 * {@code mvn test -Dtest=HanFoldingTableTest -Dnewsreader.writeHanFolding=true}.
 */
class HanFoldingTableTest {
    private static final Path SOURCE = Path.of("src/main/resources" + HanFolding.TABLE);

    @Test
    void theTableIsIcusTraditionalToSimplifiedTransliteration() throws IOException {
        Map<Integer, Integer> expected = fromIcu();
        if (Boolean.getBoolean("newsreader.writeHanFolding")) {
            StringBuilder lines = new StringBuilder();
            expected.forEach((from, to) -> lines.appendCodePoint(from).append(' ').appendCodePoint(to).append('\n'));
            Files.writeString(SOURCE, lines, StandardCharsets.UTF_8);
        }
        assertThat(new TreeMap<>(HanFolding.table())).isEqualTo(expected);
    }

    /** Every character ICU's rules may change, each transliterated alone. */
    private static Map<Integer, Integer> fromIcu() {
        Transliterator icu = Transliterator.getInstance("Hant-Hans");
        Map<Integer, Integer> table = new TreeMap<>();
        for (String character : icu.getSourceSet()) {
            String folded = icu.transliterate(character);
            if (!folded.equals(character)) {
                assertThat(folded.codePointCount(0, folded.length())).as(character + " folds to one character").isEqualTo(1);
                table.put(character.codePointAt(0), folded.codePointAt(0));
            }
        }
        return table;
    }

    @Test
    void withoutIcusPhrasesTheTableFoldsWholeTextsAsIcuDoes() {
        Transliterator icu = Transliterator.getInstance("Hant-Hans");
        String text = "乾隆年間，頭髮與發展、後來的皇后在裡面吃麵條；勣與𨧀。English stays, かな も。";
        assertThat(HanFolding.fold(text)).isEqualTo(icu.transliterate(text));
    }

    @Test
    void aPhraseWrittenWithOtherCharactersInEachScriptIsNotFolded() {
        // ICU's phrase rule 甚麼 → 什么 is beyond a table of characters: pinned, as the documented limit.
        assertThat(Transliterator.getInstance("Hant-Hans").transliterate("甚麼")).isEqualTo("什么");
        assertThat(HanFolding.fold("甚麼")).isEqualTo("甚么");
    }

    @Test
    void traditionalAndSimplifiedFoldAlike() {
        assertThat(HanFolding.fold("發展")).isEqualTo(HanFolding.fold("发展")).isEqualTo("发展");
        assertThat(HanFolding.fold("頭髮")).isEqualTo("头发");
        assertThat(HanFolding.fold("臺灣")).isEqualTo(HanFolding.fold("台湾"));
    }

    @Test
    void textWithoutTraditionalCharactersIsReturnedAsItIs() {
        String simplified = "新一代 GPU 芯片";
        assertThat(HanFolding.fold(simplified)).isSameAs(simplified);
    }

    @Test
    void aCharacterMayFoldOutsideTheBasicPlane() {
        assertThat(HanFolding.fold("勣")).isEqualTo(new String(Character.toChars(0x2A7DD)));
        assertThat(HanFolding.changes('勣')).isTrue();
        assertThat(HanFolding.changes('A')).isFalse();
    }
}
