package newsreader.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandParserTest {
    private final CommandParser parser = new CommandParser();

    @Test
    void namesAndAliasesGiveTheSameCommand() {
        for (Command command : Command.values()) {
            for (String name : command.names()) {
                if (!name.equals("/") && !name.equals("next page")) {
                    assertThat(parser.parse(name)).as(name).isEqualTo(new Input.Known(command, ""));
                }
            }
        }
    }

    @Test
    void theArgumentIsWhatFollowsTheNameStripped() {
        assertThat(parser.parse("  open   12  ")).isEqualTo(new Input.Known(Command.OPEN, "12"));
        assertThat(parser.parse("cat 新媒体/cnBeta")).isEqualTo(new Input.Known(Command.CATEGORY, "新媒体/cnBeta"));
        assertThat(parser.parse("search 深度 学习")).isEqualTo(new Input.Known(Command.SEARCH, "深度 学习"));
    }

    @Test
    void commandNamesIgnoreCase() {
        assertThat(parser.parse("LIST 2")).isEqualTo(new Input.Known(Command.LIST, "2"));
        assertThat(parser.parse("Q")).isEqualTo(new Input.Known(Command.QUIT, ""));
    }

    @Test
    void aBareNumberOpensThatPostInAsciiOrFullWidthDigits() {
        assertThat(parser.parse("7")).isEqualTo(new Input.Known(Command.OPEN, "7"));
        assertThat(parser.parse("１２")).isEqualTo(new Input.Known(Command.OPEN, "１２"));
        assertThat(PostNumber.parse("１２")).hasValue(12);
        assertThat(PostNumber.parse("99999999999999")).hasValue(Integer.MAX_VALUE);
        assertThat(PostNumber.parse("1a")).isEmpty();
    }

    @Test
    void aSlashSearchesForWhatFollowsIt() {
        assertThat(parser.parse("/学习")).isEqualTo(new Input.Known(Command.SEARCH, "学习"));
        assertThat(parser.parse("/ spring boot")).isEqualTo(new Input.Known(Command.SEARCH, "spring boot"));
    }

    @Test
    void nextPageIsMoreButNextAloneIsTheNextPost() {
        assertThat(parser.parse("next page")).isEqualTo(new Input.Known(Command.MORE, ""));
        assertThat(parser.parse("next   Page")).isEqualTo(new Input.Known(Command.MORE, ""));
        assertThat(parser.parse("next")).isEqualTo(new Input.Known(Command.NEXT, ""));
    }

    @Test
    void anIdeographicSpaceSeparatesTheNameLikeASpace() {
        assertThat(parser.parse("cat\u3000科技")).isEqualTo(new Input.Known(Command.CATEGORY, "科技"));
    }

    @Test
    void blankLinesAndUnknownWordsAreTheirOwnInputs() {
        assertThat(parser.parse("   ")).isEqualTo(new Input.Blank());
        assertThat(parser.parse(null)).isEqualTo(new Input.Blank());
        assertThat(parser.parse("frobnicate 3")).isEqualTo(new Input.Unknown("frobnicate"));
    }
}
