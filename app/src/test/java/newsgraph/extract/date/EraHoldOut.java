package newsgraph.extract.date;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsgraph.extract.lexicon.Lexicon;

/**
 * A hold-out check of the era clues on articles whose date is known without them (a metadata line,
 * a page header or the file name): for every marker of {@code era-markers.tsv} an article names, the
 * window the marker's sentence alone leaves (when the marker changes it: blanked out, the sentence
 * leaves another) is compared with the article's date, as if no date were given. Per marker: right (the window holds the date and leaves one year for its month and
 * day), undecided (holds it, more than one year; or the clues contradict each other and leave none),
 * wrong (the window excludes the date). The whole
 * text's window is counted the same way under {@code (whole text)}. Run as a main over folders
 * ({@code java -cp newsgraph.jar:test-classes newsgraph.extract.date.EraHoldOut DIR…}, with
 * {@code -v} to print every wrong window) or from {@link EraHoldOutTest}.
 */
final class EraHoldOut {
    /** Counts for one marker. */
    static final class Tally {
        int right;
        int undecided;
        int wrong;
        final List<String> wrongs = new ArrayList<>();
    }

    private final EraClues era = EraClues.load();
    private final Lexicon markers = Lexicon.load("era-markers.tsv");
    private final DateResolver dates = new DateResolver();
    final Map<String, Tally> byMarker = new TreeMap<>();
    int dated;
    int undated;

    void read(Path file) throws IOException {
        String text = DateResolver.asciiDigits(Files.readString(file, StandardCharsets.UTF_8));
        LocalDate known = dates.pageDate(text);
        if (known == null) {
            known = dates.fileDate(file.getFileName().toString());
        }
        if (known == null) {
            undated++;
            return;
        }
        dated++;
        boolean any = false;
        java.util.Set<String> seen = new java.util.HashSet<>(); // a marker counts once per sentence
        for (int i = 0; i < text.length(); i++) {
            String key = markers.longestAt(text, i);
            if (key == null) {
                continue;
            }
            int end = i + key.length();
            String sentence = text.substring(sentenceStart(text, i), sentenceEnd(text, end));
            EraClues.Window w = era.window(sentence);
            // the marker's own clue: its sentence's window changes when the marker is blanked out
            String without = sentence.replace(key, "＿".repeat(key.length()));
            if (!w.equals(era.window(without)) && seen.add(key + "\u0000" + sentence)) {
                any = true;
                count(markers.value(key, 1) + " " + key, w, known, file, sentence);
            }
            i = end - 1;
        }
        if (any) {
            count("(whole text)", era.window(text), known, file, "");
        }
    }

    private void count(String label, EraClues.Window w, LocalDate known, Path file, String sentence) {
        Tally t = byMarker.computeIfAbsent(label, k -> new Tally());
        if (w.empty()) {
            t.undecided++; // clues that contradict each other give no year
        } else if (!w.contains(known)) {
            t.wrong++;
            t.wrongs.add(file.getFileName() + " " + known + " " + w + " " + sentence);
        } else if (w.bounded() && candidates(w, known) == 1) {
            t.right++;
        } else {
            t.undecided++;
        }
    }

    /** How many years put the month and day of {@code d} inside the bounded window {@code w}. */
    private static int candidates(EraClues.Window w, LocalDate d) {
        int n = 0;
        for (int y = w.from().getYear(); y <= w.to().getYear(); y++) {
            try {
                if (w.contains(LocalDate.of(y, d.getMonthValue(), d.getDayOfMonth()))) {
                    n++;
                }
            } catch (DateTimeException e) {
                // 29 February of a common year
            }
        }
        return n;
    }

    private static boolean stop(char c) {
        return c == '。' || c == '！' || c == '？' || c == '\n';
    }

    private static int sentenceStart(String text, int pos) {
        int s = pos;
        while (s > 0 && pos - s < 200 && !stop(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    private static int sentenceEnd(String text, int pos) {
        int e = pos;
        while (e < text.length() && e - pos < 200 && !stop(text.charAt(e))) {
            e++;
        }
        return e;
    }

    String table() {
        StringBuilder sb = new StringBuilder("articles with a known date: " + dated + " (without: " + undated + ")\n");
        sb.append(String.format("%-40s %6s %9s %6s%n", "marker", "right", "undecided", "wrong"));
        byMarker.forEach((k, t) -> sb.append(String.format("%-40s %6d %9d %6d%n", k, t.right, t.undecided, t.wrong)));
        return sb.toString();
    }

    public static void main(String... args) throws IOException {
        EraHoldOut h = new EraHoldOut();
        boolean verbose = false;
        for (String a : args) {
            if (a.equals("-v")) {
                verbose = true;
                continue;
            }
            try (Stream<Path> files = Files.walk(Path.of(a))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    h.read(f);
                }
            }
        }
        System.out.print(h.table());
        if (verbose) {
            h.byMarker.forEach((k, t) -> t.wrongs.forEach(w -> System.out.println("WRONG " + k + ": " + w)));
        }
    }
}
