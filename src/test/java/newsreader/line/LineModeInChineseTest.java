package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import newsreader.config.InterfaceLanguage;
import newsreader.messages.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Line mode speaking Simplified and Traditional Chinese on the sample folder: greeting, list pages, help, marks and
 * mistakes, each a whole sentence with its counts in place. Wide lines, so that a sentence is never wrapped apart.
 */
class LineModeInChineseTest {
    @TempDir
    Path temp;
    LineSession session;

    @BeforeEach
    void writeFolder() throws IOException {
        Path folder = SampleFolder.write(temp.resolve("posts"));
        session = new LineSession(folder, LineSession.testOptions(temp).withWidth(200));
    }

    private LineSession.Result type(InterfaceLanguage language, String... lines) {
        try (var speaking = Messages.speaking(language)) {
            return session.type(lines);
        }
    }

    @Test
    void simplifiedGreetsListsAndAnswers() {
        LineSession.Result run = type(InterfaceLanguage.SIMPLIFIED_CHINESE,
                "more", "more", "list 3", "bogus", "1", "star", "read 9", "/不存在的词", "cat 没有这个分类", "links");

        assertThat(run.answer(0)).contains("newsreader 行模式：", "中有 5 篇文章；1 个文件无法读取（输入 problems 查看）。输入 help 查看命令，输入 q 退出。")
                .contains("全部 5 篇文章，全部 5 篇未读（标有 *），第 1 页，共 2 页：")
                .contains("输入 more 查看第 2 页，或输入文章编号打开文章。");
        assertThat(run.answer(1)).contains("第 2 页，共 2 页：");
        assertThat(run.answer(2)).contains("这已是最后一页；列表共 5 篇文章。输入 list 从头再看。");
        assertThat(run.answer(3)).contains("没有第 3 页；列表共 2 页。");
        assertThat(run.answer(4)).contains("没有“bogus”这个命令；输入 help 查看所有命令。");
        assertThat(run.answer(5)).contains("第 1 篇文章（共 5 篇）到此结束；输入 links 列出其中的 2 个链接。");
        assertThat(run.answer(6)).contains("已给第 1 篇文章（共 5 篇）加星标：深度学习入门指南");
        assertThat(run.answer(7)).contains("没有第 9 篇文章；列表共 5 篇文章。");
        assertThat(run.answer(8)).contains("没有标题包含“不存在的词”；列表保持不变。");
        assertThat(run.answer(9)).contains("没有文章在分类“没有这个分类”中；输入 cat 查看所有分类。");
        assertThat(run.answer(10)).contains("第 1 篇文章（共 5 篇）的 2 个链接：", "[1] https://example.com/tutorial");
        assertThat(run.output()).doesNotContain("End of", "Type ", "Starred", "There is no");
    }

    @Test
    void traditionalHelpNamesTheCommandsAsTypedAndExplainsThemInTraditional() {
        LineSession.Result run = type(InterfaceLanguage.TRADITIONAL_CHINESE, "help", "help search", "help nothing");

        assertThat(run.answer(1)).contains("指令：", "- list [頁碼]（也可寫作 l）：顯示列表的第一頁，或指定的那一頁。",
                "- quit（也可寫作 q、exit）：離開行模式（Ctrl-D 也可以離開）。", "Tab 鍵可補全指令和分類名。");
        assertThat(run.answer(2)).contains("search 詞，或 /詞：列出標題包含所有這些詞的文章", "也可以寫作 /。");
        assertThat(run.answer(3)).contains("沒有「nothing」這個指令；輸入 help 查看所有指令。");
    }

    @Test
    void aCountStandingAloneAgreesWithItsNounInEachLanguage() {
        try (var english = Messages.speaking(InterfaceLanguage.ENGLISH)) {
            assertThat(Plural.posts(1)).isEqualTo("1 post");
            assertThat(Plural.posts(0)).isEqualTo("0 posts");
            assertThat(Plural.posts(2)).isEqualTo("2 posts");
        }
        try (var simplified = Messages.speaking(InterfaceLanguage.SIMPLIFIED_CHINESE)) {
            assertThat(Plural.posts(1)).isEqualTo("1 篇文章");
            assertThat(Plural.posts(12)).isEqualTo("12 篇文章");
        }
    }

    @Test
    void anOpenedArticleIsLabelledInTheLanguage() {
        LineSession.Result simplified = type(InterfaceLanguage.SIMPLIFIED_CHINESE, "1", "5");
        assertThat(simplified.answer(1)).contains("分类：科技 › AI", "头图：https://example.com/images/dl.jpg",
                "[图片 2：网络结构]", "链接与图片", "[2] 图片：https://example.com/images/net.png")
                .containsPattern("日期：2024-05-0\\d").doesNotContain("Date:", "Image:", "References");
        assertThat(simplified.answer(2)).contains("日期：无日期");

        LineSession.Result traditional = type(InterfaceLanguage.TRADITIONAL_CHINESE, "1");
        assertThat(traditional.answer(1)).contains("分類：科技 › AI", "頭圖：", "[圖片 2：网络结构]", "連結與圖片");
    }

    @Test
    void problemsGiveEachFilesReasonInTheLanguage() {
        assertThat(type(InterfaceLanguage.SIMPLIFIED_CHINESE, "problems").answer(1))
                .contains("1 个文件无法作为文章读取：", "broken.md：YAML 错误").doesNotContain("YAML error");
        assertThat(type(InterfaceLanguage.TRADITIONAL_CHINESE, "problems").answer(1))
                .contains("broken.md：YAML 錯誤");
    }

    @Test
    void theLanguageIsPutBackForTheNextTest() {
        type(InterfaceLanguage.TRADITIONAL_CHINESE, "help");
        assertThat(session.type().answer(0)).contains("Type help for the commands");
    }
}
