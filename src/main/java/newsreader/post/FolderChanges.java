package newsreader.post;

import java.util.List;

/**
 * What a rescan found different from the scan before it.
 *
 * @param added           posts that were not there (new files, or files that were problems)
 * @param changed         posts whose metadata changed, as they are now (same relative path as before)
 * @param removed         posts that are gone (deleted files, or files that became problems), as they were
 * @param addedProblems   problems that are new or whose reason changed
 * @param removedProblems problems that are gone
 * @param result          everything now, sorted, as a full scan would give it
 */
public record FolderChanges(List<PostMeta> added, List<PostMeta> changed, List<PostMeta> removed,
                            List<PostProblem> addedProblems, List<PostProblem> removedProblems, ScanResult result) {

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && addedProblems.isEmpty()
                && removedProblems.isEmpty();
    }
}
