/**
 * Loading a folder of posts: finding the files, reading their front matter, and reading one post in full.
 *
 * <p>{@link newsreader.post.PostScanner} lists a folder ({@code PostFileWalker}), reads the head of each file in
 * parallel ({@code PostFileLoader}) while the walk goes on ({@code FolderScan}) and sorts the result
 * ({@code PostOrder}); {@link newsreader.post.PostReader} reads one file whole.
 *
 * <p>At archive scale (100,000 posts): a {@link newsreader.post.MetaCache} remembers each file's outcome by relative
 * path, size and modification time, so a second start reads only new and changed files; a
 * {@link newsreader.post.FolderIndex} loads a folder progressively (cached posts first, then batches, each with a
 * {@link newsreader.post.ScanProgress}) and rescans it, saying what changed ({@link newsreader.post.FolderChanges});
 * a {@link newsreader.post.FolderWatcher} rescans on file system events; a {@link newsreader.post.PostList} keeps
 * posts newest first as batches and changes arrive. Most front matter is read by {@code SimpleYaml} without
 * SnakeYAML, which reads everything else. In between, each step is its own class: bytes to text ({@code TextDecoder}), text to front matter and
 * body ({@code FrontMatterSplitter}), front matter to fields ({@code SafeYaml}, {@code JsonFrontMatter},
 * {@code TomlFrontMatter}, all through {@code FieldValues}), fields to {@link newsreader.post.PostMeta}
 * ({@code PostMetaFactory} with {@code DateReader} and {@code CategoryReader}).
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Every failure of one file is a {@link newsreader.post.PostProblem} (scan) or a
 *       {@link newsreader.post.PostException} (read) with a short one-line reason; other files are not affected.</li>
 *   <li>An empty file (nothing but a BOM and white space) is a problem, "empty file": a post with nothing in it is
 *       nearly always a failed conversion. A file without front matter but with text is a post titled by its name.</li>
 *   <li>A folder named like a post ({@code x.md}) is a problem, and its content is still scanned. A FIFO or other
 *       special file named like a post is a problem (reading it could block). Dot files and dot folders are skipped.</li>
 *   <li>Symbolic links are followed; a folder is walked once; a link back to a folder above is a problem
 *       ("symbolic link loop"); a broken link named like a post is a problem; a file reached twice counts once.</li>
 *   <li>Encodings: UTF-8 (BOM or not) and UTF-16 with a BOM are read. Bytes that are not UTF-8 are decoded as
 *       GB18030 or Big5 only when ICU's detector is confident and the bytes decode strictly; otherwise the problem
 *       is "not UTF-8 text (unknown encoding)". NUL bytes mean a binary file.</li>
 *   <li>Limits ({@link newsreader.post.PostLimits#DEFAULT}): files up to 16 MiB, front matter up to 1 Mi characters,
 *       50 YAML aliases, nesting 50, 100,000 values once aliases are expanded.</li>
 *   <li>A scan reads only the head of each file (8 KiB, more only while the front matter has not closed), so a fault
 *       further in (bad bytes in the body) shows only when the post is read in full. Within the head, bytes after the
 *       front matter are checked (UTF-8, no NUL) but not decoded.</li>
 *   <li>A file modified less than two seconds before it was read is read again by the next scan and never cached:
 *       a change within the same clock tick would otherwise go unseen.</li>
 * </ul>
 */
package newsreader.post;
