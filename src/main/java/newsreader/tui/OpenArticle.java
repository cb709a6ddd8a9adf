package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.post.Post;
import newsreader.post.PostMeta;
import newsreader.render.Reference;
import newsreader.render.StyledLine;

/** The article being read: its post, its lines at the current width, where the view is, and the search. */
final class OpenArticle {
    final PostMeta meta;
    /** Null when the article is a text made by the reader itself (a problem's reason). */
    final Post post;
    List<StyledLine> lines;
    List<Reference> references;
    int laidOutWidth;
    int top;
    /** The confirmed or being-typed search; empty when there is none. */
    String search = "";
    TextInput searchInput;
    /** Line numbers holding a match of {@link #search}, ascending. */
    List<Integer> matchLines = List.of();
    /** Which of {@link #matchLines} the search went to last, from 1; 0 before it went to one. */
    int currentMatch;

    OpenArticle(PostMeta meta, Post post, List<StyledLine> lines, List<Reference> references, int width) {
        this.meta = meta;
        this.post = post;
        this.lines = lines;
        this.references = references;
        this.laidOutWidth = width;
    }

    boolean searching() {
        return searchInput != null;
    }

    void findMatches() {
        List<Integer> found = new ArrayList<>();
        if (!search.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                if (Matches.startsOn(lines, i, search)) {
                    found.add(i);
                }
            }
        }
        matchLines = found;
        currentMatch = 0;
    }
}
