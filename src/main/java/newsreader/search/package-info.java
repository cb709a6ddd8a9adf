/**
 * Full-text search over a folder of posts: titles and bodies, Chinese, Japanese and Korean as well as Latin text.
 *
 * <p>{@link newsreader.search.SearchIndex} is the one entry point. The index of a folder lives in
 * {@link newsreader.search.SearchLocation#cacheRoot()}{@code /<hash of the folder's real path>}, is a Lucene index
 * keyed by each post's relative path with its file size and modification time, and is brought up to date by
 * {@link newsreader.search.SearchIndex#update} on the index's own background threads: only new and changed files
 * are read, deleted ones are removed. Searches may run at any time from any thread and see the posts indexed so far.
 * The full-screen reader has {@link newsreader.search.BackgroundIndexBuilds} run that update in a process of its own
 * ({@link newsreader.search.IndexBuildMain}, at nice 19) and searches what it commits, read-only.
 *
 * <p>How text becomes terms is {@link newsreader.search.TextAnalyzer}'s business (CJK bigrams plus single
 * characters, Traditional Chinese folded to Simplified, Latin words folded and lightly stemmed); what a typed query means is
 * {@link newsreader.search.QuerySyntax}'s (words, "phrases", {@code title:}, {@code -word}; no input is an error).
 */
package newsreader.search;
