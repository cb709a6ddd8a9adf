package newsreader.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A deterministic Chinese news article of a given size in UTF-8 bytes, for layout benchmarks:
 * paragraphs with an ideographic-space indent, full-width punctuation (including the kinsoku sets,
 * quotes, "——" and "……"), some Latin names, numbers, a URL and an occasional emoji.
 */
final class ChineseArticle {
    private static final String[] SENTENCES = {
        "新华社北京11月26日电（记者张明）国务院新闻办公室今天上午举行新闻发布会，介绍前三季度经济运行情况。",
        "国家统计局新闻发言人表示，前三季度国内生产总值同比增长5.2%，总体保持稳中向好的态势。",
        "“我们有信心、有能力实现全年目标。”他说，“但也要看到，外部环境依然复杂严峻。”",
        "据了解，该项目总投资约120亿元，预计将于2027年建成投产——届时可新增就业岗位三千余个。",
        "业内人士分析认为，新政策的出台将进一步激发市场活力……但具体效果仍有待观察。",
        "微软（Microsoft）与OpenAI近日宣布扩大合作，双方将在云计算和人工智能领域展开更深入的研究。",
        "详细内容请访问官方网站 https://www.example.com.cn/news/2026/11/26/article-12345.html 了解。",
        "记者注意到，在《关于促进消费扩容提质的意见》中，多项措施直接面向普通消费者：以旧换新、绿色家电下乡等。",
        "专家指出：一是要稳定预期；二是要扩大内需；三是要深化改革！这三点缺一不可？",
        "「这是一次具有里程碑意义的发射任务」，航天科技集团有关负责人在接受采访时说道。",
        "截至目前，全国已建成5G基站超过400万个，覆盖所有地级市城区、县城城区和95%以上的乡镇。",
        "网友纷纷点赞😀，有人留言说：“终于等到了！”也有人表示担忧，认为价格仍然偏高。",
        "来自日本東京的研究团队发表论文，题为「ディープラーニングによる画像認識」，引发广泛关注。",
        "会议强调，要坚持以人民为中心的发展思想，着力解决群众急难愁盼问题，不断增强人民群众的获得感、幸福感、安全感。",
    };

    private ChineseArticle() {
    }

    /** About {@code utf8Bytes} bytes of article; paragraphs are separated by {@code \n}. */
    static String ofSize(int utf8Bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder article = new StringBuilder();
        int bytes = 0;
        while (bytes < utf8Bytes) {
            StringBuilder paragraph = new StringBuilder("\u3000\u3000");
            int sentences = 2 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                paragraph.append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            paragraph.append('\n');
            article.append(paragraph);
            bytes += paragraph.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return article.toString();
    }
}
