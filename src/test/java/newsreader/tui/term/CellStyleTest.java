package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import org.junit.jupiter.api.Test;

class CellStyleTest {
    @Test
    void aStyleIsWrittenAsOneSgrSequenceFromAReset() {
        assertThat(CellStyle.PLAIN.sgr()).isEqualTo("\u001b[0;39;49m");
        assertThat(CellStyle.of(TextColor.ANSI.BLUE).withBold().withReverse().sgr()).isEqualTo("\u001b[0;34;49;1;7m");
        assertThat(CellStyle.of(new TextColor.Indexed(196)).withBackground(new TextColor.RGB(1, 2, 3))
                .withUnderline().sgr()).isEqualTo("\u001b[0;38;5;196;48;2;1;2;3;4m");
    }
}
