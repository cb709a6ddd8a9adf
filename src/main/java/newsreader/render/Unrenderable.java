package newsreader.render;

/**
 * Why one post could not be shown when the JVM itself gave up on it: a post that exhausts the heap or the stack
 * while it is parsed or laid out is that post's problem, reported in one line, and every other post is still shown.
 * (The parsers get bounded input, so this is the last line of defence, not the plan.) Catching these errors is safe
 * here because everything the failed post allocated is garbage once its rendering is abandoned.
 */
public final class Unrenderable {
    private Unrenderable() {
    }

    /** The one-line reason for a post whose rendering threw {@code error}. */
    public static String reason(VirtualMachineError error) {
        return ArticleWords.spoken().unrenderable(error instanceof StackOverflowError);
    }
}
