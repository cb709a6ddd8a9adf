package newsreader.tui.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cell whose width is settled once answers as Lanterna would, and draws as the same character. */
class SettledCharacterTest {
    @Test
    void widthAndLookAreLanternasOwn() {
        for (String glyph : List.of("a", " ", "中", "，", "ｶ", "Ａ", "￥", "㎡", "😀", "e\u0301", "กุ", "한", "⭐", "\u3000")) {
            TextCharacter plain = TextCharacter.fromString(glyph, TextColor.ANSI.RED, TextColor.ANSI.DEFAULT, SGR.BOLD)[0];
            SettledCharacter settled = new SettledCharacter(plain);
            assertThat(settled.isDoubleWidth()).as(glyph).isEqualTo(plain.isDoubleWidth());
            assertThat(settled.getCharacterString()).isEqualTo(plain.getCharacterString());
            assertThat(settled.getForegroundColor()).isEqualTo(plain.getForegroundColor());
            assertThat(settled.getModifiers()).isEqualTo(plain.getModifiers());
        }
    }
}
