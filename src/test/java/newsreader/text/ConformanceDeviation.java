package newsreader.text;

import java.util.List;

/**
 * A conformance case where we knowingly differ from the file: what we produce instead and why. The
 * tests assert the deviation itself, so the list fails loudly once it is no longer true.
 */
record ConformanceDeviation(String line, List<Integer> actualBreaks, String reason) {
}
