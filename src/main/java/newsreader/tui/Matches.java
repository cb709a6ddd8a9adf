package newsreader.tui;

import java.util.ArrayList;
import java.util.List;
import newsreader.render.LineStyle;
import newsreader.render.StyledLine;
import newsreader.text.HanFolding;
import newsreader.text.HanWords;
import newsreader.tui.term.CellPainter.Range;

/**
 * Where a search text occurs in an article's lines, ignoring case and Chinese script. Chinese paragraphs wrap between any two
 * characters, so a word is often split over two lines: a match may run on from a line into the next line of the
 * same paragraph, and is then found (and highlighted) on both.
 */
final class Matches {
    private Matches() {
    }

    /** Char ranges of {@code lines.get(index)} that belong to a match, clipped to the line. */
    static List<Range> highlights(List<StyledLine> lines, int index, String query) {
        List<Range> ranges = new ArrayList<>();
        int length = lines.get(index).text().length();
        for (Range match : matches(lines, index, query)) {
            int start = Math.max(0, match.start());
            int end = Math.min(length, match.end());
            if (start < end) {
                ranges.add(new Range(start, end));
            }
        }
        return ranges;
    }

    /** Whether a match begins on this line: where n/N stop. */
    static boolean startsOn(List<StyledLine> lines, int index, String query) {
        int length = lines.get(index).text().length();
        for (Range match : matches(lines, index, query)) {
            if (match.start() >= 0 && match.start() < length) {
                return true;
            }
        }
        return false;
    }

    /** Matches touching line {@code index}, in its coordinates (a start below 0 began on the line before). */
    private static List<Range> matches(List<StyledLine> lines, int index, String query) {
        List<Range> found = new ArrayList<>();
        int n = query.length();
        if (n == 0) {
            return found;
        }
        String line = lines.get(index).text();
        String before = continues(lines, index - 1, index) ? tail(lines.get(index - 1).text(), n - 1) : "";
        String after = continues(lines, index, index + 1) ? head(lines.get(index + 1).text(), n - 1) : "";
        // Traditional and Simplified Chinese match each other, as in every search; offsets stay those of the line.
        String joined = HanWords.fold(HanFolding.foldKeepingOffsets(before + line + after));
        String wanted = HanWords.fold(HanFolding.foldKeepingOffsets(query));
        for (int i = 0; i + n <= joined.length(); i++) {
            if (joined.regionMatches(true, i, wanted, 0, n)) {
                int start = i - before.length();
                if (start + n > 0 && start < line.length()) {
                    found.add(new Range(start, start + n));
                }
                i += n - 1;
            }
        }
        return found;
    }

    /** Two lines of one paragraph: neighbours, both with text, in the same style. */
    private static boolean continues(List<StyledLine> lines, int first, int second) {
        if (first < 0 || second >= lines.size()) {
            return false;
        }
        StyledLine a = lines.get(first);
        StyledLine b = lines.get(second);
        return a.style() == b.style() && a.style() != LineStyle.BLANK && !a.text().isBlank() && !b.text().isBlank();
    }

    private static String tail(String text, int chars) {
        return text.substring(Math.max(0, text.length() - chars));
    }

    private static String head(String text, int chars) {
        return text.substring(0, Math.min(text.length(), chars));
    }
}
