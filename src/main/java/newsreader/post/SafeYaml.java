package newsreader.post;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Loads YAML front matter safely: SnakeYAML's safe constructor only (no global tags, nothing instantiated), limits on
 * aliases, nesting and size, duplicate keys allowed (the last wins, as in Hexo).
 */
final class SafeYaml implements FrontMatterLoader {
    private final PostLimits limits;
    /**
     * One Yaml per thread: SnakeYAML instances are not thread-safe and scans run in parallel, but building one (its
     * resolver, constructor and representer tables) cost more than loading a typical front matter. A Yaml may load
     * document after document; it clears its per-document state even when a load fails.
     */
    private final ThreadLocal<Yaml> yamlOfThread;
    private final SimpleYaml simpleYaml = new SimpleYaml();

    SafeYaml(PostLimits limits) {
        this.limits = limits;
        this.yamlOfThread = ThreadLocal.withInitial(this::newYaml);
    }

    private Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setNestingDepthLimit(limits.maxNesting());
        options.setCodePointLimit(limits.maxFrontMatterChars() + 1);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new HexoLikeResolver());
    }

    @Override
    public Map<String, Object> load(String content, int firstLine) throws PostException {
        Map<String, Object> simple = simpleYaml.read(content);
        if (simple != null) {
            return FieldValues.fieldsOf(simple, limits);
        }
        return loadWithSnakeYaml(content, firstLine);
    }

    /** Always through SnakeYAML: what {@link SimpleYaml} must agree with. */
    Map<String, Object> loadWithSnakeYaml(String content, int firstLine) throws PostException {
        Yaml yaml = yamlOfThread.get();
        Object loaded;
        try {
            loaded = yaml.load(content);
        } catch (MarkedYAMLException e) {
            throw new PostException(reason(e, firstLine), e);
        } catch (ReaderException e) {
            throw new PostException(reason(e, content, firstLine), e);
        } catch (YAMLException | IllegalArgumentException e) {
            throw new PostException(ProblemReason.of("yaml.error", OneLine.of(e.getMessage())), e);
        } catch (StackOverflowError e) {
            yamlOfThread.remove(); // thrown from anywhere inside: do not trust its state again
            throw new PostException(ProblemReason.of("yaml.nested"));
        } catch (RuntimeException e) {
            yamlOfThread.remove();
            throw e;
        }
        return FieldValues.fieldsOf(loaded, limits);
    }

    /** YAML refuses control characters (an ESC in a title, say): name the character and its line. */
    private static ProblemReason reason(ReaderException e, String content, int firstLine) {
        int end = content.offsetByCodePoints(0, Math.min(e.getPosition(), content.codePointCount(0, content.length())));
        int line = firstLine + (int) content.substring(0, end).chars().filter(c -> c == '\n').count();
        return ProblemReason.of("yaml.character", line, String.format("%04X", e.getCodePoint()));
    }

    private static ProblemReason reason(MarkedYAMLException e, int firstLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return mark == null ? ProblemReason.of("yaml.error", OneLine.of(problem))
                : ProblemReason.of("yaml.error.at", firstLine + mark.getLine(), OneLine.of(problem));
    }
}
