package newsreader.search;

import static newsreader.search.OpenIndex.paths;
import static newsreader.search.PostFolder.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is a cache: damaged or written another way, it is thrown away and built again, never trusted. */
class DamagedIndexTest {
    @TempDir
    Path scratch;

    private PostFolder posts;
    private Path cache;

    @BeforeEach
    void writePosts() {
        posts = new PostFolder(scratch.resolve("posts"));
        cache = scratch.resolve("cache");
        posts.write("a.md", "第一篇", day(1), "<p>苹果发布了新手机。</p>");
        posts.write("b.md", "第二篇", day(2), "<p>谷歌更新了浏览器。</p>");
    }

    private Path builtIndex() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            OpenIndex.update(index, posts.scan());
            return index.directory();
        }
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).toList();
        }
    }

    private void assertRebuiltAndSearchable() throws IOException {
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            assertThat(index.wasRebuilt()).isTrue();
            assertThat(paths(index, "手机")).as("nothing is trusted before the rebuild").isEmpty();
            UpdateReport report = OpenIndex.update(index, posts.scan());
            assertThat(report.indexed()).isEqualTo(2);
            assertThat(paths(index, "手机")).containsExactly("a.md");
        }
        try (SearchIndex index = OpenIndex.open(posts.root(), cache)) {
            assertThat(index.wasRebuilt()).as("the rebuilt index opens cleanly").isFalse();
        }
    }

    @Test
    void garbageInEveryFileIsRebuilt() throws IOException {
        Path directory = builtIndex();
        for (Path file : files(directory)) {
            Files.writeString(file, "not an index", StandardCharsets.UTF_8);
        }
        assertRebuiltAndSearchable();
    }

    @Test
    void truncatedFilesAreRebuilt() throws IOException {
        Path directory = builtIndex();
        for (Path file : files(directory)) {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertRebuiltAndSearchable();
    }

    @Test
    void aMissingSegmentFileIsRebuilt() throws IOException {
        Path directory = builtIndex();
        for (Path file : files(directory)) {
            if (!file.getFileName().toString().startsWith("segments")) {
                Files.delete(file);
            }
        }
        assertRebuiltAndSearchable();
    }

    @Test
    void anIndexOfAnotherSchemaIsRebuilt() throws IOException {
        Path directory = SearchLocation.indexDirectory(posts.root(), cache);
        Files.createDirectories(directory);
        try (FSDirectory lucene = FSDirectory.open(directory);
             IndexWriter old = new IndexWriter(lucene, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.PATH, "a.md", Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of(IndexStore.SCHEMA_KEY, "0").entrySet());
            old.commit();
        }
        assertRebuiltAndSearchable();
    }

    @Test
    void aFileInTheWayOfTheIndexDirectoryIsAnError() throws IOException {
        Path directory = SearchLocation.indexDirectory(posts.root(), cache);
        Files.createDirectories(directory.getParent());
        Files.writeString(directory, "a file, not a folder");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndex.open(posts.root(), cache))
                .isInstanceOf(IOException.class);
    }
}
