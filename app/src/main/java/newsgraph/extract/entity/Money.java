package newsgraph.extract.entity;

import java.math.BigDecimal;

/** Amounts of money written as 100亿元, 3.2亿元, 32819.1万元, 5000元: normalised to yuan. */
public final class Money {
    private Money() {}

    /** Yuan for a number and a unit (亿, 万, 千万, 百万, or empty), or null when unreadable. */
    public static Long toYuan(String number, String unit) {
        try {
            BigDecimal n = new BigDecimal(number);
            BigDecimal m = switch (unit == null ? "" : unit) {
                case "亿" -> new BigDecimal("100000000");
                case "千万" -> new BigDecimal("10000000");
                case "百万" -> new BigDecimal("1000000");
                case "万" -> new BigDecimal("10000");
                case "" -> BigDecimal.ONE;
                default -> null;
            };
            if (m == null) {
                return null;
            }
            return n.multiply(m).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
