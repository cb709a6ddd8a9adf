package newsreader.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsreader.testing.Property;
import org.junit.jupiter.api.Test;

class PathTableTest {
    /** A value that holds its own key, as a post holds its relative path. */
    private record Item(String path, int version) {
    }

    @Test
    void findsWhatWasPutAndForgetsWhatWasRemoved() {
        PathTable<Item> table = new PathTable<>(Item::path, 0);
        assertThat(table.put(new Item("2019/a/1.md", 1))).isNull();
        assertThat(table.put(new Item("2019/a/2.md", 1))).isNull();
        assertThat(table.put(new Item("2019/a/1.md", 2))).isEqualTo(new Item("2019/a/1.md", 1));
        assertThat(table.get("2019/a/1.md")).isEqualTo(new Item("2019/a/1.md", 2));
        assertThat(table.size()).isEqualTo(2);
        assertThat(table.remove("2019/a/2.md")).isEqualTo(new Item("2019/a/2.md", 1));
        assertThat(table.remove("2019/a/2.md")).isNull();
        assertThat(table.get("2019/a/2.md")).isNull();
        assertThat(table).containsExactly(new Item("2019/a/1.md", 2));
        table.clear();
        assertThat(table.size()).isZero();
        assertThat(table).isEmpty();
    }

    /**
     * Any sequence of puts and removes leaves the table holding what a HashMap holds: removal shifts entries back
     * within probe runs that wrap around the end of the array, and a wrong shift leaves an entry unreachable.
     */
    @Test
    void agreesWithAHashMapWhateverIsPutAndRemoved() {
        Property.forAll("path table agrees with a HashMap", 300, PathTableTest::operations, operations -> {
            PathTable<Item> table = new PathTable<>(Item::path, 0);
            Map<String, Item> expected = new HashMap<>();
            int version = 0;
            for (String operation : operations) {
                String key = operation.substring(1);
                if (operation.charAt(0) == '+') {
                    Item item = new Item(key, version++);
                    assertThat(table.put(item)).isEqualTo(expected.put(key, item));
                } else {
                    assertThat(table.remove(key)).isEqualTo(expected.remove(key));
                }
                assertThat(table.size()).isEqualTo(expected.size());
            }
            for (int k = 0; k < 64; k++) {
                String key = key(k);
                assertThat(table.get(key)).as(key).isEqualTo(expected.get(key));
            }
            List<Item> iterated = new ArrayList<>();
            table.forEach(iterated::add);
            assertThat(iterated).containsExactlyInAnyOrderElementsOf(expected.values());
        });
    }

    /** Puts and removes over 64 paths (so that runs collide and wrap), removes about a third of the time. */
    private static List<String> operations(Random random) {
        List<String> operations = new ArrayList<>();
        int count = random.nextInt(300);
        int keys = 1 + random.nextInt(64);
        for (int i = 0; i < count; i++) {
            operations.add((random.nextInt(3) == 0 ? "-" : "+") + key(random.nextInt(keys)));
        }
        return operations;
    }

    private static String key(int k) {
        return "2020/feed-" + (k % 5) + "/" + k + ".md";
    }
}
