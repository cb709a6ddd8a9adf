package newsreader.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Small building blocks for {@link Property} generators: each is a {@code Function<Random, T>}, so they
 * compose with plain lambdas and stay replayable from the property's seed.
 */
public final class Generators {
    /** How often {@link #between} returns one of its bounds: off-by-one bugs live there. */
    private static final double EDGE_CHANCE = 0.05;

    private Generators() {
    }

    /** An int in {@code [min, max]}, with the bounds themselves a little more likely than the rest. */
    public static int between(Random r, int min, int max) {
        if (r.nextDouble() < EDGE_CHANCE) {
            return r.nextBoolean() ? min : max;
        }
        return min + r.nextInt(max - min + 1);
    }

    /** A generator of ints in {@code [min, max]} (see {@link #between(Random, int, int)}). */
    public static Function<Random, Integer> ints(int min, int max) {
        return r -> between(r, min, max);
    }

    /** One of {@code values}, each as likely. */
    @SafeVarargs
    public static <T> Function<Random, T> of(T... values) {
        List<T> list = List.of(values);
        return r -> list.get(r.nextInt(list.size()));
    }

    /** One code point of {@code members}, as a string, each as likely. */
    public static Function<Random, String> oneCodePointOf(String members) {
        List<String> list = members.codePoints().mapToObj(Character::toString).toList();
        return r -> list.get(r.nextInt(list.size()));
    }

    /** One of {@code generators}, each as likely. */
    @SafeVarargs
    public static <T> Function<Random, T> oneOf(Function<Random, ? extends T>... generators) {
        return r -> generators[r.nextInt(generators.length)].apply(r);
    }

    /** A generator and how often it is chosen relative to the others of a {@link #frequency}. */
    public record Weighted<T>(int weight, Function<Random, ? extends T> generator) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
        }
    }

    public static <T> Weighted<T> weight(int weight, Function<Random, ? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /** One of the weighted generators, chosen with probability proportional to its weight. */
    @SafeVarargs
    public static <T> Function<Random, T> frequency(Weighted<T>... choices) {
        int total = 0;
        for (Weighted<T> choice : choices) {
            total += choice.weight();
        }
        int sum = total;
        return r -> {
            int pick = r.nextInt(sum);
            for (Weighted<T> choice : choices) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.generator().apply(r);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    /** A string of {@code min..max} chars (length uniform), each uniform in {@code [from, to]}. */
    public static Function<Random, String> chars(char from, char to, int min, int max) {
        return r -> {
            int length = min + r.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append((char) (from + r.nextInt(to - from + 1)));
            }
            return out.toString();
        };
    }

    /** A string of {@code min..max} chars (length uniform), each one of {@code alphabet}'s chars. */
    public static Function<Random, String> charsOf(String alphabet, int min, int max) {
        return r -> {
            int length = min + r.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                out.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return out.toString();
        };
    }

    /** {@code min..max} (count uniform) strings from {@code part}, joined. */
    public static Function<Random, String> joined(Function<Random, String> part, int min, int max) {
        return r -> {
            int n = min + r.nextInt(max - min + 1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                out.append(part.apply(r));
            }
            return out.toString();
        };
    }
}
