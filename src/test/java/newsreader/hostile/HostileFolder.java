package newsreader.hostile;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a folder of hostile and broken posts, made by the tests themselves (nothing binary is committed), each
 * with the reason it is there. {@link #goodTitles()} are posts that must still load beside them.
 */
final class HostileFolder {
    static final String ESCAPES = "\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u001b]0;owned\u0007\u009b31m\u0007\u202e\u2066";

    private final Path root;
    private final Map<String, String> cases = new LinkedHashMap<>();
    private final List<String> goodTitles = new ArrayList<>();

    HostileFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** File name to why it is hostile. */
    Map<String, String> cases() {
        return cases;
    }

    List<String> goodTitles() {
        return goodTitles;
    }

    /** Writes every case; {@code yamlListenerPort} is where a YAML gadget would try to connect. */
    HostileFolder write(int yamlListenerPort) throws IOException {
        good("good-1.md", "正常的新闻一", "Tue, 22 Feb 2022 03:33:04 GMT");
        good("sub/good-2.md", "正常的新闻二", "Wed, 23 Feb 2022 03:33:04 GMT");

        text("escapes-everywhere.md", "escape sequences in every field",
                "---\ntitle: \"t" + yamlEscapes() + "\"\ncategories: [\"c" + yamlEscapes() + "\", x]\nauthor: \"a" + yamlEscapes()
                        + "\"\ndate: 2022-01-01\nheadimg: \"https://x.example/a.jpg" + yamlEscapes() + "\"\n---\n"
                        + "<p>body" + ESCAPES + "</p><p><a href=\"https://x.example/" + ESCAPES + "\">link" + ESCAPES + "</a>"
                        + "&#27;[2J&#155;&#7;</p><pre>" + ESCAPES + "</pre>\n");
        text("bidi-title.md", "bidi controls in a title and a link", "---\ntitle: \"evil\u202Egpj.exe\"\ndate: 2022-01-01\n---\n"
                + "<a href=\"https://real.example/\">\u2066fake.example\u2069</a>\n");
        text("url-injection.md", "shell metacharacters in image URLs", "---\ntitle: url\nheadimg: 'https://x/a.jpg;touch /tmp/pwned-newsreader'\n"
                + "thumbnail: '$(touch /tmp/pwned-newsreader)'\ncover: '`id`'\nimage: '-oProxyCommand=x'\nbanner: 'javascript:alert(1)'\n"
                + "date: 2022-01-01\n---\n<img src=\"file:///etc/passwd\"><img src=\"https://x/b.jpg\nrm -rf ~\">\n");
        text("yaml-gadget.md", "SnakeYAML CVE-2022-1471 gadget pointing at a listener",
                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:"
                        + yamlListenerPort + "/\"]]]]\ndate: 2022-01-01\n---\nbody\n");
        text("yaml-gadget-value.md", "a gadget tag on a nested value",
                "---\ntitle: ok\nextra:\n  x: !!java.net.URL [\"http://127.0.0.1:" + yamlListenerPort + "/\"]\n---\nbody\n");
        text("billion-laughs.md", "YAML alias expansion bomb", billionLaughs());
        text("deep-nesting.md", "20,000-deep YAML nesting", "---\ntitle: deep\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\nbody\n");
        text("deep-json.md", "20,000-deep JSON front matter", ";;;\n{\"title\": \"deep\", \"x\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}\n;;;\nbody\n");
        bigFrontMatter("huge-front-matter.md", 50L << 20);
        text("no-closing-dashes.md", "front matter never closed", "---\ntitle: open\ndate: 2022-01-01\n\nbody and more body\n");
        text("empty.md", "an empty file", "");
        bytes("bom-crlf.md", "BOM and CRLF", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "---\r\ntitle: 'BOM 和 CRLF'\r\ndate: 2022-01-01\r\n---\r\n<p>正文\r\n内容</p>\r\n".getBytes(StandardCharsets.UTF_8)));
        byte[] noEncoding = {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xFF, (byte) 0xFE, (byte) 0x80};
        bytes("invalid-utf8.md", "bytes that are no text encoding, in the front matter", concat(concat(
                "---\ntitle: bad ".getBytes(StandardCharsets.UTF_8), noEncoding), "\n---\nbody\n".getBytes(StandardCharsets.UTF_8)));
        bytes("invalid-utf8-body.md", "bytes that are no text encoding, in the body only (found when the post is opened)",
                concat("---\ntitle: bad body\n---\n".getBytes(StandardCharsets.UTF_8), noEncoding));
        bytes("gbk.md", "a GBK-encoded post", "---\ntitle: 中文标题\ndate: 2022-01-01\n---\n<p>这是用 GBK 编码的正文。</p>\n"
                .getBytes(Charset.forName("GBK")));
        bytes("nul.md", "NUL bytes in the middle", concat("---\ntitle: nul\n---\nbody".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 'x'}));
        bytes("binary.md", "random binary data", randomBytes(64 * 1024));
        text("one-megabyte-line.md", "a 1 MB single line", "---\ntitle: long line\ndate: 2022-01-01\n---\n<p>"
                + "很长的一行没有换行。".repeat(100_000) + "</p>\n");
        text("nested-divs.md", "100,000 nested <div>s", "---\ntitle: nesting\ndate: 2022-01-01\n---\n" + "<div>".repeat(100_000)
                + "深处" + "</div>".repeat(100_000) + "\n");
        sparse("two-gigabytes.md", "a 2 GB file (sparse)", 2L << 30);
        Files.createDirectories(root.resolve("directory.md"));
        cases.put("directory.md", "a directory named like a post");
        Files.createSymbolicLink(root.resolve("dangling.md"), root.resolve("no-such-target.md"));
        cases.put("dangling.md", "a dangling symbolic link");
        Files.createDirectories(root.resolve("loop"));
        Files.createSymbolicLink(root.resolve("loop/again"), root.resolve("loop"));
        cases.put("loop/again", "a symbolic link loop");
        return this;
    }

    private void good(String name, String title, String date) throws IOException {
        goodTitles.add(title);
        write(name, "\n---\ntitle: '" + title + "'\ncategories:\n - 新媒体\n - cnBeta\n - 最新\ndate: " + date + "\n---\n\n<div><p>"
                + title + "的正文。</p></div>\n");
    }

    private void text(String name, String why, String content) throws IOException {
        cases.put(name, why);
        write(name, content);
    }

    private void bytes(String name, String why, byte[] content) throws IOException {
        cases.put(name, why);
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private void write(String name, String content) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void bigFrontMatter(String name, long size) throws IOException {
        cases.put(name, "a 50 MB front matter");
        Path file = root.resolve(name);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("---\ntitle: big\nfiller: \"");
            char[] chunk = "填充".repeat(4096).toCharArray();
            for (long written = 0; written < size; written += chunk.length * 3L) {
                out.write(chunk);
            }
            out.write("\"\n---\nbody\n");
        }
    }

    private void sparse(String name, String why, long size) throws IOException {
        cases.put(name, why);
        try (RandomAccessFile file = new RandomAccessFile(root.resolve(name).toFile(), "rw")) {
            file.write("---\ntitle: sparse\n---\n".getBytes(StandardCharsets.UTF_8));
            file.setLength(size);
        }
    }

    private static String yamlEscapes() {
        // YAML double-quoted escapes put the raw control characters into the loaded value.
        return "\\e]52;c;ZXZpbA==\\a\\e[2J\\x9b31m\\u202e";
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("---\ntitle: lol\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j > 0 ? "," : "").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.append("---\nbody\n").toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] out = new byte[n];
        new java.util.Random(42).nextBytes(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
