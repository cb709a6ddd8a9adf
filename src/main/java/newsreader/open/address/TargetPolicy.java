package newsreader.open.address;

import java.io.IOException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import newsreader.messages.Messages;
import newsreader.open.OpenTarget;

/**
 * Decides whether an address from a post may be opened: {@code http}/{@code https} URLs, and files inside the posts
 * folder. Everything else is refused. Nothing is rewritten: a web address is handed to viewers exactly as written.
 * Public because {@code Opener} checks every address here and the downloader checks each redirect with {@link #web}.
 */
public final class TargetPolicy {
    private static final Messages WORDS = Messages.of("open");

    /** Longer addresses are refused: no real image URL is this long, and argv has limits. */
    public static final int MAX_URL_LENGTH = 8192;

    private final Path postsFolder;

    /** @param postsFolder the folder local files must lie in; null allows no local files at all */
    public TargetPolicy(Path postsFolder) {
        this.postsFolder = postsFolder;
    }

    /**
     * Checks an address as written in a post.
     *
     * @param raw      the address (front matter value, {@code src} or {@code href})
     * @param postFile the post it comes from: relative paths resolve against its folder; may be null
     */
    public OpenTarget check(String raw, Path postFile) throws Refusal {
        if (raw == null || raw.isEmpty()) {
            throw new Refusal(WORDS.get("refused.empty"));
        }
        rejectUnsafeCharacters(raw);
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            return new OpenTarget.Web(web(raw), raw);
        }
        if (lower.startsWith("//")) {
            // Protocol-relative, as feeds write them: the page was served over https.
            return new OpenTarget.Web(web("https:" + raw), "https:" + raw);
        }
        if (lower.startsWith("file:")) {
            Path file = fileUri(raw);
            return new OpenTarget.Local(inside(file, List.of(file)));
        }
        if (hasScheme(raw)) {
            throw new Refusal(WORDS.get("refused.scheme", schemeOf(raw)));
        }
        List<Path> looked = new ArrayList<>();
        Path file = relativePath(raw, postFile, looked);
        return new OpenTarget.Local(inside(file, looked));
    }

    /** Validates an {@code http}/{@code https} URL, e.g. a redirect's target. */
    public static URI web(String text) throws Refusal {
        rejectUnsafeCharacters(text);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new Refusal(WORDS.get("refused.invalid", e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refusal(WORDS.get("refused.not-web"));
        }
        if (!uri.isOpaque() && uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiHost(uri);
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refusal(WORDS.get("refused.no-host"));
        }
        if (uri.getRawUserInfo() != null) {
            // https://bank.example@evil.example/ reads as one host and goes to another.
            throw new Refusal(WORDS.get("refused.user-name.host", uri.getHost()));
        }
        return uri;
    }

    /**
     * {@code java.net.URI} finds no host in an internationalised name such as {@code 例子.测试}; the request needs its
     * ASCII form ({@code xn--fsqu00a.xn--0zwm56d}). Viewers still get the address as written.
     */
    private static URI withAsciiHost(URI uri) throws Refusal {
        String authority = uri.getRawAuthority();
        if (authority.contains("@")) {
            throw new Refusal(WORDS.get("refused.user-name"));
        }
        String host = authority;
        String port = "";
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && !authority.endsWith("]")) {
            host = authority.substring(0, colon);
            port = authority.substring(colon);
        }
        try {
            String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
            StringBuilder b = new StringBuilder(uri.getScheme()).append("://").append(ascii).append(port);
            b.append(uri.getRawPath() == null ? "" : uri.getRawPath());
            if (uri.getRawQuery() != null) {
                b.append('?').append(uri.getRawQuery());
            }
            if (uri.getRawFragment() != null) {
                b.append('#').append(uri.getRawFragment());
            }
            return new URI(b.toString());
        } catch (IllegalArgumentException | URISyntaxException e) {
            throw new Refusal(WORDS.get("refused.invalid-host"));
        }
    }

    private static void rejectUnsafeCharacters(String text) throws Refusal {
        if (text.length() > MAX_URL_LENGTH) {
            throw new Refusal(WORDS.get("refused.too-long", MAX_URL_LENGTH));
        }
        if (text.startsWith("-")) {
            throw new Refusal(WORDS.get("refused.dash"));
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c <= 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                throw new Refusal(WORDS.get("refused.control"));
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c)) {
                throw new Refusal(WORDS.get("refused.invisible"));
            }
            i += Character.charCount(c);
        }
    }

    /** Bidi controls and zero-width characters make an address read differently from what it is. */
    private static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F)
                || c == 0xFEFF || c == 0x061C;
    }

    private static boolean hasScheme(String raw) {
        int colon = raw.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String schemeOf(String raw) {
        return raw.substring(0, raw.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    private static Path fileUri(String raw) throws Refusal {
        try {
            URI uri = new URI(raw);
            if (uri.getAuthority() != null && !uri.getAuthority().isEmpty()
                    && !uri.getAuthority().equalsIgnoreCase("localhost")) {
                throw new Refusal(WORDS.get("refused.file-host"));
            }
            String path = uri.getPath();
            if (path == null || !path.startsWith("/")) {
                throw new Refusal(WORDS.get("refused.file-relative"));
            }
            return Path.of(path);
        } catch (URISyntaxException | InvalidPathException e) {
            throw new Refusal(WORDS.get("refused.file-invalid"));
        }
    }

    /**
     * Where a relative image path points: beside the post, else in Hexo's asset folder, else percent-decoded.
     *
     * @param looked receives every place tried, in order, for the message when none holds the file
     */
    private Path relativePath(String raw, Path postFile, List<Path> looked) throws Refusal {
        if (postsFolder == null) {
            throw new Refusal(WORDS.get("refused.no-folder"));
        }
        String path = stripQueryAndFragment(raw);
        Path base = postFile != null && postFile.getParent() != null ? postFile.getParent() : postsFolder;
        try {
            if (path.startsWith("/")) {
                // A site-root path (/images/a.png): the file itself when it lies in the folder, else below the folder.
                Path absolute = Path.of(path);
                if (Files.exists(absolute)) {
                    return absolute;
                }
                looked.add(postsFolder.resolve(path.substring(1)));
                return looked.get(0);
            }
            Path beside = base.resolve(path);
            looked.add(beside);
            if (Files.exists(beside) || postFile == null) {
                return beside;
            }
            // Hexo's post asset folder: post.md keeps its images in post/.
            String name = postFile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path assets = base.resolve(dot > 0 ? name.substring(0, dot) : name).resolve(path);
            looked.add(assets);
            if (Files.exists(assets)) {
                return assets;
            }
            if (path.contains("%")) {
                Path decoded = base.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
                looked.add(decoded);
                if (Files.exists(decoded)) {
                    return decoded;
                }
            }
            return beside;
        } catch (IllegalArgumentException e) {
            throw new Refusal(WORDS.get("refused.path-invalid"));
        }
    }

    /** "no such file: 2022/cover.png (looked for 2022/cover.png, 2022/p/cover.png in /home/me/posts)". */
    private String missing(Path path, List<Path> looked) {
        Path root = postsFolder.toAbsolutePath().normalize();
        StringJoiner places = new StringJoiner(", ");
        for (Path place : looked) {
            places.add(inPostsFolder(place, root));
        }
        return WORDS.get("missing", inPostsFolder(path, root), places, root);
    }

    /** A path as the user finds it in the posts folder; absolute when it lies elsewhere. */
    private static String inPostsFolder(Path path, Path root) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    private static String stripQueryAndFragment(String raw) {
        int cut = raw.length();
        for (char c : new char[] {'?', '#'}) {
            int i = raw.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return raw.substring(0, cut);
    }

    /**
     * The real file (symbolic links and {@code ..} resolved), which must lie inside the posts folder.
     *
     * @param looked the places tried for it, named when it is missing: "no such file: cover.png" alone does not say
     *               which folder was searched
     */
    private Path inside(Path path, List<Path> looked) throws Refusal {
        if (postsFolder == null) {
            throw new Refusal(WORDS.get("refused.no-folder"));
        }
        Path real;
        Path root;
        try {
            root = postsFolder.toRealPath();
        } catch (IOException e) {
            throw new Refusal(WORDS.get("refused.folder-unreadable"));
        }
        Path lexical = path.toAbsolutePath().normalize();
        if (!lexical.startsWith(root) && !lexical.startsWith(postsFolder.toAbsolutePath().normalize())) {
            // Refused before looking: whether a file exists outside the folder is none of a post's business.
            throw new Refusal(WORDS.get("refused.outside"));
        }
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new Refusal(missing(path, looked));
        }
        if (!real.startsWith(root)) {
            throw new Refusal(WORDS.get("refused.outside"));
        }
        if (!Files.isRegularFile(real)) {
            throw new Refusal(WORDS.get("refused.not-regular", real.getFileName()));
        }
        return real;
    }
}
