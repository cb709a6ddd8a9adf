package newsreader.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that starts real processes: newsreader itself in a new JVM (also under tmux, ssh or script), or a
 * JVM killed on purpose. They are the slow part of the suite, and the part a quick run leaves out with
 * {@code mvn test -DexcludedGroups=end-to-end}. (Tests that merely run a helper program beside in-process code, such
 * as w3m for a comparison or a fake image viewer, are not marked.)
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(EndToEnd.TAG)
public @interface EndToEnd {
    String TAG = "end-to-end";
}
