package newsreader.tui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import newsreader.search.IndexBuildMain;

/** What the index tests of the reader share: finding its build process, waiting for its events. */
final class IndexBuilds {
    private IndexBuilds() {
    }

    /**
     * The JVM building {@code folder}'s index for this test process, once it runs as {@code java} (not yet while
     * {@code nice} is starting it); empty if none appears before the deadline.
     */
    static Optional<ProcessHandle> buildOf(Path folder, long deadlineSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> found = running(folder);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(10);
        }
        return Optional.empty();
    }

    /** The build of {@code folder} running now, if any. */
    static Optional<ProcessHandle> running(Path folder) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).filter(process -> {
            ProcessHandle.Info info = process.info();
            boolean java = info.command().map(command -> command.endsWith("/java")).orElse(false);
            String[] arguments = info.arguments().orElse(new String[0]);
            return java && Arrays.asList(arguments).contains(IndexBuildMain.class.getName())
                    && Arrays.asList(arguments).contains(folder.toString());
        }).findFirst();
    }

    /** The first event that {@code wanted} accepts, or null after {@code deadlineSeconds}; others are given to {@code seen}. */
    static ReaderEvent await(BlockingQueue<ReaderEvent> events, Predicate<ReaderEvent> wanted, long deadlineSeconds,
                             java.util.function.Consumer<ReaderEvent> seen) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(deadlineSeconds);
        while (System.nanoTime() < deadline) {
            ReaderEvent event = events.poll(1, TimeUnit.SECONDS);
            if (event == null) {
                continue;
            }
            seen.accept(event);
            if (wanted.test(event)) {
                return event;
            }
        }
        return null;
    }

    /** The build finished: the index holds the whole folder. */
    static boolean built(ReaderEvent event) {
        return event instanceof ReaderEvent.SearchIndexing indexing && indexing.total() < 0;
    }
}
