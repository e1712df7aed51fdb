package newsgraph.extract.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KnownNames#occurrences} finds what repeated {@code indexOf} of each name finds. */
class KnownNamesTest {
    @Test
    void occurrences_agreeWithRepeatedIndexOf() {
        List<String> names = List.of("林海", "林海峰", "海峰", "周", "周明远", "明远");
        KnownNames known = new KnownNames(names);
        String alphabet = "林海峰周明远甲，";
        Random r = new Random(5);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = r.nextInt(20); i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            List<Long> expected = new ArrayList<>();
            for (int rank = 0; rank < names.size(); rank++) {
                String name = known.name(rank);
                for (int at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length())) {
                    expected.add((long) rank << 32 | at);
                }
            }
            long[] want = expected.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(want);
            assertArrayEquals(want, known.occurrences(s), s);
        }
    }
}
