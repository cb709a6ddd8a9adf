package newsreader.line;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** A small posts folder written into a test's temporary directory: Chinese titles, categories, an undated post, a broken one. */
final class SampleFolder {
    static final String LONG_PARAGRAPH = "深度学习是机器学习的一个分支，它使用多层神经网络从数据中学习表示。"
            + "近年来，随着计算能力的提升和大规模数据集的出现，深度学习在图像识别、语音识别和自然语言处理等领域取得了突破性进展。"
            + "本文介绍“入门”所需的基础知识……";

    private SampleFolder() {
    }

    /**
     * Writes the sample posts below {@code root}; listed newest first they are:
     * 1 深度学习入门指南 (科技 › AI), 2 Spring Boot 启动优化 (编程 › Java), 3 笔记本智能充电固件 (科技 › 硬件),
     * 4 Weekly notes from HN (Hacker News), 5 没有日期的文章 (undated, 随笔); and broken.md, which cannot be read.
     */
    static Path write(Path root) throws IOException {
        post(root, "2024/deep-learning.md", """
                ---
                title: 深度学习入门指南
                date: 2024-05-03T10:00:00+08:00
                categories:
                - 科技
                - AI
                headimg: https://example.com/images/dl.jpg
                ---
                %s

                更多内容见[官方教程](https://example.com/tutorial)。

                ![网络结构](https://example.com/images/net.png)
                """.formatted(LONG_PARAGRAPH));
        post(root, "spring.md", """
                ---
                title: Spring Boot 启动优化
                date: 2024-05-02T10:00:00+08:00
                categories:
                - 编程
                - Java
                ---
                使用 AppCDS 可以让 Spring Boot 应用启动更快。
                """);
        post(root, "charger.md", """
                ---
                title: 笔记本智能充电固件
                date: 2024-05-01T10:00:00+08:00
                categories:
                - 科技
                - 硬件
                ---
                新固件会在电量达到八成时停止充电，以延长电池寿命。
                """);
        post(root, "weekly.md", """
                ---
                title: Weekly notes from HN
                date: 2024-04-30T10:00:00+08:00
                categories:
                - Hacker News
                ---
                Short notes on the week's links.
                """);
        Path undated = post(root, "undated.md", """
                ---
                title: 没有日期的文章
                categories:
                - 随笔
                ---
                这篇文章没有日期。
                """);
        Files.setLastModifiedTime(undated, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        post(root, "broken.md", """
                ---
                title: [这个标题没有闭合
                date: 2024-05-04
                ---
                正文
                """);
        return root;
    }

    static Path post(Path root, String relativePath, String text) throws IOException {
        Path file = root.resolve(relativePath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
