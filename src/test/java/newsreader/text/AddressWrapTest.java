package newsreader.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses are never broken (cjk-typography.md §2), while the text around them wraps by the usual rules. */
class AddressWrapTest {
    private static final String LONG = "https://img.example.com/uploads/images/news/20220920/1663651200_482913.jpg";

    private final LineWrapper wrapper = new LineWrapper(CellWidth.standard()).keepingAddressesWhole();
    private final CellWidth widths = CellWidth.standard();

    private List<String> wrap(String text, int width) {
        return wrapper.wrapToStrings(text, width);
    }

    @Test
    void anAddressLongerThanTheWidthStandsWholeOnALineOfItsOwn() {
        assertThat(wrap("see " + LONG + " for the picture", 20))
                .containsExactly("see", LONG, "for the picture");
    }

    @Test
    void anAddressThatStartsTheTextIsWholeToo() {
        assertThat(wrap(LONG, 20)).containsExactly(LONG);
        assertThat(wrap("mailto:someone.with.a.long.name@mail.example.org", 10))
                .containsExactly("mailto:someone.with.a.long.name@mail.example.org");
    }

    @Test
    void aShortAddressStaysInlineAndIsNotBrokenAtItsSlashes() {
        assertThat(wrap("see https://a.cn/x now", 40)).containsExactly("see https://a.cn/x now");
        // It fits on a line, so it moves down whole rather than breaking after "https://".
        assertThat(wrap("see https://example.com/abcdefghij", 24)).containsExactly("see", "https://example.com/abcdefghij");
    }

    @Test
    void chineseAroundAnAddressKeepsKinsoku() {
        List<String> lines = wrap("详情见" + LONG + "，以及后面的说明文字。", 20);
        assertThat(lines).containsExactly("详情见", LONG + "，", "以及后面的说明文字。");
        // An opening bracket goes down with the address, a closing one stays with it.
        assertThat(wrap("详情见（" + LONG + "）后面", 20)).containsExactly("详情见", "（" + LONG + "）", "后面");
    }

    @Test
    void sentencePunctuationAfterAnAddressIsNotPartOfIt() {
        assertThat(Addresses.find("Go to https://a.example/x. Then")).containsExactly(new Addresses.Span(6, 25));
        assertThat(Addresses.find("(see https://a.example/wiki/X_(Y))")).containsExactly(new Addresses.Span(5, 33));
        assertThat(Addresses.find("见https://a.cn/x，详情")).containsExactly(new Addresses.Span(1, 15));
    }

    @Test
    void aReferenceMarkAfterAnAddressIsNotPartOfItButAnIpv6HostIs() {
        // show writes a link's number after its text: "https://werf.io[8]" when the text is the address.
        assertThat(Addresses.find("( https://werf.io[8] )")).containsExactly(new Addresses.Span(2, 17));
        assertThat(Addresses.find("see https://a.example/x[1][2].")).containsExactly(new Addresses.Span(4, 23));
        assertThat(Addresses.find("http://[::1]:8080/x")).containsExactly(new Addresses.Span(0, 19));
        assertThat(Addresses.find("http://[::1]")).containsExactly(new Addresses.Span(0, 12));
        assertThat(Addresses.find("http://user@[::1]")).containsExactly(new Addresses.Span(0, 17));
    }

    @Test
    void onlyTheLinesThatAreOneAddressAreWiderThanTheWidth() {
        String text = "开头的一段中文，" + LONG + " 然后是 ftp://files.example.org/pub/very/long/path/name.tar.gz 结束。";
        for (int width = 5; width <= 60; width++) {
            for (String line : wrap(text, width)) {
                if (widths.of(line) > width) {
                    assertThat(Addresses.isWholeAddressLine(line)).as(width + ": " + line).isTrue();
                }
            }
            assertThat(String.join("", wrap(text, width)).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void theWholeAddressLineRuleAcceptsOnlyOneAddressWithWhatKinsokuGluesToIt() {
        assertThat(Addresses.isWholeAddressLine(LONG)).isTrue();
        assertThat(Addresses.isWholeAddressLine("> " + LONG)).isTrue();
        assertThat(Addresses.isWholeAddressLine("  - " + LONG)).isTrue();
        assertThat(Addresses.isWholeAddressLine("12. " + LONG)).isTrue();
        assertThat(Addresses.isWholeAddressLine("- - " + LONG)).isFalse();
        assertThat(Addresses.isWholeAddressLine("（" + LONG + "）。")).isTrue();
        assertThat(Addresses.isWholeAddressLine("see " + LONG)).isFalse();
        assertThat(Addresses.isWholeAddressLine(LONG + " " + LONG)).isFalse();
        assertThat(Addresses.isWholeAddressLine("averylongwordwithoutanyaddress")).isFalse();
    }

    @Test
    void thePlainWrapperStillCutsAddressesForScreensThatMust() {
        assertThat(new LineWrapper(CellWidth.standard()).wrapToStrings(LONG, 20)).allSatisfy(
                line -> assertThat(CellWidth.standard().of(line)).isLessThanOrEqualTo(20));
    }
}
