package newsreader.open.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsreader.messages.Messages;
import newsreader.open.Environment;
import newsreader.open.OpenSettings;
import newsreader.open.address.Refusal;

/**
 * Lists the viewers for an image or a link in the documented order: the configured viewer, mailcap, {@code $BROWSER},
 * then {@code xdg-open} (or {@code open} on macOS). Only programs found on PATH are listed; without a desktop (SSH and
 * no display) the configured viewer still is, but of the others only programs that run inside the terminal are. Public for {@code Opener}, which asks it before every
 * image or link it opens.
 */
public final class ViewerChooser {
    private static final Messages WORDS = Messages.of("open");

    /** The only {@code test=} commands understood: {@code test -n "$VAR"} and {@code test -z "$VAR"}. */
    private static final Pattern VARIABLE_TEST =
            Pattern.compile("test\\s+-([nz])\\s+(\"?)\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?\\2");

    private final OpenSettings settings;
    private final Environment env;
    private final Executables executables;
    private final Supplier<Mailcap> mailcap;

    public ViewerChooser(OpenSettings settings, Environment env, Supplier<Mailcap> mailcap) {
        this.settings = settings;
        this.env = env;
        this.executables = new Executables(env);
        this.mailcap = mailcap;
    }

    /** Viewers for an image of {@code mimeType} ({@code image/*} when not known yet). */
    public ViewerChoice forImage(String mimeType) {
        boolean desktop = env.hasDesktop();
        List<Viewer> viewers = new ArrayList<>();
        String note = configured(viewers);
        for (MailcapEntry entry : mailcap.get().entriesFor(mimeType)) {
            mailcapViewer(entry, desktop).ifPresent(viewers::add);
        }
        // A terminal browser cannot show an image: for images only window browsers count.
        browsers(desktop, false, viewers);
        system(desktop, CommandTemplate.Slot.FILE).ifPresent(viewers::add);
        return new ViewerChoice(viewers, note);
    }

    /** Browsers for a link: {@code $BROWSER}, then the system's opener. */
    public ViewerChoice forLink() {
        boolean desktop = env.hasDesktop();
        List<Viewer> viewers = new ArrayList<>();
        browsers(desktop, true, viewers);
        system(desktop, CommandTemplate.Slot.URL).ifPresent(viewers::add);
        return new ViewerChoice(viewers, null);
    }

    private String configured(List<Viewer> viewers) {
        String command = settings.viewer();
        if (command == null || command.isBlank()) {
            return null;
        }
        CommandTemplate template;
        try {
            template = CommandTemplate.ofViewerSetting(command);
        } catch (Refusal e) {
            return WORDS.get("viewer.setting-refused", e.getMessage());
        }
        String program = template.program();
        Optional<Path> executable = executables.find(program);
        if (executable.isEmpty()) {
            return WORDS.get("viewer.setting-missing", KnownPrograms.baseName(program));
        }
        boolean prints = KnownPrograms.printsImage(program, template.literalArguments());
        boolean terminal = settings.viewerTerminal() || prints;
        // Not filtered by the display: the user chose this command, and it may well need none (a script that sends
        // the address to a laptop over SSH). Only the viewers found by themselves are judged by the display.
        viewers.add(new Viewer(KnownPrograms.baseName(program), executable.get(), template, terminal, prints,
                Viewer.Source.SETTING));
        return null;
    }

    private Optional<Viewer> mailcapViewer(MailcapEntry entry, boolean desktop) {
        if (entry.test() != null && !passes(entry.test())) {
            return Optional.empty();
        }
        CommandTemplate template;
        try {
            template = CommandTemplate.ofMailcap(entry.command());
        } catch (Refusal e) {
            return Optional.empty();
        }
        String program = template.program();
        boolean prints = entry.copiousOutput() || KnownPrograms.printsImage(program, template.literalArguments());
        boolean terminal = entry.terminal() || prints;
        if (!terminal && !desktop) {
            return Optional.empty();
        }
        return executables.find(program).map(path -> new Viewer(KnownPrograms.baseName(program), path, template,
                terminal, prints, Viewer.Source.MAILCAP));
    }

    /**
     * Evaluates a mailcap test without a shell. Only variable checks are understood; any other test is treated as
     * failing, so its entry is skipped rather than run through {@code sh}.
     */
    boolean passes(String test) {
        Matcher m = VARIABLE_TEST.matcher(test.strip());
        if (!m.matches()) {
            return false;
        }
        boolean set = env.isSet(m.group(3));
        return m.group(1).equals("n") == set;
    }

    private void browsers(boolean desktop, boolean terminalBrowsers, List<Viewer> viewers) {
        String browser = env.get("BROWSER");
        if (browser == null) {
            return;
        }
        for (String part : browser.split(":")) {
            if (part.isBlank()) {
                continue;
            }
            CommandTemplate template;
            try {
                template = CommandTemplate.ofBrowser(part);
            } catch (Refusal e) {
                continue;
            }
            String program = template.program();
            boolean terminal = KnownPrograms.terminalBrowser(program);
            if (terminal ? !terminalBrowsers : !desktop) {
                continue;
            }
            executables.find(program).ifPresent(path -> viewers.add(new Viewer(KnownPrograms.baseName(program), path,
                    template, terminal, false, Viewer.Source.BROWSER)));
        }
    }

    private Optional<Viewer> system(boolean desktop, CommandTemplate.Slot slot) {
        if (!desktop) {
            return Optional.empty();
        }
        String program = env.isMac() ? "open" : "xdg-open";
        return executables.find(program).map(path -> new Viewer(program, path, CommandTemplate.of(program, slot),
                false, false, Viewer.Source.SYSTEM));
    }
}
