package newsreader.open.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import newsreader.open.address.Refusal;
import org.junit.jupiter.api.Test;

class CommandWordsTest {

    @Test
    void splitsOnBlanksAndHonoursQuotes() throws Refusal {
        assertThat(CommandWords.split("feh --scale-down  {file}")).containsExactly("feh", "--scale-down", "{file}");
        assertThat(CommandWords.split("open -a 'Preview App' {file}")).containsExactly("open", "-a", "Preview App", "{file}");
        assertThat(CommandWords.split("viewer \"a b\"c 'd'\"e\"")).containsExactly("viewer", "a bc", "de");
        assertThat(CommandWords.split("x a\\ b \"q\\\"uote\"")).containsExactly("x", "a b", "q\"uote");
        assertThat(CommandWords.split("x ''")).containsExactly("x", "");
    }

    @Test
    void singleQuotesKeepShellCharactersLiterally() throws Refusal {
        assertThat(CommandWords.split("feh --title '$name; `x` | y'")).containsExactly("feh", "--title", "$name; `x` | y");
    }

    @Test
    void refusesEverythingThatWouldNeedAShell() {
        for (String command : new String[] {"feh %s; rm -rf ~", "feh %s | cat", "feh %s &", "feh $(id)", "feh `id`",
                "feh ${HOME}", "feh < /etc/passwd", "feh > out", "feh \"$HOME\"", "feh \"`id`\"", "feh (x)",
                "feh a\nrm b"}) {
            assertThatThrownBy(() -> CommandWords.split(command)).as(command).isInstanceOf(Refusal.class)
                    .hasMessageContaining("shell");
        }
    }

    @Test
    void refusesBrokenQuotingAndEmptyCommands() {
        assertThatThrownBy(() -> CommandWords.split("feh 'open")).isInstanceOf(Refusal.class).hasMessageContaining("'");
        assertThatThrownBy(() -> CommandWords.split("feh \"open")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CommandWords.split("feh \\")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> CommandWords.split("   ")).isInstanceOf(Refusal.class).hasMessage("empty command");
        assertThatThrownBy(() -> CommandWords.split("feh \u0007")).isInstanceOf(Refusal.class);
    }
}
