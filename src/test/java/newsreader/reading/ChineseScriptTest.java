package newsreader.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import newsreader.config.Settings;
import newsreader.post.PostMeta;
import newsreader.render.DateLabel;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * Conversion between the scripts on a hand-checked list of words where one Simplified character stands for two
 * Traditional ones (发 for 發 and 髮, 干 for 乾, 幹 and 干, 后 for 後 and 后, 面 for 麵 and 面, 里 for 裡 and 里). What ICU
 * gets wrong is pinned as it is, so that a better ICU shows here.
 */
class ChineseScriptTest {
    /** Simplified → the right Traditional (Taiwan forms; 裏面 in Hong Kong is as right as 裡面). */
    private static final Map<String, String> RIGHT = new LinkedHashMap<>();
    /** Simplified → what ICU 78.1 gives, which is wrong; the right form in the comment. */
    private static final Map<String, String> ICU_WRONG = new LinkedHashMap<>();

    static {
        RIGHT.put("头发", "頭髮");
        RIGHT.put("发展", "發展");
        RIGHT.put("发型", "髮型");
        RIGHT.put("理发", "理髮");
        RIGHT.put("干净", "乾淨");
        RIGHT.put("干部", "幹部");
        RIGHT.put("树干", "樹幹");
        RIGHT.put("头发干了", "頭髮乾了");
        RIGHT.put("后来", "後來");
        RIGHT.put("皇后", "皇后");
        RIGHT.put("王后", "王后");
        RIGHT.put("面条", "麵條");
        RIGHT.put("面粉", "麵粉");
        RIGHT.put("面对", "面對");
        RIGHT.put("里面", "裡面");
        RIGHT.put("公里", "公里");
        RIGHT.put("一只", "一隻");
        RIGHT.put("只有", "只有");
        RIGHT.put("几乎", "幾乎");
        RIGHT.put("茶几", "茶几");
        RIGHT.put("准备", "準備");
        RIGHT.put("批准", "批准");
        RIGHT.put("制造", "製造");
        RIGHT.put("制度", "制度");
        RIGHT.put("尽管", "儘管");
        RIGHT.put("尽力", "盡力");
        RIGHT.put("斗争", "鬥爭");
        RIGHT.put("北斗", "北斗");
        RIGHT.put("秋千", "鞦韆");
        RIGHT.put("台风", "颱風");
        RIGHT.put("余地", "餘地");
        RIGHT.put("人云亦云", "人云亦云");
        ICU_WRONG.put("钟情", "鐘情"); // 鍾情
        ICU_WRONG.put("范先生", "範先生"); // 范先生: the surname
        ICU_WRONG.put("吃面", "吃面"); // 吃麵
        ICU_WRONG.put("方便面", "方便面"); // 方便麵
        ICU_WRONG.put("系鞋带", "系鞋帶"); // 繫鞋帶
    }

    @Test
    void trickyWordsBecomeTheRightTraditionalByPhrase() {
        RIGHT.forEach((simplified, traditional) ->
                assertThat(ChineseScript.TRADITIONAL.convert(simplified)).as(simplified).isEqualTo(traditional));
    }

    @Test
    void theWordsIcuGetsWrongArePinned() {
        ICU_WRONG.forEach((simplified, icu) ->
                assertThat(ChineseScript.TRADITIONAL.convert(simplified)).as(simplified).isEqualTo(icu));
    }

    @Test
    void traditionalBecomesSimplified() {
        RIGHT.forEach((simplified, traditional) ->
                assertThat(ChineseScript.SIMPLIFIED.convert(traditional)).as(traditional).isEqualTo(simplified));
        assertThat(ChineseScript.SIMPLIFIED.convert("甚麼")).isEqualTo("什么");
        // ICU makes the emperor's name 乾隆 into 干隆 (it stays 乾隆 in Simplified): pinned.
        assertThat(ChineseScript.SIMPLIFIED.convert("乾隆")).isEqualTo("干隆");
    }

    @Test
    void theOriginalIsLeftAsItIsAndTextWithoutHanIsNotTouched() {
        String mixed = "頭髮 and 头发";
        assertThat(ChineseScript.ORIGINAL.convert(mixed)).isSameAs(mixed);
        String english = "https://example.com/a?b=c — English only";
        assertThat(ChineseScript.TRADITIONAL.convert(english)).isSameAs(english);
        assertThat(ChineseScript.TRADITIONAL.convert("Java 发展史")).isEqualTo("Java 發展史");
    }

    @Test
    void rowsShowTitlesAndCategoriesInTheScript() {
        PostMeta post = newsreader.testing.Posts.post("头发与发展", List.of("新闻", "后来"));
        PostRows rows = new PostRows(DateLabel.local(), CellWidth.standard(), ChineseScript.TRADITIONAL);
        assertThat(rows.title(post)).isEqualTo("頭髮與發展");
        assertThat(rows.title(post)).as("again, from the rows' memory").isEqualTo("頭髮與發展");
        assertThat(rows.category(post)).isEqualTo("新聞 › 後來");
        assertThat(rows.category(post, 6)).isEqualTo("後來  ");
        PostRows original = new PostRows(DateLabel.local(), CellWidth.standard());
        assertThat(original.title(post)).isEqualTo("头发与发展");
        assertThat(original.category(post)).isEqualTo("新闻 › 后来");
    }

    @Test
    void theReaderCyclesThroughTheThreeScripts() {
        assertThat(ChineseScript.ORIGINAL.next()).isSameAs(ChineseScript.SIMPLIFIED);
        assertThat(ChineseScript.SIMPLIFIED.next()).isSameAs(ChineseScript.TRADITIONAL);
        assertThat(ChineseScript.TRADITIONAL.next()).isSameAs(ChineseScript.ORIGINAL);
        assertThat(ChineseScript.of(Settings.Chinese.TRADITIONAL)).isSameAs(ChineseScript.TRADITIONAL);
    }
}
