package newsreader.cache;

import java.lang.reflect.Field;
import java.nio.ByteBuffer;

/**
 * Frees a buffer allocated outside the heap at once. Java offers no public way; {@code sun.misc.Unsafe} (module
 * {@code jdk.unsupported}, which the launchers and the runtime image carry) does, for buffers that are no slice of
 * another. Where it is missing the buffer is left to the collector, as before.
 */
final class DirectBuffers {
    private DirectBuffers() {
    }

    /** The caller must never touch {@code buffer} again: reading freed memory would crash the JVM. */
    static void free(ByteBuffer buffer) {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            ((sun.misc.Unsafe) field.get(null)).invokeCleaner(buffer);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // left to the garbage collector
        }
    }
}
