package newsreader.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import newsreader.text.Sizes;

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
            head = HeadBytes.readMore(in, head, wanted);
            PostMeta quick = metaFromFrontMatterBytes(file, head, wanted);
            if (quick != null) {
                return quick;
            }
            while (true) {
                if (head.length < wanted) {
                    head = HeadBytes.readMore(in, head, wanted);
                }
                boolean complete = head.length < wanted;
                int usable = complete ? head.length : HeadBytes.decodableEnd(head);
                String text;
                try {
                    text = decoder.decode(head, usable).text();
                } catch (TextDecoder.UnknownEncoding e) {
                    if (complete) {
                        throw e;
                    }
                    // a legacy charset is told by statistics, which a short head may not give: judge on the whole file
                    head = HeadBytes.readMore(in, head, (int) Math.min(file.size() + 1, limits.maxFileBytes() + 1));
                    complete = true;
                    text = decoder.decode(head, head.length).text();
                }
                FrontMatterSplitter.Split split = splitter.split(text, complete);
                if (split instanceof FrontMatterSplitter.Found found) {
                    return metaFactory.create(file, parser.parse(found).fields());
                }
                if (split instanceof FrontMatterSplitter.Absent) {
                    if (complete && text.isBlank()) {
                        throw new PostException(ProblemReason.of("file.empty"));
                    }
                    return metaFactory.create(file, FrontMatterParser.Parsed.NONE.fields());
                }
                if (wanted >= headLimit || usable == 0 && !HeadBytes.couldOpenFrontMatter(head)) {
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

    /**
     * The quick way for nearly every post: its front matter closes within the first read, and only the bytes up to the
     * closing line are decoded and split; the rest of the first read (the body, most of the head and in Chinese costlier
     * to decode) is only checked to be clean UTF-8, as the full way would find it.
     * Null whenever the quick way is not certain, including any failure: the full way then decides, so a problem's
     * reason never depends on which way ran.
     */
    private PostMeta metaFromFrontMatterBytes(FileFacts file, byte[] head, int wanted) {
        int end = HeadBytes.frontMatterEnd(head);
        if (end < 0) {
            return null;
        }
        try {
            TextDecoder.Decoded decoded = decoder.decode(head, end);
            // the full way decodes the whole first read: it must be UTF-8 without NUL there too, or the full way decides
            boolean complete = head.length < wanted;
            int usable = complete ? head.length : HeadBytes.decodableEnd(head);
            if (decoded.charset() != StandardCharsets.UTF_8 || !HeadBytes.isCleanUtf8(head, end, usable)) {
                return null;
            }
            String text = decoded.text();
            if (splitter.split(text, false) instanceof FrontMatterSplitter.Found found) {
                return metaFactory.create(file, parser.parse(found).fields());
            }
        } catch (PostException | RuntimeException e) {
            return null;
        }
        return null;
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
            throw new PostException(ProblemReason.of("file.empty"));
        }
        FrontMatterSplitter.Split split = splitter.split(text, true);
        FrontMatterParser.Parsed parsed = split instanceof FrontMatterSplitter.Found found
                ? parser.parse(found) : FrontMatterParser.Parsed.NONE;
        FileFacts facts = new FileFacts(file.path(), file.relativePath(), file.modified(), bytes.length);
        return new Post(metaFactory.create(facts, parsed.fields()), text.substring(parsed.bodyStart()));
    }

    private void checkSize(long size) throws PostException {
        if (size > limits.maxFileBytes()) {
            throw new PostException(ProblemReason.of("file.too-large", Sizes.bytes(size),
                    Sizes.bytes(limits.maxFileBytes())));
        }
    }
}
