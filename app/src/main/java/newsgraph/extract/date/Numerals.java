package newsgraph.extract.date;

/** Small numbers written in digits or in Chinese numerals (十三, 三十, 九十五, 一百, 一百零一, 百, 一千零六十四). */
final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    /** The value of {@code s}, or -1 when it is not such a number. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(s.charAt(0))) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }
}
