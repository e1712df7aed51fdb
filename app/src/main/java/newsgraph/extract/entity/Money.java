package newsgraph.extract.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import newsgraph.extract.lexicon.Lexicon;

/**
 * Amounts of money written as 100亿元, 3.2亿元, 32819.1万元, 5000元: normalised to yuan. The
 * magnitudes (亿, 万…) and their values are in {@code money-units.tsv}.
 */
public final class Money {
    private static final Lexicon UNITS = Lexicon.load("money-units.tsv");

    private Money() {}

    /** The magnitudes as a regex alternation, longest first, without a group: 千万|百万|亿|万|千. */
    public static String units() {
        List<String> keys = new ArrayList<>(UNITS.keysLongestFirst());
        return String.join("|", keys);
    }

    /** Yuan for a number and a magnitude of {@code money-units.tsv} (or empty), or null when unreadable. */
    public static Long toYuan(String number, String unit) {
        try {
            BigDecimal n = new BigDecimal(number);
            BigDecimal m;
            if (unit == null || unit.isEmpty()) {
                m = BigDecimal.ONE;
            } else if (UNITS.contains(unit)) {
                m = new BigDecimal(UNITS.value(unit, 1));
            } else {
                return null;
            }
            return n.multiply(m).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
