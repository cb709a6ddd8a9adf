package newsreader.testing;

import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test runner: draws many inputs from seeded random generators, checks each, and on a failure
 * names the seed and the input (shrunk where a shrinker is given) so that the case can be replayed.
 *
 * <p>The number of tries scales with the system property {@code newsreader.tries} (a multiplier, default 1), so
 * that CI runs a bounded budget and a long fuzz run is one flag away: {@code mvn test -Dnewsreader.tries=100}.
 * {@code -Dnewsreader.seed=N} replays one seed.
 */
public final class Property {
    private static final long BASE_SEED = 0x6e657773L; // "news"

    private Property() {
    }

    /** How many tries a property with {@code base} tries gets in this run. */
    public static int tries(int base) {
        double factor = Double.parseDouble(System.getProperty("newsreader.tries", "1"));
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(base * factor)));
    }

    /** Checks {@code check} on {@code tries(base)} inputs made by {@code generator}. */
    public static <T> void forAll(String name, int base, Function<Random, T> generator, Consumer<T> check) {
        forAll(name, base, generator, check, null);
    }

    /**
     * As {@link #forAll(String, int, Function, Consumer)}, shrinking a failing input with {@code shrinker}
     * (which returns smaller candidates of an input) before reporting it.
     */
    public static <T> void forAll(String name, int base, Function<Random, T> generator, Consumer<T> check, Shrinker<T> shrinker) {
        String replay = System.getProperty("newsreader.seed");
        int n = replay != null ? 1 : tries(base);
        for (int i = 0; i < n; i++) {
            long seed = replay != null ? Long.parseLong(replay) : BASE_SEED + name.hashCode() * 31L + i;
            T input = generator.apply(random(seed));
            Throwable failure = failureOf(check, input);
            if (failure != null) {
                T smallest = shrinker == null ? input : shrink(input, check, shrinker);
                throw new AssertionError("property '" + name + "' failed on try " + (i + 1) + " of " + n
                        + " (replay with -Dnewsreader.seed=" + seed + ")\ninput: " + describe(smallest)
                        + "\nfailure: " + failureOf(check, smallest), failureOf(check, smallest));
            }
        }
    }

    /**
     * The generator's source for one seed. The seeds of a run are consecutive numbers, and
     * {@code java.util.Random}'s first outputs for consecutive seeds are nearly equal (the first
     * {@code nextDouble()} of 500 of them all fell below 0.2), so the seed is scrambled first
     * (SplitMix64's finalizer) to make tries independent. The reported seed is the unscrambled one.
     */
    static Random random(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** Smaller candidates of a failing input, tried in order; the first that still fails is kept. */
    @FunctionalInterface
    public interface Shrinker<T> {
        Iterable<T> candidates(T input);
    }

    /** Shrinks strings by cutting halves, quarters, … out of them. */
    public static Shrinker<String> strings() {
        return input -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            for (int size = input.length() / 2; size >= 1; size /= 2) {
                for (int start = 0; start + size <= input.length(); start += size) {
                    String cut = input.substring(0, start) + input.substring(start + size);
                    // Never leave a lone surrogate: a shrunk case must still be valid text.
                    if (!cut.isEmpty() && !hasLoneSurrogate(cut)) {
                        out.add(cut);
                    }
                }
            }
            return out;
        };
    }

    /**
     * Shrinks the text of a compound input (a text with a width, say) with {@link #strings()}, keeping
     * the other parts: {@code text} reads the text out of an input, {@code withText} makes a copy with
     * another text.
     */
    public static <T> Shrinker<T> byText(Function<T, String> text, BiFunction<T, String, T> withText) {
        Shrinker<String> strings = strings();
        return input -> {
            java.util.List<T> out = new java.util.ArrayList<>();
            for (String smaller : strings.candidates(text.apply(input))) {
                out.add(withText.apply(input, smaller));
            }
            return out;
        };
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T shrink(T input, Consumer<T> check, Shrinker<T> shrinker) {
        T current = input;
        boolean progress = true;
        for (int rounds = 0; progress && rounds < 1000; rounds++) {
            progress = false;
            for (T candidate : shrinker.candidates(current)) {
                if (failureOf(check, candidate) != null) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static <T> Throwable failureOf(Consumer<T> check, T input) {
        try {
            check.accept(input);
            return null;
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            return e;
        }
    }

    private static String describe(Object input) {
        if (input instanceof String s) {
            StringBuilder out = new StringBuilder("\"");
            s.codePoints().forEach(cp -> {
                if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || Character.getType(cp) == Character.FORMAT) {
                    out.append(String.format("\\u%04x", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.append("\" (").append(s.length()).append(" chars)").toString();
        }
        if (input instanceof Record record) {
            return describeRecord(record);
        }
        return String.valueOf(input);
    }

    /** A record's components, each described as above, so that a text inside one shows its controls too. */
    private static String describeRecord(Record record) {
        StringBuilder out = new StringBuilder(record.getClass().getSimpleName()).append('[');
        java.lang.reflect.RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
            try {
                java.lang.reflect.Method accessor = components[i].getAccessor();
                accessor.setAccessible(true); // test records are usually package-private
                out.append(describe(accessor.invoke(record)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                return String.valueOf(record);
            }
        }
        return out.append(']').toString();
    }
}
