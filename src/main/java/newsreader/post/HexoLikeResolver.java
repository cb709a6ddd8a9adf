package newsreader.post;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads scalars the way Hexo (js-yaml, YAML 1.2) does rather than as YAML 1.1: an unquoted date stays text, so that
 * a date without a zone can be read as local time instead of UTC; {@code yes}/{@code no}/{@code on}/{@code off}
 * stay words; {@code 11:06} is not the sexagesimal number 666.
 */
final class HexoLikeResolver extends Resolver {
    private static final Pattern TRUE_OR_FALSE = Pattern.compile("true|True|TRUE|false|False|FALSE");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        Tag tag = super.resolve(kind, value, implicit);
        if (!implicit || kind != NodeId.scalar) {
            return tag;
        }
        if (Tag.TIMESTAMP.equals(tag)
                || Tag.BOOL.equals(tag) && !TRUE_OR_FALSE.matcher(value).matches()
                || Tag.INT.equals(tag) && value.indexOf(':') >= 0
                || Tag.FLOAT.equals(tag) && value.indexOf(':') >= 0) {
            return Tag.STR;
        }
        return tag;
    }
}
