package newsreader.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsreader.render.LineStyle;
import newsreader.render.StyledLine;
import newsreader.tui.term.CellPainter.Range;
import org.junit.jupiter.api.Test;

class MatchesTest {
    private static StyledLine body(String text) {
        return new StyledLine(text, LineStyle.BODY);
    }

    @Test
    void findsEveryMatchInALineIgnoringCase() {
        List<StyledLine> lines = List.of(body("Java and JAVA and java"));
        assertThat(Matches.highlights(lines, 0, "java"))
                .containsExactly(new Range(0, 4), new Range(9, 13), new Range(18, 22));
        assertThat(Matches.startsOn(lines, 0, "java")).isTrue();
    }

    @Test
    void traditionalAndSimplifiedFindEachOtherAndMarkTheCharactersAsWritten() {
        List<StyledLine> lines = List.of(body("經濟發展與经济发展"));
        assertThat(Matches.highlights(lines, 0, "发展")).containsExactly(new Range(2, 4), new Range(7, 9));
        assertThat(Matches.highlights(lines, 0, "發展")).containsExactly(new Range(2, 4), new Range(7, 9));
    }

    @Test
    void wordsTheScriptsWriteWithOtherCharactersAreMarkedAsWritten() {
        List<StyledLine> lines = List.of(body("你為甚麼不寫計畫，为什么"));
        assertThat(Matches.highlights(lines, 0, "什么")).containsExactly(new Range(2, 4), new Range(10, 12));
        assertThat(Matches.highlights(lines, 0, "计划")).containsExactly(new Range(6, 8));
    }

    @Test
    void aWordSplitByWrappingIsFoundOnBothLinesButStartsOnTheFirst() {
        List<StyledLine> lines = List.of(body("这个故事的灵感来自他的外"), body("婆。后来"));
        assertThat(Matches.highlights(lines, 0, "外婆")).containsExactly(new Range(11, 12));
        assertThat(Matches.highlights(lines, 1, "外婆")).containsExactly(new Range(0, 1));
        assertThat(Matches.startsOn(lines, 0, "外婆")).isTrue();
        assertThat(Matches.startsOn(lines, 1, "外婆")).isFalse();
    }

    @Test
    void matchesNeverRunAcrossParagraphsOrStyles() {
        List<StyledLine> acrossBlank = List.of(body("他的外"), StyledLine.blank(), body("婆"));
        assertThat(Matches.startsOn(acrossBlank, 0, "外婆")).isFalse();
        List<StyledLine> acrossStyles = List.of(body("他的外"), new StyledLine("婆", LineStyle.QUOTE));
        assertThat(Matches.startsOn(acrossStyles, 0, "外婆")).isFalse();
        assertThat(Matches.highlights(acrossStyles, 1, "外婆")).isEmpty();
    }

    @Test
    void emptyQueryMatchesNothing() {
        assertThat(Matches.highlights(List.of(body("abc")), 0, "")).isEmpty();
    }
}
