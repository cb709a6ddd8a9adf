package newsreader.open.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsreader.open.TestPrograms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailcapTest {
    @TempDir
    Path temp;

    @Test
    void readsTypesCommandsAndFlags() {
        List<MailcapEntry> entries = Mailcap.parse("""
                # comment
                image/png; feh '%s'; description=PNG
                image/*; chafa %s; copiousoutput
                IMAGE/JPEG ; timg %s ; needsterminal ; test=test -n "$DISPLAY"

                text/html; w3m -T text/html %s; nametemplate=%s.html
                """);
        assertThat(entries).containsExactly(
                new MailcapEntry("image/png", "feh '%s'", false, false, null),
                new MailcapEntry("image/*", "chafa %s", false, true, null),
                new MailcapEntry("image/jpeg", "timg %s", true, false, "test -n \"$DISPLAY\""),
                new MailcapEntry("text/html", "w3m -T text/html %s", false, false, null));
    }

    @Test
    void joinsContinuedLinesAndUnescapesSemicolons() {
        List<MailcapEntry> entries = Mailcap.parse("image/gif; gifview \\\n  %s; x11-bitmap\nimage/png; a\\;b %s\n");
        assertThat(entries).extracting(MailcapEntry::command).containsExactly("gifview   %s", "a;b %s");
    }

    @Test
    void skipsMalformedLines() {
        assertThat(Mailcap.parse("image/png\n; feh %s\nimage/png;\n")).isEmpty();
    }

    @Test
    void wildcardsMatchTheirWholeMajorType() {
        MailcapEntry any = new MailcapEntry("image/*", "x %s", false, false, null);
        MailcapEntry bare = new MailcapEntry("image", "x %s", false, false, null);
        MailcapEntry png = new MailcapEntry("image/png", "x %s", false, false, null);
        assertThat(any.matches("image/webp")).isTrue();
        assertThat(bare.matches("image/webp")).isTrue();
        assertThat(png.matches("IMAGE/PNG")).isTrue();
        assertThat(png.matches("image/jpeg")).isFalse();
        assertThat(png.matches("image/*")).isTrue();
        assertThat(any.matches("text/html")).isFalse();
    }

    @Test
    void loadsExistingFilesInOrderAndIgnoresMissingOnes() throws IOException {
        Path first = Files.writeString(temp.resolve("first"), "image/png; one %s\n");
        Path second = Files.writeString(temp.resolve("second"), "image/png; two %s\n");
        Mailcap mailcap = Mailcap.load(List.of(temp.resolve("missing"), first, second));
        assertThat(mailcap.entriesFor("image/png")).extracting(MailcapEntry::command).containsExactly("one %s", "two %s");
    }

    @Test
    void searchPathIsMailcapsOrHomeThenEtc() {
        Path home = Path.of("/home/u");
        assertThat(Mailcap.searchPath(TestPrograms.env(home)))
                .containsExactly(home.resolve(".mailcap"), Path.of("/etc/mailcap"));
        assertThat(Mailcap.searchPath(TestPrograms.env(home, "MAILCAPS", "~/mc:/opt/mc")))
                .containsExactly(home.resolve("mc"), Path.of("/opt/mc"));
    }
}
