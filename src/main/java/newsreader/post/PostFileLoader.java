package newsreader.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Loads one post file: only its head for the list (until the front matter closes), or all of it to show it.
 * Files are only ever opened for reading.
 */
final class PostFileLoader {
    /**
     * Real front matters are a few hundred bytes: one read of this size nearly always holds it whole, and scanning tens
     * of thousands of files should not allocate much more per file than that.
     */
    private static final int FIRST_READ = 8 * 1024;

    private final PostLimits limits;
    private final TextDecoder decoder = new TextDecoder();
    private final FrontMatterSplitter splitter;
    private final FrontMatterParser parser;
    private final PostMetaFactory metaFactory;

    PostFileLoader(PostLimits limits, ZoneId localZone) {
        this.limits = limits;
        this.splitter = new FrontMatterSplitter(limits.maxFrontMatterChars());
        this.parser = new FrontMatterParser(limits);
        this.metaFactory = new PostMetaFactory(localZone);
    }

    /** The metadata of a post, reading no further into the file than its front matter needs. */
    PostMeta loadMeta(FileFacts file) throws PostException {
        checkSize(file.size());
        // Enough for the largest front matter allowed, its delimiters and some leading blank lines, in any charset.
        long headLimit = Math.min(file.size() + 1, (long) limits.maxFrontMatterChars() * 4 + FIRST_READ);
        try (InputStream in = Files.newInputStream(file.path())) {
            byte[] head = new byte[0];
            int wanted = (int) Math.min(FIRST_READ, headLimit);
            while (true) {
                head = readMore(in, head, wanted);
                boolean complete = head.length < wanted;
                int usable = complete ? head.length : lastLineEnd(head);
                String text = decoder.decode(head, usable).text();
                FrontMatterSplitter.Split split = splitter.split(text, complete);
                if (split instanceof FrontMatterSplitter.Found found) {
                    return metaFactory.create(file, parser.parse(found).fields());
                }
                if (split instanceof FrontMatterSplitter.Absent) {
                    if (complete && text.isBlank()) {
                        throw new PostException("empty file");
                    }
                    return metaFactory.create(file, FrontMatterParser.Parsed.NONE.fields());
                }
                if (wanted >= headLimit || usable == 0 && !couldOpenFrontMatter(head)) {
                    if (((FrontMatterSplitter.Incomplete) split).opened()) {
                        throw FrontMatterParser.tooLarge(limits.maxFrontMatterChars());
                    }
                    return metaFactory.create(file, FrontMatterParser.Parsed.NONE.fields());
                }
                wanted = (int) Math.min(headLimit, (long) wanted * 4);
            }
        } catch (IOException e) {
            throw new PostException(IoReasons.of(e), e);
        }
    }

    /** The whole post: metadata and the body after the front matter. */
    Post loadPost(FileFacts file) throws PostException {
        checkSize(file.size());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.path())) {
            // the file may have grown since it was listed: never read past the limit
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
        } catch (IOException e) {
            throw new PostException(IoReasons.of(e), e);
        }
        checkSize(bytes.length);
        String text = decoder.decode(bytes, bytes.length).text();
        if (text.isBlank()) {
            throw new PostException("empty file");
        }
        FrontMatterSplitter.Split split = splitter.split(text, true);
        FrontMatterParser.Parsed parsed = split instanceof FrontMatterSplitter.Found found
                ? parser.parse(found) : FrontMatterParser.Parsed.NONE;
        FileFacts facts = new FileFacts(file.path(), file.relativePath(), file.modified(), bytes.length);
        return new Post(metaFactory.create(facts, parsed.fields()), text.substring(parsed.bodyStart()));
    }

    private void checkSize(long size) throws PostException {
        if (size > limits.maxFileBytes()) {
            throw new PostException("file too large (" + Sizes.human(size) + "; the limit is "
                    + Sizes.human(limits.maxFileBytes()) + ")");
        }
    }

    /** Reads until {@code head} holds {@code wanted} bytes or the file ends. */
    private static byte[] readMore(InputStream in, byte[] head, int wanted) throws IOException {
        byte[] grown = Arrays.copyOf(head, wanted);
        int filled = head.length;
        while (filled < wanted) {
            int n = in.read(grown, filled, wanted - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled == wanted ? grown : Arrays.copyOf(grown, filled);
    }

    /**
     * Whether the first line, not yet whole in the head, could still be a delimiter line or a headless {@code key:}
     * line. A long single-line file (minified HTML) would otherwise be read far in only to find it has no front matter.
     */
    private static boolean couldOpenFrontMatter(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE)) {
            return true; // UTF-16: not judged byte by byte
        }
        i = skipBlanks(head, i);
        if (i == head.length) {
            return true;
        }
        byte first = head[i];
        if (first == '-' || first == '+' || first == ';') {
            while (i < head.length && head[i] == first) {
                i++;
            }
            return skipBlanks(head, i) == head.length;
        }
        if (first == '{' || first == '"') {
            return true;
        }
        if (!(first == '_' || first >= 'A' && first <= 'Z' || first >= 'a' && first <= 'z')) {
            return false;
        }
        while (i < head.length && (head[i] == '_' || head[i] == '.' || head[i] == '-' || Character.isLetterOrDigit(head[i]))) {
            i++;
        }
        i = skipBlanks(head, i);
        return i == head.length || head[i] == ':';
    }

    private static int skipBlanks(byte[] head, int from) {
        int i = from;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r')) {
            i++;
        }
        return i;
    }

    /**
     * Where a head cut short can be decoded without cutting a character in two. For UTF-8, GB18030 and Big5 that is
     * after the last line feed, a byte never part of a multi-byte character. UTF-16 (with its BOM) is cut at a whole
     * code unit that does not start a surrogate pair; the splitter knows the last line may be partial.
     */
    private static int lastLineEnd(byte[] head) {
        boolean utf16le = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        boolean utf16be = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        if (utf16le || utf16be) {
            int end = head.length & ~1;
            int highByte = utf16le ? end - 1 : end - 2;
            if (end >= 4 && (head[highByte] & 0xFC) == 0xD8) {
                end -= 2; // a high surrogate: keep it with its partner for the next read
            }
            return end;
        }
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }
}
