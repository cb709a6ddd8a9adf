package newsreader.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar's manifest version when there is one. */
final class Version implements IVersionProvider {
    static final String FALLBACK = "0.1.0";

    @Override
    public String[] getVersion() {
        String fromJar = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsreader " + (fromJar == null ? FALLBACK : fromJar)};
    }
}
