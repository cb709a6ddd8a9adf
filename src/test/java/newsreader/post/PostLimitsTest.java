package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostLimitsTest {
    /**
     * The limits' text is part of the metadata cache's context: a different text would make every user's cache
     * unusable once. It is written by hand (for start-up time) and must stay the text a record makes.
     */
    @Test
    void textIsTheRecordsTextThatCachesWereWrittenWith() {
        assertThat(PostLimits.DEFAULT.toString()).isEqualTo("PostLimits[maxFileBytes=16777216, maxFrontMatterChars=1048576,"
                + " maxYamlAliases=50, maxNesting=50, maxValues=100000]");
        assertThat(new PostLimits(1, 2, 3, 4, 5).toString())
                .isEqualTo("PostLimits[maxFileBytes=1, maxFrontMatterChars=2, maxYamlAliases=3, maxNesting=4, maxValues=5]");
    }
}
