package newsreader.post;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Loads Hexo's JSON front matter. Hexo writes the fields without the surrounding braces ({@code "title": "x",} lines
 * then {@code ;;;}); a whole JSON object is accepted too.
 */
final class JsonFrontMatter implements FrontMatterLoader {
    private final PostLimits limits;
    private final ObjectMapper mapper;

    JsonFrontMatter(PostLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNesting())
                        .maxStringLength(limits.maxFrontMatterChars())
                        .build())
                .build();
        // ObjectMapper is thread-safe once configured.
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public Map<String, Object> load(String content, int firstLine) throws PostException {
        String json = content.strip().startsWith("{") ? content : "{" + content + "\n}";
        try {
            return FieldValues.fieldsOf(mapper.readValue(json, Object.class), limits);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String detail = OneLine.of(e.getOriginalMessage());
            throw new PostException(where == null || where.getLineNr() < 1 ? ProblemReason.of("json.error", detail)
                    : ProblemReason.of("json.error.at", firstLine + where.getLineNr() - 1, detail), e);
        }
    }
}
