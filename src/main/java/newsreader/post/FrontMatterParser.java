package newsreader.post;

import java.util.Map;
import newsreader.text.Sizes;

/** Parses the front matter the splitter found, in the language its delimiters name. */
final class FrontMatterParser {
    /** The fields of a post and where its body starts in the text. */
    record Parsed(Map<String, Object> fields, int bodyStart) {
        static final Parsed NONE = new Parsed(Map.of(), 0);
    }

    private final PostLimits limits;
    private final FrontMatterLoader yaml;
    // JSON and TOML front matter are rare, and their loaders bring hundreds of Jackson classes: made when first needed
    private volatile FrontMatterLoader json;
    private volatile FrontMatterLoader toml;

    FrontMatterParser(PostLimits limits) {
        this.limits = limits;
        this.yaml = new SafeYaml(limits);
    }

    /**
     * A headless candidate (no opening line) that is too long, does not parse or is not a set of fields was never
     * front matter: the post simply has none. A delimited front matter with the same faults is a problem.
     */
    Parsed parse(FrontMatterSplitter.Found found) throws PostException {
        if (found.content().length() > limits.maxFrontMatterChars()) {
            if (!found.delimited()) {
                return Parsed.NONE;
            }
            throw tooLarge(limits.maxFrontMatterChars());
        }
        try {
            String content = StrayControls.marked(found.content()); // a post is never lost for a stray byte
            return new Parsed(loader(found.syntax()).load(content, found.firstLine()), found.bodyStart());
        } catch (PostException e) {
            if (!found.delimited()) {
                return Parsed.NONE;
            }
            throw e;
        }
    }

    static PostException tooLarge(int maxFrontMatterChars) {
        return new PostException(ProblemReason.of("front-matter.too-large", Sizes.bytes(maxFrontMatterChars)));
    }

    private FrontMatterLoader loader(FrontMatterSyntax syntax) {
        return switch (syntax) {
            case YAML -> yaml;
            case JSON -> json != null ? json : (json = new JsonFrontMatter(limits));
            case TOML -> toml != null ? toml : (toml = new TomlFrontMatter(limits));
        };
    }
}
