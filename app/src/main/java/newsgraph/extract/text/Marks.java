package newsgraph.extract.text;

/** Character-level helpers for the recognizers' hot loops, where a regex per call showed in profiles. Stateless. */
public final class Marks {
    private Marks() {
    }

    /**
     * {@code s} without any of the characters of {@code marks}: what {@code s.replaceAll("[" + marks +
     * "]", "")} gives (for marks without regex meaning), without compiling a pattern per call, and
     * {@code s} itself when it holds none.
     */
    public static String without(String s, String marks) {
        int i = 0;
        while (i < s.length() && marks.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (marks.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
