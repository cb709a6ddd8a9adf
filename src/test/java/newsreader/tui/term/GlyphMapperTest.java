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
        assertAgrees(mapper, cluster);
    }

    private static void assertAgrees(GlyphMapper mapper, String cluster) {
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

    private static final String FAMILY = "👨\u200D👩\u200D👧";
    private static final String TECHNOLOGIST = "👩\u200D💻";
    private static final String RAINBOW_FLAG = "🏳\uFE0F\u200D🌈";

    /** What the terminal gets for a glyph: stand-ins expanded, the width marker gone, both cells. */
    private String drawn(Glyph glyph) {
        String first = aliases.expand(glyph.first()).replace(String.valueOf(GlyphMapper.WIDTH_MARKER), "");
        return glyph.second() == null ? first : first + glyph.second();
    }

    @Test
    void whereTheTerminalJoinsEmojiSequencesTheyAreDrawnWhole() {
        GlyphMapper joining = new GlyphMapper(CellWidth.standard(), aliases, true);
        for (String sequence : new String[] {FAMILY, TECHNOLOGIST, "🧑\u200D🤝\u200D🧑", "👨\u200D❤\uFE0F\u200D👨"}) {
            Glyph glyph = joining.glyphFor(sequence);
            assertThat(glyph.width()).as(sequence).isEqualTo(2);
            assertThat(glyph.second()).isNull();
            assertThat(drawn(glyph)).as("what reaches the terminal for %s", sequence).isEqualTo(sequence);
        }
        Glyph toned = joining.glyphFor("👩🏽\u200D💻");
        assertThat(drawn(toned)).as("a skin tone is still left out: joining terminals draw it as a picture of its own")
                .isEqualTo(TECHNOLOGIST);
    }

    @Test
    void sequencesTerminalsDisagreeOnStaySafeEvenWhereTheTerminalJoins() {
        GlyphMapper joining = new GlyphMapper(CellWidth.standard(), aliases, true);
        assertThat(drawn(joining.glyphFor(RAINBOW_FLAG))).as("a text-style symbol first").isEqualTo("🏳 ");
        assertThat(drawn(joining.glyphFor("❤\uFE0F\u200D🔥"))).isEqualTo("❤ ");
        assertThat(joining.glyphFor("😀\u200D😀").first()).as("not a recommended sequence").isEqualTo("😀");
        assertThat(joining.glyphFor("👍🏽").first()).isEqualTo("👍");
    }

    @Test
    void whereTheTerminalDoesNotJoinThemASequenceIsItsFirstEmoji() {
        assertThat(mapper.glyphFor(FAMILY).first()).isEqualTo("👨");
        assertThat(mapper.glyphFor(TECHNOLOGIST).first()).isEqualTo("👩");
        assertThat(mapper.glyphFor("👩🏽\u200D💻").first()).isEqualTo("👩");
        assertThat(drawn(mapper.glyphFor(RAINBOW_FLAG))).isEqualTo("🏳 ");
    }

    @Test
    void drawnWholeOrNotASequenceTakesTheCellsTheTextModuleGivesIt() {
        GlyphMapper joining = new GlyphMapper(CellWidth.standard(), aliases, true);
        for (String sequence : new String[] {FAMILY, TECHNOLOGIST, RAINBOW_FLAG, "👩🏽\u200D💻", "😀\u200D😀",
                "❤\uFE0F\u200D🔥", "🐻\u200D❄\uFE0F", "👨\u200D👩\u200D👧\u200D👦"}) {
            assertAgrees(joining, sequence);
            assertAgrees(mapper, sequence);
        }
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
