package newsgraph.extract.entity;

import java.util.List;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.Token;

/**
 * Finds where a name begins, scanning leftwards word by word from its suffix (…产业园, …项目, …会议)
 * until a word that cannot be part of a name: punctuation, a preposition, particle, adverb, pronoun,
 * number or classifier, or a word of {@code name-boundaries.tsv}. A conjunction (和 及 与) stays inside
 * the name when a noun comes before it and no complete name ends there
 * (新材料及智能装备产业园, but 临港生态园和东湖影视产业园 are two). A bracketed part is kept
 * (中国北方（东岳）国际…), not a byline (（记者甲）). Words are the segmenter's tokens; names are never cut inside a word.
 */
public final class NameWalker {
    /** Verbal nouns that, after a common noun, are part of a name (name-compounds.tsv). */
    private static final Lexicon COMPOUNDS = Lexicon.load("name-compounds.tsv");
    /** A bracket that credits a reporter (电（记者甲）, （通讯员乙）) closes a lead, never part of the name after it. */
    private static final Pattern BYLINE = Pattern.compile("记者|通讯员");
    private final Lexicons lex;

    public NameWalker(Lexicons lex) {
        this.lex = lex;
    }

    /** Result of a walk: where the name starts and the token that stopped it (or null). */
    public record Walk(int start, Token stop) {}

    /** Walks left from {@code from} (exclusive end of the part already in the name). */
    public Walk walk(String s, List<Token> tokens, int from, int maxLen, int end) {
        return walk(s, tokens, from, maxLen, end, false);
    }

    /**
     * As {@link #walk(String, List, int, int, int)}; with {@code stopAfterPark} the walk also stops
     * where a complete park name ends (东岳自贸片区东岳临港生态园 holds two parks).
     */
    public Walk walk(String s, List<Token> tokens, int from, int maxLen, int end, boolean stopAfterPark) {
        int ti = indexEndingAtOrBefore(tokens, from);
        int cur = from;
        // the suffix may start inside a token: take the whole token
        if (ti + 1 < tokens.size() && tokens.get(ti + 1).start() < from && tokens.get(ti + 1).end() > from) {
            cur = tokens.get(ti + 1).start();
            ti = indexEndingAtOrBefore(tokens, cur);
        }
        while (ti >= 0) {
            Token t = tokens.get(ti);
            if (t.end() != cur || end - t.start() > maxLen) {
                return new Walk(cur, t.end() == cur ? t : null);
            }
            String w = t.text();
            if (w.equals(")") || w.equals("）")) {
                int k = ti - 1;
                while (k >= 0 && ti - k < 10 && !tokens.get(k).text().equals("(") && !tokens.get(k).text().equals("（")) {
                    k--;
                }
                if (k >= 0 && ti - k < 10 && (tokens.get(k).text().equals("(") || tokens.get(k).text().equals("（"))
                        && !BYLINE.matcher(s).region(tokens.get(k).end(), t.start()).find()) {
                    cur = tokens.get(k).start();
                    ti = k - 1;
                    continue;
                }
                return new Walk(cur, t);
            }
            if (w.equals("和") || w.equals("及") || w.equals("与")) {
                if (ti > 0 && tokens.get(ti - 1).end() == t.start() && tokens.get(ti - 1).pos().startsWith("n")
                        && !endsWithSuffix(s, t.start()) && !stops(tokens.get(ti - 1))) { // 甲一行与乙集团: 一行 ends the name
                    cur = t.start();
                    ti--;
                    continue;
                }
                return new Walk(cur, t);
            }
            if (stops(t) && !insideName(tokens, ti) || stopAfterPark && lex.parkSuffixes().longestEndingAt(s, t.end()) != null) {
                return new Walk(cur, t);
            }
            cur = t.start();
            ti--;
        }
        return new Walk(cur, null);
    }

    /**
     * The start of a park or project name once what cannot open one is cut off: a verb of two or
     * more characters that governs the name (融入甲经济区, 进入乙产业园, 开展丙工程) and a bracketed
     * label in front of it (（经济）甲工程: a section label, not part of the name).
     */
    public int trimmedStart(String s, List<Token> tokens, int start, int end) {
        int cur = start;
        while (cur < end) {
            char c = s.charAt(cur);
            if (c == '-' || c == '·') {
                cur++;
                continue;
            }
            if (c == '（' || c == '(') {
                int close = s.indexOf(c == '（' ? '）' : ')', cur);
                if (close < 0 || close + 1 >= end) {
                    return cur;
                }
                cur = close + 1;
                continue;
            }
            int i = indexEndingAtOrBefore(tokens, cur) + 1;
            if (i < tokens.size() && tokens.get(i).start() == cur && tokens.get(i).end() < end
                    && tokens.get(i).pos().equals("v") && tokens.get(i).text().length() >= 2) {
                cur = tokens.get(i).end();
                continue;
            }
            return cur;
        }
        return cur;
    }

    /**
     * Whether a word that would stop the walk is used inside a name here, judged by the word before
     * it: a magnitude character with no number before it is a name's first character (万力中心, not
     * 10万); a one-character classifier after a name morpheme is one too (浙台, not 两台); a verbal
     * noun of {@code name-compounds.tsv} after a common noun is a compound (智能运营结算中心,
     * 川渝合作示范园区), where after a place, an organization or a person it is the verb of its
     * subject (甲区合作…).
     */
    private boolean insideName(List<Token> tokens, int ti) {
        Token t = tokens.get(ti);
        Token prev = ti > 0 && tokens.get(ti - 1).end() == t.start() ? tokens.get(ti - 1) : null;
        String p = t.pos();
        String w = t.text();
        if (p.startsWith("m") && w.length() == 1 && "万千百亿".indexOf(w.charAt(0)) >= 0) {
            return prev == null || !prev.pos().startsWith("m") && !Character.isDigit(prev.text().charAt(prev.text().length() - 1));
        }
        if (prev == null) {
            return false;
        }
        String pp = prev.pos();
        boolean nameMorpheme = pp.equals("b") || pp.equals("j") || pp.equals("ns") || pp.equals("nz") || pp.equals("ng");
        if (p.startsWith("q") && w.length() == 1 && nameMorpheme) {
            return true;
        }
        return p.equals("vn") && COMPOUNDS.contains(w) && (pp.startsWith("n") && !pp.startsWith("nr") && !pp.startsWith("ns") && !pp.startsWith("nt") || pp.equals("j") || pp.equals("b"));
    }

    /** Whether a token ends a name on the left. */
    public boolean stops(Token t) {
        String p = t.pos();
        if (t.isPunctuation() && !t.text().equals("·") && !t.text().equals("-")) {
            return true;
        }
        if (lex.nameBoundaries().contains(t.text())) {
            return true;
        }
        if (p.startsWith("m") && !hasLatin(t.text()) || p.startsWith("q")) {
            return true;
        }
        return p.startsWith("p") || p.startsWith("u") && !p.equals("uzhi") || p.startsWith("d") || p.startsWith("r")
                || p.startsWith("c") || p.equals("e") || p.equals("y") || p.equals("o") || p.equals("t");
    }

    private static boolean hasLatin(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithSuffix(String s, int end) {
        return lex.parkSuffixes().longestEndingAt(s, end) != null
                || lex.projectSuffixes().longestEndingAt(s, end) != null
                || lex.orgSuffixes().longestEndingAt(s, end) != null;
    }

    static int indexEndingAtOrBefore(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    /** What is left of a name's head once generic words are removed (新兴产业专业园区 → ""). */
    public String specificPart(String head) {
        String h = head;
        while (!h.isEmpty()) {
            String p = lex.genericModifiers().longestAt(h, 0);
            String q = lex.genericModifiers().longestEndingAt(h, h.length());
            if (p != null && (q == null || p.length() >= q.length())) {
                h = h.substring(p.length());
            } else if (q != null) {
                h = h.substring(0, h.length() - q.length());
            } else {
                break;
            }
        }
        return h;
    }
}
