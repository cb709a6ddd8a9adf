package newsreader.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsreader.post.Post;
import newsreader.post.PostReader;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

/**
 * Tables that do not fit: columns share the width by what they can break, and rows become records when even the
 * longest words do not fit side by side. On the real corpus's table (r057) and a table of configuration keys.
 */
class TableLayoutTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");
    private final CellWidth widths = CellWidth.standard();

    /** Three columns: identifiers that should stay whole, short values, and Chinese that can break anywhere. */
    private static final Block.Table SETTINGS = new Block.Table(List.of(
            List.of("配置项", "默认值", "说明"),
            List.of("max_connection_pool_size", "10", "连接池中最多保持的连接数，超过时新的请求排队等待空闲连接"),
            List.of("idle_timeout_seconds", "600", "空闲连接在被关闭之前保留的秒数"),
            List.of("validation_query", "SELECT 1", "借出连接前用来检查连接是否可用的语句")), 1);

    private List<String> table(Block.Table table, int width) {
        List<String> lines = new TableLayout(widths).layOut(table, width);
        assertThat(lines).allSatisfy(l -> assertThat(widths.of(l)).as(l).isLessThanOrEqualTo(width));
        return lines;
    }

    private Block.Table realTable() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "the real corpus is missing at " + CORPUS.toAbsolutePath() + ": skipped");
        Post post = new PostReader().read(CORPUS.resolve("r057.md"), CORPUS);
        return new ArticleRenderer(widths).parse(post).blocks().stream()
                .filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .filter(t -> t.rows().get(0).get(0).equals("方案")).findFirst().orElseThrow();
    }

    @Test
    void theRealTableKeepsItsNaturalWidthsAt80() throws Exception {
        assertThat(table(realTable(), 80)).containsExactly(
                "方案   | 兼容性                     | 性能                 | 参数长度限制",
                "-------+----------------------------+----------------------+-------------",
                "拦截式 | 无兼容性问题               | 较差，安卓端尤为明显 | 有限制",
                "注入式 | 安卓4.2+ 和 iOS 7+以上可用 | 较好                 | 无");
    }

    @Test
    void theRealTableAt40WrapsItsChineseAndKeepsEveryLatinWordWhole() throws Exception {
        List<String> lines = table(realTable(), 40);
        assertThat(lines).anyMatch(l -> l.contains("-+-"));
        String joined = String.join("\n", lines);
        // Each Latin word of the cells stands whole on some line: 4.2+ and 7+ are not cut from their text.
        assertThat(joined).contains("安卓4.2+").contains("iOS").contains("7+以上");
        assertThat(lines).noneMatch(l -> l.matches(".*\\| +[.+]\\S*.*"));
    }

    @Test
    void theRealTableAt20BecomesRecords() throws Exception {
        assertThat(table(realTable(), 20)).containsExactly(
                "-[ 1 ]--------------",
                "方案: 拦截式",
                "兼容性: 无兼容性问题",
                "性能: 较差，安卓端尤",
                "      为明显",
                "参数长度限制: 有限制",
                "-[ 2 ]--------------",
                "方案: 注入式",
                "兼容性: 安卓4.2+ 和",
                "        iOS 7+以上可",
                "        用",
                "性能: 较好",
                "参数长度限制: 无");
    }

    @Test
    void anIdentifierColumnKeepsItsLongestWordWholeWhileChineseGivesWay() {
        for (int width : new int[] {80, 60, 45}) {
            List<String> lines = table(SETTINGS, width);
            assertThat(lines).as("at %d", width).anyMatch(l -> l.startsWith("max_connection_pool_size | "));
            assertThat(lines).as("at %d", width).anyMatch(l -> l.startsWith("idle_timeout_seconds     | "));
        }
        // The Chinese column, which can break anywhere, is the one that wraps.
        assertThat(table(SETTINGS, 60)).containsExactly(
                "配置项                   | 默认值   | 说明",
                "-------------------------+----------+-----------------------",
                "max_connection_pool_size | 10       | 连接池中最多保持的连接",
                "                         |          | 数，超过时新的请求排队",
                "                         |          | 等待空闲连接",
                "idle_timeout_seconds     | 600      | 空闲连接在被关闭之前保",
                "                         |          | 留的秒数",
                "validation_query         | SELECT 1 | 借出连接前用来检查连接",
                "                         |          | 是否可用的语句");
    }

    @Test
    void whenTheLongestWordsCannotStandSideBySideRowsBecomeRecords() {
        List<String> lines = table(SETTINGS, 40);
        assertThat(lines).startsWith(
                "-[ 1 ]------------------",
                "配置项: max_connection_pool_size",
                "默认值: 10",
                "说明: 连接池中最多保持的连接数，超过时新",
                "      的请求排队等待空闲连接");
        assertThat(lines).contains("-[ 3 ]------------------", "配置项: validation_query", "默认值: SELECT 1");
        // At 20 an identifier wider than the line breaks, as any word wider than the line does; nothing is lost.
        assertThat(String.join("", table(SETTINGS, 20)).replace(" ", "")).contains("max_connection_pool_size");
        // A value whose longest word fits below its label but not beside it goes below.
        assertThat(table(SETTINGS, 28)).contains("配置项:", "  max_connection_pool_size");
    }

    @Test
    void aTableWithoutHeadingsGivesItsFieldsUnlabelled() {
        Block.Table plain = new Block.Table(List.of(List.of("first_identifier_here", "第一行的说明文字"),
                List.of("second_identifier", "第二行")), 0);
        assertThat(table(plain, 20)).containsExactly(
                "-[ 1 ]--------------", "first_identifier_her", "e", "第一行的说明文字",
                "-[ 2 ]--------------", "second_identifier", "第二行");
    }
}
