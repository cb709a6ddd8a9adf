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

    @Test
    void everyCharacterPassesExactlyWhenTheRuleLetsItThrough() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = c == '\n' || c == '\t' || c == '\r' || !SafeText.isDropped((char) c);
            assertThat(SafeWriter.passes((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }
}
