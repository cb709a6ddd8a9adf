package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-checked list of words the two scripts write with other characters, and how it is applied. */
class HanWordsTest {
    @Test
    void everyWordIsNeededAndAgreesWithIcu() {
        Transliterator icu = Transliterator.getInstance("Hant-Hans");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> word : HanWords.list().entrySet()) {
            String traditional = word.getKey();
            String simplified = word.getValue();
            if (!HanFolding.fold(simplified).equals(simplified)) {
                problems.add(simplified + " is not Simplified");
            }
            if (HanFolding.fold(traditional).equals(simplified)) {
                problems.add(traditional + " meets " + simplified + " character by character: not needed");
            }
            if (!icu.transliterate(traditional).equals(simplified)) {
                problems.add(traditional + ": ICU says " + icu.transliterate(traditional) + ", the list " + simplified);
            }
        }
        assertThat(HanWords.list()).hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void foldedTextMeetsTheOtherScriptUnitForUnit() {
        String traditional = "你為甚麼不先寫一份計畫？";
        String folded = HanWords.fold(HanFolding.foldKeepingOffsets(traditional));
        assertThat(folded).isEqualTo("你为什么不先写一份计划？").hasSameSizeAs(traditional);
        assertThat(HanWords.fold("甚至连画也没有")).as("the characters alone stay").isEqualTo("甚至连画也没有");
        String simplified = "为什么";
        assertThat(HanWords.fold(simplified)).isSameAs(simplified);
    }

    @Test
    void theIndexsViewKeepsEverythingButTheWordsAsWritten() {
        assertThat(HanWords.simplifiedWords("你為甚麼不先寫一份計畫？")).isEqualTo("你為什么不先寫一份计划？");
        String plain = "發展與頭髮";
        assertThat(HanWords.simplifiedWords(plain)).isSameAs(plain);
    }
}
