package newsreader.search;

import java.io.IOException;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * Lucene's merges on their own threads, as usual, each at the lowest CPU priority ({@link LowPriority}): merging a
 * large index's segments is the longest single piece of the build's work, and must not take a core from the reader.
 */
final class LowPriorityMerges extends ConcurrentMergeScheduler {

    @Override
    protected void doMerge(MergeSource mergeSource, MergePolicy.OneMerge merge) throws IOException {
        // Lucene starts a thread for each merge, and this runs on it.
        LowPriority.lowerThisThread();
        super.doMerge(mergeSource, merge);
    }
}
