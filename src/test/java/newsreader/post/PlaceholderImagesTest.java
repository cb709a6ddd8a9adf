package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholderImagesTest {
    private static final Path CORPUS = Path.of("../shared/corpus/real");

    @Test
    void theRealCorpusHasThirtyOnePlaceholdersAndNoOtherImageIsTakenForOne() {
        assumeThat(Files.isDirectory(CORPUS)).as("shared corpus missing at " + CORPUS.toAbsolutePath().normalize()
                + ", skipped").isTrue();
        List<PostMeta> posts = new PostScanner(ZoneId.of("Asia/Shanghai")).withCache(MetaCache.none()).scan(CORPUS)
                .posts();
        PlaceholderImages placeholders = PlaceholderImages.defaults();
        List<String> recognised = posts.stream().map(PostMeta::image).filter(placeholders).toList();
        assertThat(recognised).hasSize(31).allMatch(url -> url.startsWith("https://picsum.photos/400/300?random="));
        List<String> others = posts.stream().map(PostMeta::image)
                .filter(url -> url != null && !url.contains("picsum.photos")).toList();
        assertThat(others).hasSize(29).noneMatch(placeholders);
    }

    @Test
    void theDocumentedServicesAreKnownByHostAndPathWhereTheHostAlsoServesRealImages() {
        PlaceholderImages placeholders = PlaceholderImages.defaults();
        assertThat(List.of("https://picsum.photos/400/300?random=8366", "http://fastly.picsum.photos/id/1/200/300.jpg",
                "https://source.unsplash.com/random/800x600", "https://via.placeholder.com/150",
                "https://placehold.co/600x400", "https://dummyimage.com/300", "https://fakeimg.pl/250x100/",
                "https://loremflickr.com/320/240", "//picsum.photos/200", "HTTPS://PICSUM.PHOTOS/200"))
                .allMatch(placeholders);
        assertThat(List.of("https://source.unsplash.com/user/erondu", "https://images.unsplash.com/photo-1.jpg",
                "https://notpicsum.photos/a.png", "https://img.ithome.com/newsuploadfiles/a.jpg", "cover.png",
                "https://cors.zfour.workers.dev/?http://img.example.com/a.jpg", ""))
                .noneMatch(placeholders);
    }

    @Test
    void theSettingAddsHostsAndPathPrefixes() {
        PlaceholderImages placeholders = PlaceholderImages.defaults()
                .with(List.of("img.example.com/stock/", "fillers.example"));
        assertThat(placeholders.test("https://img.example.com/stock/1.png")).isTrue();
        assertThat(placeholders.test("https://img.example.com/news/1.png")).isFalse();
        assertThat(placeholders.test("https://cdn.fillers.example/x")).isTrue();
        assertThat(placeholders.test("https://picsum.photos/1")).isTrue();
    }

    @Test
    void entriesThatAreNotAHostAndPathAreNamed() {
        assertThat(PlaceholderImages.problem("picsum.photos")).isNull();
        assertThat(PlaceholderImages.problem("img.example.com/stock/")).isNull();
        assertThat(PlaceholderImages.problem("https://picsum.photos")).contains("host");
        assertThat(PlaceholderImages.problem("")).contains("host");
        assertThat(PlaceholderImages.problem("a b")).contains("host");
    }
}
