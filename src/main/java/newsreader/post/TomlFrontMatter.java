package newsreader.post;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.util.Map;

/** Loads Hugo's TOML front matter; TOML dates stay text here and are read by {@link DateReader} like any other. */
final class TomlFrontMatter implements FrontMatterLoader {
    private final PostLimits limits;
    private final TomlMapper mapper;

    TomlFrontMatter(PostLimits limits) {
        this.limits = limits;
        TomlFactory factory = TomlFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNesting())
                        .maxStringLength(limits.maxFrontMatterChars())
                        .build())
                .build();
        this.mapper = new TomlMapper(factory);
    }

    @Override
    public Map<String, Object> load(String content, int firstLine) throws PostException {
        try {
            return FieldValues.fieldsOf(mapper.readValue(content, Object.class), limits);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String detail = OneLine.of(e.getOriginalMessage());
            throw new PostException(where == null || where.getLineNr() < 1 ? ProblemReason.of("toml.error", detail)
                    : ProblemReason.of("toml.error.at", firstLine + where.getLineNr() - 1, detail), e);
        } catch (StackOverflowError e) {
            throw new PostException(ProblemReason.of("toml.nested"));
        }
    }
}
