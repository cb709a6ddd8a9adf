package newsreader.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a wrapped text against cjk-typography.md §2 from first principles, independently of how
 * {@link LineWrapper} works: its own copy of the kinsoku sets, and brute force over every cut.
 * Each method returns the problems it found, empty when the layout is right.
 */
final class LayoutOracle {
    // Copied from the spec, not from Kinsoku, so that a typo there cannot hide here.
    static final String NO_LINE_START =
            "、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»…‥ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ・:;,.!?)]}";
    static final String NO_LINE_END = "（［｛〔〈《「『【〘〖〝‘“｟«([{";
    // Between lines only hanging spaces (U+0020, U+3000) and one newline may go missing.
    private static final Pattern GAP = Pattern.compile("[ \u3000]*\n?");

    private final String text;
    private final List<TextLine> lines;
    private final int width;
    private final CellWidth widths;
    private final int[] bounds;
    private LineBreakRules.Opportunities opportunities;

    LayoutOracle(String text, List<TextLine> lines, int width, CellWidth widths) {
        this.text = text;
        this.lines = lines;
        this.width = width;
        this.widths = widths;
        this.bounds = Graphemes.boundaries(text);
    }

    /** Lines wider than the width, or whose stated width is not what they show. */
    List<String> overflow() {
        List<String> problems = new ArrayList<>();
        for (TextLine line : lines) {
            int shown = widths.of(line.of(text));
            if (shown != line.width() || shown > width) {
                problems.add(describe(line) + " shows " + shown + " cells, says " + line.width());
            }
        }
        return problems;
    }

    /** Lines that start or end inside a grapheme cluster. */
    List<String> splitClusters() {
        List<String> problems = new ArrayList<>();
        for (TextLine line : lines) {
            if (!isBoundary(line.start()) || !isBoundary(line.end())) {
                problems.add(describe(line) + " cuts a cluster");
            }
        }
        return problems;
    }

    /**
     * Text lost, added or reordered: between lines (and after the last) only spaces and at most one
     * newline may go missing, lines come in order, and a placeholder line stands for one cluster.
     */
    List<String> loss() {
        List<String> problems = new ArrayList<>();
        int position = 0;
        for (TextLine line : lines) {
            if (line.start() < position || line.end() < line.start()) {
                problems.add(describe(line) + " out of order");
                return problems;
            }
            String gap = text.substring(position, line.start());
            if (!GAP.matcher(gap).matches()) {
                problems.add("dropped " + escape(gap) + " before " + describe(line));
            }
            if (line.placeholder() && Graphemes.clusters(line.source(text)).size() != 1) {
                problems.add(describe(line) + " hides more than one cluster");
            }
            position = line.end();
        }
        String rest = text.substring(position);
        if (!GAP.matcher(rest).matches()) {
            problems.add("dropped " + escape(rest) + " at the end");
        }
        return problems;
    }

    /**
     * Spaces (U+0020 and U+3000 clusters) printed at a break: no line ends with one, and only a paragraph's
     * first line starts with one.
     */
    List<String> printedBreakSpaces() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String source = line.source(text);
            boolean paragraphStart = line.start() == 0 || text.charAt(line.start() - 1) == '\n';
            List<String> clusters = Graphemes.clusters(source);
            if (clusters.isEmpty()) {
                continue;
            }
            // A space carrying a combining mark is one printed cluster, not a space.
            boolean endsWithSpace = isSpace(clusters.get(clusters.size() - 1));
            if (endsWithSpace || (!paragraphStart && isSpace(clusters.get(0)))) {
                problems.add(describe(line) + " prints a space at a break");
            }
        }
        return problems;
    }

    /** Every break between two printed lines of one paragraph that kinsoku forbids, avoidable or not. */
    List<String> kinsokuViolations() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = lines.get(i + 1);
            if (inOneParagraph(line, next) && violatesAt(next.start(), line.start())) {
                problems.add("kinsoku broken between " + describe(line) + " and " + describe(next));
            }
        }
        return problems;
    }

    /**
     * Kinsoku breaks between two lines of one paragraph that both print something, unless no cut
     * could have kept the rules: every cut after the line's first printed cluster breaks them too,
     * and the line could not have reached its next cluster.
     */
    List<String> avoidableKinsokuViolations() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = lines.get(i + 1);
            boolean sameParagraph = text.substring(line.end(), next.start()).indexOf('\n') < 0;
            if (!sameParagraph || line.start() == line.end() || next.start() == next.end()) {
                continue;
            }
            if (!violatesAt(next.start(), line.start())) {
                continue;
            }
            int nextClusterEnd = bounds[Arrays.binarySearch(bounds, next.start()) + 1];
            boolean couldGrow = widths.of(text.substring(line.start(), nextClusterEnd)) <= width;
            boolean saferCutExisted = false;
            for (int b : bounds) {
                if (b > line.start() && b <= line.end() && hasPrinted(line.start(), b) && !violatesAt(b, line.start())) {
                    saferCutExisted = true;
                }
            }
            if (couldGrow || saferCutExisted) {
                problems.add("kinsoku broken between " + describe(line) + " and " + describe(next)
                        + (couldGrow ? " though the line could grow" : " though a safe cut existed"));
            }
        }
        return problems;
    }

    /**
     * Lines cut between the clusters of a word although a UAX #14 (strict) break opportunity that
     * kinsoku allows lay within the line: an emergency break is for runs that cannot fit otherwise.
     * Likewise a line cut at a fallback inside a word kept whole though a regular opportunity lay within it.
     */
    List<String> avoidableEmergencyBreaks() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = lines.get(i + 1);
            if (!inOneParagraph(line, next) || isOpportunity(next.start())) {
                continue;
            }
            boolean atFallback = isFallback(next.start());
            for (int b : bounds) {
                boolean better = atFallback ? isBreakBetweenWords(b) : isBreakBetweenWords(b) || isFallbackBetweenWords(b);
                if (b > line.start() && b <= line.end() && better && hasPrinted(line.start(), b)
                        && !violatesAt(b, line.start())) {
                    problems.add(describe(line) + " broken inside a run though it could break at " + b);
                    break;
                }
            }
        }
        return problems;
    }

    /**
     * Lines that stop short: a later cut in the paragraph would still fit and keep kinsoku (for a
     * break at an opportunity, a later opportunity or the paragraph end; for an emergency break, any
     * later cluster boundary).
     */
    List<String> lazyLines() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = lines.get(i + 1);
            if (!inOneParagraph(line, next) || line.placeholder()) {
                continue;
            }
            boolean atFallback = !isOpportunity(next.start()) && isFallback(next.start());
            boolean emergency = !isOpportunity(next.start()) && !atFallback;
            int paragraphEnd = text.indexOf('\n', next.start());
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            for (int b : bounds) {
                if (b <= next.start() || b > paragraphEnd) {
                    continue;
                }
                boolean candidate = b == paragraphEnd || emergency || isBreakBetweenWords(b)
                        || (atFallback && isFallbackBetweenWords(b));
                if (candidate && (b == paragraphEnd || !violatesAt(b, line.start()))
                        && widths.of(trimmed(line.start(), b)) <= width) {
                    problems.add(describe(line) + " stops short: it could end at " + b);
                    break;
                }
            }
        }
        return problems;
    }

    private boolean inOneParagraph(TextLine line, TextLine next) {
        return text.substring(line.end(), next.start()).indexOf('\n') < 0
                && line.start() != line.end() && next.start() != next.end();
    }

    /** A UAX #14 opportunity that is not before a space (which would start the next line with it). */
    private boolean isBreakBetweenWords(int offset) {
        int index = Arrays.binarySearch(bounds, offset);
        return isOpportunity(offset) && !(index + 1 < bounds.length && isSpaceCluster(index));
    }

    /** A fallback of the Latin tailoring that is not before a space. */
    private boolean isFallbackBetweenWords(int offset) {
        int index = Arrays.binarySearch(bounds, offset);
        return index >= 0 && isFallback(offset) && !(index + 1 < bounds.length && isSpaceCluster(index));
    }

    private boolean isOpportunity(int offset) {
        return Arrays.binarySearch(found().regular(), offset) >= 0;
    }

    /** A break inside a word kept whole, allowed only on a line with no regular opportunity. */
    private boolean isFallback(int offset) {
        return Arrays.binarySearch(found().fallbacks(), offset) >= 0;
    }

    private LineBreakRules.Opportunities found() {
        if (opportunities == null) {
            opportunities = LineBreakRules.STRICT.find(text);
        }
        return opportunities;
    }

    /** The text between two boundaries without its trailing space clusters. */
    private String trimmed(int from, int to) {
        int k = Arrays.binarySearch(bounds, to);
        while (bounds[k] > from && isSpaceCluster(k - 1)) {
            k--;
        }
        return text.substring(from, bounds[k]);
    }

    /** Re-wrapping a line alone at the same width must give that line back, unchanged. */
    List<String> unstableLines(LineWrapper wrapper) {
        List<String> problems = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.start() == line.end()) {
                continue;
            }
            String source = line.source(text);
            List<TextLine> again = wrapper.wrap(source, width);
            TextLine expected = new TextLine(0, source.length(), line.width(), line.placeholder());
            if (!again.equals(List.of(expected))) {
                problems.add(describe(line) + " re-wraps as " + again);
            }
        }
        return problems;
    }

    /**
     * Whether a break before offset {@code cut} (a cluster boundary) breaks kinsoku, judging the
     * clusters on either side and looking through space clusters.
     */
    private boolean violatesAt(int cut, int lineStart) {
        int before = Arrays.binarySearch(bounds, cut);
        while (bounds[before] > lineStart && isSpaceCluster(before - 1)) {
            before--;
        }
        int after = Arrays.binarySearch(bounds, cut);
        while (after + 1 < bounds.length && isSpaceCluster(after)) {
            after++;
        }
        if (bounds[before] == lineStart || after + 1 == bounds.length || text.charAt(bounds[after]) == '\n') {
            return false;
        }
        int last = text.codePointAt(bounds[before - 1]);
        int first = text.codePointAt(bounds[after]);
        boolean pair = before == after && ((last == '—' && first == '—') || (last == '…' && first == '…'));
        return NO_LINE_END.indexOf(last) >= 0 || NO_LINE_START.indexOf(first) >= 0 || pair;
    }

    private boolean isSpaceCluster(int index) {
        char c = text.charAt(bounds[index]);
        return bounds[index + 1] - bounds[index] == 1 && (c == ' ' || c == '\u3000');
    }

    /** Whether clusters between the boundaries {@code from} and {@code to} include one that is not a space. */
    private boolean hasPrinted(int from, int to) {
        for (int k = Arrays.binarySearch(bounds, from); bounds[k] < to; k++) {
            if (!isSpaceCluster(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(String cluster) {
        return cluster.equals(" ") || cluster.equals("\u3000");
    }

    private boolean isBoundary(int offset) {
        return Arrays.binarySearch(bounds, offset) >= 0;
    }

    private String describe(TextLine line) {
        return line + " " + escape(line.source(text));
    }

    private static String escape(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
