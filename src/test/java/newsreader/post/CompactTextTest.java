package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

class CompactTextTest {
    @Test
    void keepsLatinTextInAByteACharacterAndChineseInTwo() {
        assertThat(CompactText.pack("2019/a.md")).hasSize(1 + 9);
        assertThat(CompactText.pack("数据显示：café")).hasSize(1 + 2 * 9);
        assertThat(CompactText.pack("")).hasSize(1);
        assertThat(CompactText.pack(null)).isNull();
        assertThat(CompactText.unpack(null)).isNull();
    }

    @Test
    void everyTextComesBackAsItWasAndEqualTextsPackEqually() {
        Property.forAll("compact text round trip", 2000, random -> {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append((char) (0x20 + random.nextInt(0x5F)));
                    case 1 -> text.append((char) (0x80 + random.nextInt(0x80)));
                    case 2 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
                    default -> text.append((char) (0xD800 + random.nextInt(0x800))); // surrogates, paired or not
                }
            }
            return text.toString();
        }, text -> {
            assertThat(CompactText.unpack(CompactText.pack(text))).isEqualTo(text);
            assertThat(CompactText.pack(new String(text))).isEqualTo(CompactText.pack(text));
        });
    }
}
