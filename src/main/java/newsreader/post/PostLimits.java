package newsreader.post;

/**
 * How much of a post the loader is willing to read and parse: files from strangers must not exhaust memory or time.
 *
 * @param maxFileBytes        a post file larger than this is a problem, never read
 * @param maxFrontMatterChars front matter longer than this is a problem (it is never that long in a real post)
 * @param maxYamlAliases      YAML aliases allowed for collections (billion laughs)
 * @param maxNesting          nesting depth allowed in YAML, JSON and TOML front matter
 * @param maxValues           values allowed in one front matter once aliases are expanded
 */
public record PostLimits(long maxFileBytes, int maxFrontMatterChars, int maxYamlAliases, int maxNesting, int maxValues) {
    public static final PostLimits DEFAULT = new PostLimits(16L << 20, 1 << 20, 50, 50, 100_000);

    public PostLimits {
        if (maxFileBytes <= 0 || maxFrontMatterChars <= 0 || maxYamlAliases < 0 || maxNesting <= 0 || maxValues <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The text a record would make, written out: it is part of the metadata cache's context, so it must not change,
     * and the record's own {@code toString} is built at its first call from method handles, about 5 ms of a
     * {@code list}'s start for one string (measured with a sampling profiler).
     */
    @Override
    public String toString() {
        // a StringBuilder, not '+': each '+' is also made from method handles at its first call
        return new StringBuilder("PostLimits[maxFileBytes=").append(maxFileBytes)
                .append(", maxFrontMatterChars=").append(maxFrontMatterChars)
                .append(", maxYamlAliases=").append(maxYamlAliases)
                .append(", maxNesting=").append(maxNesting)
                .append(", maxValues=").append(maxValues).append(']').toString();
    }
}
