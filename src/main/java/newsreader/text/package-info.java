/**
 * Text for the terminal, by the rules of {@code cjk-typography.md}: the one width function
 * ({@link newsreader.text.CellWidth}), grapheme clusters ({@link newsreader.text.Graphemes}), UAX #14
 * break opportunities ({@link newsreader.text.LineBreakRules}), paragraph wrapping with kinsoku
 * ({@link newsreader.text.LineWrapper}, lines as {@link newsreader.text.TextLine} offsets), folding of
 * preformatted text ({@link newsreader.text.Preformatted}), truncation for columns
 * ({@link newsreader.text.Truncation}), cleaning of untrusted text ({@link newsreader.text.SafeText}) and byte
 * counts in messages ({@link newsreader.text.Sizes}).
 * Everything here is immutable and thread-safe; ICU4J 78.1 (Unicode 17) supplies the Unicode data.
 *
 * <h2>Deliberate deviations, each pinned by a test</h2>
 * <ul>
 *   <li>Widths: a control character other than TAB takes 0 cells (it never reaches the terminal),
 *       TAB 1. Besides the emoji the spec lists, skin-tone modifier sequences and keycaps take 2
 *       cells, like ZWJ sequences. A prepended format character (U+0600…) is looked past to find
 *       the base.</li>
 *   <li>Width below one cluster: a cluster wider than the whole line (a wide character at width 1)
 *       becomes a line of its own showing {@link newsreader.text.TextLine#PLACEHOLDER} (U+25AF, one
 *       cell); the line's offsets still name the cluster, so nothing is lost and nothing overflows.
 *       Preformatted folding does the same, and shortens its {@code ↪ } marker below 4 cells.</li>
 *   <li>Kinsoku is judged on the printed characters either side of a break, looking through the
 *       spaces that hang there. When no cut that fits can keep it (a long run of {@code 。}), the
 *       line ends at the last cluster that fits: the width wins.</li>
 *   <li>The ideographic space U+3000 hangs at a break like U+0020 (as CSS hangs it at a line end)
 *       and no line but a paragraph's first starts with one, so a wrapped line never shows a false
 *       indent; a paragraph's leading ideographic spaces, its indentation, are kept.</li>
 *   <li>Korean keeps its words whole, as CSS {@code word-break: keep-all} (what most Korean sites use)
 *       and Korean typography do: the strict rules the wrapper uses take out UAX #14's break
 *       between two Hangul characters (syllables and jamo), and between Hangul and an adjacent
 *       Latin letter or digit ({@code 3월}, {@code AI가}), so Korean breaks at its spaces. A word
 *       wider than the line still breaks at the last cluster that fits. The untailored rules, which
 *       the conformance test checks, are unchanged.</li>
 *   <li>Latin technical words are kept whole when the line can take them ({@link newsreader.text.TechnicalWords}):
 *       the strict rules the wrapper uses take out UAX #14's breaks inside tokens holding {@code ++}, {@code ->},
 *       {@code =>}, {@code ::}, a {@code #}-word or a version number, inside hyphenated words of at most 15 cells,
 *       and between a list number written in running text and its item; they are kept as fallbacks for a line
 *       that has no other opportunity (a word wider than the line breaks after its hyphen or arrow, never inside
 *       {@code ++}). Over {@code LineBreakTest} this departs from three cases ({@code Excusez-moi} twice,
 *       {@code Donne-lui}), named in {@code TechnicalWordsTest}; the conformance test checks the untailored rules and
 *       skips none. Folds of preformatted text keep kinsoku where a character beside the fold is not ASCII (CJK
 *       prose in a {@code <pre>}); code keeps its hard folds.</li>
 *   <li>Conformance data: the shared {@code EastAsianWidth.json} and {@code emoji-data.json} lack
 *       the characters new in Unicode 17.0 and list 689 non-emoji symbols as Extended_Pictographic
 *       that ICU 78.1 (Unicode 17) does not; ICU's values are used. ICU's line rules keep a
 *       word-initial hyphen with the following letter (its documented rule 20.9), which differs from
 *       four cases of {@code LineBreakTest}; one case of {@code GraphemeBreakTest} (U+2701 ZWJ
 *       U+2701) follows from the pictographic change.</li>
 * </ul>
 */
package newsreader.text;
