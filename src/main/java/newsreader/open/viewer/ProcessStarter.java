package newsreader.open.viewer;

import java.io.IOException;

/**
 * Starts a prepared process; the one place a viewer process is created, so tests can see every start. Public because
 * {@code Opener} takes one.
 */
@FunctionalInterface
public interface ProcessStarter {
    ProcessStarter SYSTEM = ProcessBuilder::start;

    Process start(ProcessBuilder builder) throws IOException;
}
