import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N posts in the RSS-to-Hexo archive format (see ../shared/corpus/real/) for benchmarks: Chinese bodies of
 * realistic length, three-level categories from a few dozen feeds, RFC 1123 dates with some "Invalid Date" and Hexo
 * dates, header images. The same seed always gives the same files.
 *
 * Usage: java scripts/GenCorpus.java DIR N [--seed S]
 */
public final class GenCorpus {
    private static final String[][] FEEDS = {
        {"新媒体", "cnBeta", "最新"}, {"新媒体", "IT 之家", "热榜"}, {"新媒体", "IT 之家", "分类资讯"}, {"新媒体", "36kr", "资讯"},
        {"新媒体", "36kr", "快讯"}, {"新媒体", "少数派", "首页"}, {"新媒体", "爱范儿", "最新"}, {"新媒体", "虎嗅", "资讯"},
        {"新媒体", "金色财经", "快讯"}, {"新媒体", "PMCAFF", "今日推荐 / 精选"}, {"社交媒体", "知乎", "知乎热榜"},
        {"社交媒体", "知乎", "知乎日报"}, {"社交媒体", "微博", "热搜"}, {"社交媒体", "豆瓣", "一周热门"},
        {"编程", "开源中国", "资讯"}, {"编程", "掘金", "分类"}, {"编程", "掘金", "标签"}, {"编程", "Dockone", "周报"},
        {"编程", "InfoQ", "推荐"}, {"编程", "SegmentFault", "头条"}, {"编程", "V2EX", "最热"},
        {"游戏", "3DMGame", "新闻中心"}, {"游戏", "小黑盒", "游戏新闻"}, {"游戏", "游民星空", "资讯"},
        {"博客", "阮一峰", "网络日志"}, {"博客", "Hexo", "Yilia 主题博客"}, {"博客", "LaTeX 开源小屋", "首页"},
        {"科学", "果壳", "科学人"}, {"科学", "环球科学", "最新"}, {"财经", "华尔街见闻", "要闻"},
        {"财经", "第一财经", "快讯"}, {"汽车", "汽车之家", "新闻"}, {"数码", "中关村在线", "手机"},
        {"影视", "豆瓣电影", "新片"}, {"体育", "虎扑", "NBA"}, {"生活", "什么值得买", "好价"},
    };
    private static final String[] SUBJECTS = {
        "微软", "苹果", "谷歌", "英特尔", "英伟达", "AMD", "华为", "小米", "腾讯", "阿里巴巴", "字节跳动", "特斯拉", "三星",
        "开源社区", "研究人员", "开发者", "监管机构", "安全团队", "用户", "厂商", "工程师", "分析师", "官方", "媒体",
    };
    private static final String[] VERBS = {
        "发布了", "宣布", "推出", "更新了", "修复了", "披露了", "测试了", "确认", "暂停了", "升级了", "开源了", "收购了",
        "调整了", "公布了", "计划推出", "正式上线", "悄然下架", "首次展示",
    };
    private static final String[] OBJECTS = {
        "新一代处理器", "操作系统更新", "安全补丁", "人工智能模型", "数据中心", "开发工具", "浏览器版本", "移动应用",
        "云服务平台", "显卡驱动", "开源项目", "芯片架构", "智能手机", "笔记本电脑", "电动汽车", "游戏主机", "编程语言",
        "数据库引擎", "容器编排系统", "隐私保护功能", "电池技术", "卫星网络", "量子计算机", "支付系统",
    };
    private static final String[] PHRASES = {
        "据悉", "值得注意的是", "与此同时", "业内人士认为", "根据官方公告", "从目前的情况来看", "有消息称", "此外",
        "在接受采访时", "报道指出", "相比上一代产品", "按照计划", "不过", "总体而言", "数据显示", "市场分析认为",
    };
    private static final String[] CLAUSES = {
        "性能提升了百分之三十", "功耗明显下降", "价格保持不变", "首批用户已经收到推送", "部分地区暂时无法使用",
        "新版本修复了多个高危漏洞", "开发者可以通过命令行工具升级", "该功能默认处于关闭状态", "后续还会推出更多型号",
        "相关代码已经合并到主分支", "用户反馈总体积极", "发布时间可能推迟到明年", "测试结果与预期基本一致",
        "需要重新启动才能生效", "旧版本将停止维护", "供应链问题仍未完全解决", "新的界面更加简洁", "内存占用降低了一半",
    };
    private static final String[] LATIN = {
        "Windows 11", "Linux 6.1", "iOS 17", "Android 14", "Chrome 120", "Rust 1.75", "Python 3.12", "Kubernetes",
        "GPT-4", "PCIe 5.0", "Wi-Fi 7", "USB4", "RISC-V", "ARM", "Docker", "PostgreSQL 16", "Node.js 20", "M3 Max",
    };
    private static final String[] HOSTS = {
        "static.cnbetacdn.com", "img.ithome.com", "pic1.zhimg.com", "img.36krcdn.com", "oscimg.oschina.net",
        "p3-juejin.byteimg.com", "img.3dmgame.com", "cdn.sspai.com",
    };
    private static final DateTimeFormatter RFC1123 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final DateTimeFormatter HEXO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Random random;

    private GenCorpus(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: gen-corpus DIR N [--seed S]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = 1;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length) {
                seed = Long.parseLong(args[++i]);
            } else {
                System.err.println("gen-corpus: unknown argument " + args[i]);
                System.exit(2);
            }
        }
        new GenCorpus(seed).write(dir, n);
    }

    private void write(Path dir, int n) throws IOException {
        LocalDateTime newest = LocalDateTime.of(2022, 9, 30, 23, 0);
        for (int i = 0; i < n; i++) {
            String[] feed = FEEDS[random.nextInt(FEEDS.length)];
            // Spread over about three years, newest first as ids grow.
            LocalDateTime when = newest.minusSeconds((long) (n - i) * 1000 + random.nextInt(900));
            long id = 12_000_000_000L + i * 7919L;
            Path folder = dir.resolve(String.valueOf(when.getYear())).resolve(slug(feed[1]));
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(id + ".md"), post(feed, when), StandardCharsets.UTF_8);
        }
    }

    private String post(String[] feed, LocalDateTime when) {
        String title = sentence(false);
        if (title.length() > 60) {
            title = title.substring(0, 60) + "...";
        }
        String image = "https://" + pick(HOSTS) + "/article/" + when.getYear() + "/" + Integer.toHexString(random.nextInt()) + ".webp";
        int dateKind = random.nextInt(100);
        String date = dateKind < 8 ? "Invalid Date"
                : dateKind < 18 ? HEXO.format(when)
                : RFC1123.format(when.atOffset(ZoneOffset.UTC));
        StringBuilder out = new StringBuilder("\n---\n");
        out.append("title: '").append(title.replace("'", "''")).append("'\n");
        out.append("categories: \n - ").append(feed[0]).append("\n - ").append(feed[1]).append("\n - ").append(feed[2]).append('\n');
        out.append("headimg: '").append(image).append("'\n");
        out.append("author: ").append(feed[1]).append('\n');
        out.append("comments: false\n");
        out.append("date: ").append(date).append('\n');
        out.append("thumbnail: '").append(image).append("'\n");
        out.append("---\n\n<div>   \n");
        int paragraphs = 3 + random.nextInt(12);
        for (int p = 0; p < paragraphs; p++) {
            int kind = random.nextInt(20);
            if (kind == 0) {
                out.append("<h2>").append(sentence(false)).append("</h2>");
            } else if (kind == 1) {
                out.append("<p style=\"text-align:center\"><img src=\"https://").append(pick(HOSTS)).append("/i/")
                        .append(Integer.toHexString(random.nextInt())).append(".jpg\" referrerpolicy=\"no-referrer\"></p>");
            } else if (kind == 2) {
                out.append("<ul>");
                for (int k = 0; k < 2 + random.nextInt(4); k++) {
                    out.append("<li>").append(sentence(true)).append("</li>");
                }
                out.append("</ul>");
            } else if (kind == 3) {
                out.append("<blockquote><p>").append(sentence(true)).append(sentence(true)).append("</p></blockquote>");
            } else if (kind == 4) {
                out.append("<pre><code>$ ").append(pick(LATIN).toLowerCase(Locale.ROOT).replace(' ', '-')).append(" --version\n")
                        .append("ok</code></pre>");
            } else {
                out.append("<p>");
                int sentences = 2 + random.nextInt(6);
                for (int s = 0; s < sentences; s++) {
                    out.append(sentence(true));
                    if (random.nextInt(8) == 0) {
                        out.append("<a href=\"https://").append(pick(HOSTS)).append("/go/").append(random.nextInt(100000))
                                .append("\" target=\"_blank\">").append(pick(LATIN)).append("</a>");
                    }
                }
                out.append("</p>");
            }
            out.append(random.nextInt(3) == 0 ? "<br>\n" : "\n");
        }
        out.append("</div>            ");
        return out.toString();
    }

    private String sentence(boolean withEnding) {
        StringBuilder s = new StringBuilder();
        if (random.nextBoolean()) {
            s.append(pick(PHRASES)).append('，');
        }
        s.append(pick(SUBJECTS)).append(pick(VERBS));
        if (random.nextInt(3) == 0) {
            s.append(' ').append(pick(LATIN)).append(' ');
        }
        s.append(pick(OBJECTS)).append('，').append(pick(CLAUSES));
        if (random.nextInt(4) == 0) {
            s.append("（").append(pick(LATIN)).append("）");
        }
        if (withEnding) {
            s.append(random.nextInt(10) == 0 ? '！' : '。');
        }
        return s.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String slug(String name) {
        return Integer.toHexString(name.hashCode());
    }
}
