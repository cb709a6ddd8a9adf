package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import newsreader.text.CellWidth;
import org.junit.jupiter.api.Test;

class GlyphMapperTest {
    private final GlyphAliases aliases = new GlyphAliases();
    private final GlyphMapper mapper = new GlyphMapper(CellWidth.standard(), aliases);

    /** Lanterna's width for what the mapper stores must equal the program's width. */
    private void assertAgrees(String cluster) {
        Glyph glyph = mapper.glyphFor(cluster);
        int expected = CellWidth.standard().ofCluster(cluster);
        assertThat(glyph.width()).as("width of %s", cluster).isEqualTo(expected);
        TextCharacter[] first = TextCharacter.fromString(glyph.first());
        assertThat(first).as("Lanterna sees one character for %s", cluster).hasSize(1);
        boolean lanternaWide = first[0].isDoubleWidth();
        assertThat(lanternaWide).as("Lanterna width of %s", cluster).isEqualTo(glyph.width() == 2 && glyph.second() == null);
        if (glyph.second() != null) {
            assertThat(TextCharacter.fromString(glyph.second())[0].isDoubleWidth()).isFalse();
        }
    }

    @Test
    void lanternaAgreesWithTheProgramOnEveryKindOfCluster() {
        for (String cluster : new String[] {"a", "中", "한", "あ", "，", "𠀋", "😀", "⭐", "⌚", "✅", "￥", "㎡", "ㄅ",
                "⺀", "é", "e\u0301", "กุ", "𝐀", "“", "…", "ｱ", "❤\uFE0F", "👍🏽", "👨\u200D👩\u200D👧", "🇨🇳", "1\uFE0F\u20E3"}) {
            assertAgrees(cluster);
        }
    }

    @Test
    void wideCharactersLanternaThinksNarrowCarryTheWidthMarker() {
        assertThat(mapper.glyphFor("⭐").first()).isEqualTo("⭐" + GlyphMapper.WIDTH_MARKER);
        assertThat(mapper.glyphFor("￥").first()).isEqualTo("￥" + GlyphMapper.WIDTH_MARKER);
    }

    @Test
    void narrowClustersLanternaCallsWideBecomeStandInsThatExpandBack() {
        Glyph thai = mapper.glyphFor("กุ");
        assertThat(thai.first()).hasSize(1);
        assertThat(aliases.expand(thai.first())).isEqualTo("กุ");
    }

    @Test
    void flagsShowTheirTwoLettersAndZwjSequencesTheirFirstEmoji() {
        assertThat(mapper.glyphFor("🇨🇳")).isEqualTo(new Glyph("C", "N", 2));
        assertThat(mapper.glyphFor("👨\u200D👩\u200D👧").first()).isEqualTo("👨");
        assertThat(mapper.glyphFor("👍🏽").first()).isEqualTo("👍");
        assertThat(mapper.glyphFor("❤\uFE0F")).isEqualTo(new Glyph("❤", " ", 2));
    }

    @Test
    void controlAndZeroWidthClustersAreNotDrawn() {
        assertThat(mapper.glyphFor("\u001b")).isNull();
        assertThat(mapper.glyphFor("\u009b")).isNull();
        assertThat(mapper.glyphFor("\u007f")).isNull();
        assertThat(mapper.glyphFor("\u200B")).isNull();
        assertThat(mapper.glyphFor("\u202E")).isNull();
        assertThat(mapper.glyphFor("\u0301")).isNull();
    }

    @Test
    void ambiguousCharactersFollowTheChosenWidth() {
        GlyphMapper wide = new GlyphMapper(new CellWidth(2), aliases);
        assertThat(wide.glyphFor("“").width()).isEqualTo(2);
        assertThat(TextCharacter.fromString(wide.glyphFor("“").first())[0].isDoubleWidth()).isTrue();
        assertThat(mapper.glyphFor("“").width()).isEqualTo(1);
    }
}
