package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SafeWriterTest {
    @Test
    void dropsEveryControlCharacterButLineBreaksTabsAndCarriageReturns() {
        StringWriter sink = new StringWriter();
        PrintWriter out = SafeWriter.wrap(sink, false);
        out.print("a\u001b]0;PWNED\u0007b\u009b2J\u202Ec\u007f");
        out.print('\u001b');
        out.print("\tindexing\r芯片 😀\n");
        out.flush();
        assertThat(sink.toString()).isEqualTo("a]0;PWNEDb2Jc\tindexing\r芯片 😀\n");
    }

    /** A text longer than the writer's buffer goes through in pieces: none lost, none doubled, none let through. */
    @Test
    void aLongTextIsFilteredWholeAcrossItsPieces() {
        StringBuilder text = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            char c = i % 8192 == 8191 || i % 97 == 0 ? '\u001b' : (char) (i % 2 == 0 ? '中' + i % 50 : 'a' + i % 26);
            text.append(c);
            if (c != '\u001b') {
                expected.append(c);
            }
        }
        StringWriter sink = new StringWriter();
        PrintWriter out = SafeWriter.wrap(sink, false);
        out.write(text.toString(), 5, text.length() - 5);
        out.flush();
        assertThat(sink.toString()).isEqualTo(expected.substring(expected.length() - countKept(text, 5)));
    }

    private static int countKept(CharSequence text, int from) {
        int kept = 0;
        for (int i = from; i < text.length(); i++) {
            kept += text.charAt(i) == '\u001b' ? 0 : 1;
        }
        return kept;
    }

    @Test
    void everyCharacterPassesExactlyWhenTheRuleLetsItThrough() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = c == '\n' || c == '\t' || c == '\r' || !SafeText.isDropped((char) c);
            assertThat(SafeWriter.passes((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }
}
