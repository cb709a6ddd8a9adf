package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void smallCountsAreBytes() {
        assertThat(Sizes.bytes(0)).isEqualTo("0 bytes");
        assertThat(Sizes.bytes(1)).isEqualTo("1 byte");
        assertThat(Sizes.bytes(1023)).isEqualTo("1023 bytes");
    }

    @Test
    void largerCountsTakeTheLargestUnitOf1024WithOneDecimalUnlessWhole() {
        assertThat(Sizes.bytes(1024)).isEqualTo("1 KB");
        assertThat(Sizes.bytes(2000)).isEqualTo("2.0 KB");
        assertThat(Sizes.bytes(3000)).isEqualTo("2.9 KB");
        assertThat(Sizes.bytes(1536L * 1024)).isEqualTo("1.5 MB");
        assertThat(Sizes.bytes(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(Sizes.bytes(2L * 1024 * 1024 * 1024)).isEqualTo("2 GB");
        assertThat(Sizes.bytes(Long.MAX_VALUE)).endsWith(" TB");
    }
}
