package newsgraph.extract.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.ClauseWords;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import newsgraph.extract.segment.WordTriggers;
import newsgraph.extract.text.StartGate;

/**
 * Stage 4, people. Requires: one paragraph of clean text and its tokens (offsets relative to the
 * paragraph). Produces: {@link PersonMention}s of officials, anchored by
 * <ul>
 *   <li>a title chain before the name ({@code 市委常委、东岳新区工委书记李明远}): every title, each
 *       split into organization + post (lexicon {@code titles.tsv}); names listed after it with 、
 *       hold its last post too ({@code 副市长甲、乙}); a 和/与/及 inside the organization does not cut
 *       the title ({@code 省工业和信息化厅厅长});</li>
 *   <li>a post right after a name HanLP tagged as a person ({@code 习近平总书记});</li>
 *   <li>a collective label ({@code 县领导张三、李四});</li>
 *   <li>a HanLP person name at the start of a clause followed by a role verb ({@code 王五出席}).</li>
 * </ul>
 * A name after a title is taken up to a word that usually follows names (lexicon
 * {@code name-terminators.tsv}), so names HanLP misses are still found; it must start with a family
 * name (lexicon {@code surnames.tsv}) unless HanLP tagged it, or be two characters that stand alone
 * (many minority names: {@code 州长召温出席}). {@link #known} also resolves 他/她 opening a clause to
 * the one person named before it in the paragraph. Reporters are not handled here.
 */
public final class PersonRecognizer {
    private static final Pattern LABEL = Pattern.compile("[省市区县镇乡村]?(领导|负责同志|负责人)(有)?[：:]?");
    /** What a match of {@link #LABEL} begins with: its class and the first characters of its words (tried there only). */
    private static final StartGate LABEL_STARTS = new StartGate("省市区县镇乡村领负");
    /** Kinds of organization whose names join two fields with 和/与/及 (工业和信息化厅, 物流与采购联合会, 公众与环境研究中心). */
    private static final Set<String> JOINED_KINDS = Set.of("government", "association", "party", "congress", "cppcc", "institute", "university");
    /** Last characters of words for groups of people (专家学者和…, 企业家与…): the conjunction joins people. */
    private static final String PEOPLE_ENDINGS = "者家员人们士生师众属友";
    private static final String STOP_CHARS = "了在由和与及向对为是的将等从到请被把讯，。；：、！？“”‘’《》\n ";

    private final Lexicons lex;
    private final Segmenter names;
    private final ClauseWords studyMarkers;

    public PersonRecognizer(Lexicons lex) {
        this(lex, null);
    }

    /** {@code names} segments the window after a title with name recognition (null: use the paragraph's tokens). */
    public PersonRecognizer(Lexicons lex, Segmenter names) {
        this.lex = lex;
        this.names = names;
        this.studyMarkers = new ClauseWords(lex.studyMarkers());
    }

    /** Officials anchored in {@code s}; offsets are shifted by {@code base}. */
    public List<PersonMention> recognize(String s, List<Token> tokens, int base) {
        List<PersonMention> out = new ArrayList<>();
        boolean[] used = new boolean[s.length() + 1];
        // 1. title chains before a name
        for (int j = 1; j <= s.length(); j++) {
            String post = lex.titles().longestEndingAt(s, j);
            if (post == null || used[j - 1]) {
                continue;
            }
            String longer = lex.titles().longestAt(s, j - post.length());
            if (longer != null && longer.length() > post.length()) {
                continue; // 董事 inside 董事长田某: the longer post ends later
            }
            if (suffixAcross(s, j - post.length(), j)) {
                continue; // 委员|会主任: the post is the start of an organization's suffix (委员会), no name follows
            }
            int ps = j - post.length();
            if (insideWord(ps, tokens) && insideWord(j, tokens) && !(ps > 0 && s.charAt(ps - 1) == s.charAt(ps))) {
                continue; // 进|行长|时间, 地|区长|盛不衰: both ends of the "post" inside words (某处|处长|江某: a body's word then its post, kept)
            }
            int len = nameLength(s, j, tokens);
            if (len == 0) {
                continue;
            }
            List<TitleMention> titles = new ArrayList<>();
            int titleEnd = j;
            int postStart = j - post.length();
            while (true) {
                int tStart = walkTitleLeft(s, postStart, used, tokens);
                String org = tStart < postStart ? s.substring(tStart, postStart) : null;
                titles.add(new TitleMention(s.substring(tStart, titleEnd), org, post, base + tStart, base + titleEnd));
                // 省委常委、副省长，新区党工委书记甲: posts of one person are listed with 、 and, between
                // two bodies, with ，
                if (tStart > 0 && (s.charAt(tStart - 1) == '、' || s.charAt(tStart - 1) == '，' && !used[tStart - 1])) {
                    String prev = lex.titles().longestEndingAt(s, tStart - 1);
                    if (prev != null && !nameEndsAt(s, tokens, tStart - 1 - prev.length())) {
                        titleEnd = tStart - 1;
                        post = prev;
                        postStart = titleEnd - prev.length();
                        continue;
                    }
                }
                break;
            }
            Collections.reverse(titles); // gathered right to left (adding at the front costs the chain's length each time)
            int chainStart = titles.get(0).start() - base;
            String name = s.substring(j, j + len);
            if (lex.titles().contains(name) || lex.titles().longestEndingAt(name, name.length()) != null || namesAThing(name)) {
                continue;
            }
            out.add(new PersonMention(name, base + j, base + j + len, base + chainStart, titles, PersonMention.Anchor.TITLE, false));
            mark(used, chainStart, j + len);
            j = j + len;
            // 市政协副主席甲、乙出席: names listed after one post all hold it; 党委委员、副主任甲、乙: after
            // posts listed with 、, all of them (not those before a ，, which are another body's)
            List<TitleMention> shared = null;
            while (j + 1 < s.length() && s.charAt(j) == '、') {
                int next = listedName(s, j + 1, tokens);
                if (next == 0) {
                    break;
                }
                if (shared == null) {
                    shared = sharedPosts(s, titles, base);
                }
                out.add(new PersonMention(s.substring(j + 1, j + 1 + next), base + j + 1, base + j + 1 + next, base + j + 1,
                        shared, PersonMention.Anchor.TITLE, false));
                mark(used, j, j + 1 + next);
                j = j + 1 + next;
            }
        }
        // 2. HanLP person + post (习近平总书记) and 3. HanLP person at clause start + role verb (where
        // roleVerbCue holds: the segment stage segments a clause for a role verb only there)
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isPerson() || t.text().length() < 2 || t.text().length() > 3 || used[t.start()] || !surname(t.text(), 0)) {
                continue;
            }
            String post = lex.titles().longestAt(s, t.end());
            if (post != null && !lex.titles().contains(t.text())) {
                int pe = t.end() + post.length();
                TitleMention tm = new TitleMention(post, null, post, base + t.end(), base + pe);
                out.add(new PersonMention(t.text(), base + t.start(), base + t.end(), base + t.start(), List.of(tm), PersonMention.Anchor.TITLE, false));
                mark(used, t.start(), pe);
                continue;
            }
            boolean clauseStart = t.start() == 0 || NAME_OPENS_CLAUSE_AFTER.indexOf(s.charAt(t.start() - 1)) >= 0;
            if (clauseStart && i + 1 < tokens.size() && lex.roleVerbs().contains(tokens.get(i + 1).text())) {
                out.add(new PersonMention(t.text(), base + t.start(), base + t.end(), base + t.start(), List.of(), PersonMention.Anchor.VERB, false));
                mark(used, t.start(), t.end());
            }
        }
        // 2b. a name the segmenter does not know, then its post: 某协会陈某某副主席, 王某某院长表示
        for (int j = 2; j < s.length(); j++) {
            String post = lex.titles().longestAt(s, j);
            if (post != null && !used[j] && !used[j - 1]) {
                nameBeforePost(s, j, post, tokens, base, used, out);
            }
        }
        // 5. names listed before 等 and a post: 甲、乙、丙等多位院士
        for (int k = s.indexOf('等'); k > 0; k = s.indexOf('等', k + 1)) {
            listBeforePost(s, k, tokens, base, used, out);
        }
        // 4. collective labels: 区领导张三、李四
        // every match holds 领导 or 负责: skip the regex scan in sentences without either
        boolean maybeLabel = s.indexOf("领导") >= 0 || s.indexOf("负责") >= 0;
        Matcher m = LABEL.matcher(s);
        for (int at = 0; maybeLabel && LABEL_STARTS.find(m, s, at); at = StartGate.next(m)) {
            int p = m.end();
            // 某公司负责人甲: the head of a body named before it holds that post; a bare 负责人 (这位负责人,
            // 相关负责人) names no one's post and is no collective label either
            TitleMention head = null;
            if (m.group(1).startsWith("负责")) {
                int postEnd = m.start(1) + m.group(1).length();
                int ts = walkTitleLeft(s, m.start(), used, tokens);
                if (!namedBody(s, ts, m.start(1))) {
                    continue;
                }
                head = new TitleMention(s.substring(ts, postEnd), s.substring(ts, m.start()), s.substring(m.start(), postEnd), base + ts, base + postEnd);
            }
            while (p < s.length()) {
                int len = nameLength(s, p, tokens);
                if (len == 0 || used[p] || commonNoun(s, p, len, tokens) || insideWord(p, tokens) || notNameAfterLabel(s, p, tokens)) {
                    break; // 领导干部, 领导班子: the label and what follows are one word; 领导都很难, 领导和专家: no name
                }
                if (head != null) {
                    out.add(new PersonMention(s.substring(p, p + len), base + p, base + p + len, head.start(), List.of(head), PersonMention.Anchor.TITLE, false));
                } else {
                    out.add(new PersonMention(s.substring(p, p + len), base + p, base + p + len, base + p, List.of(), PersonMention.Anchor.LABEL, false));
                }
                mark(used, p, p + len);
                p += len;
                if (p < s.length() && s.charAt(p) == '、') {
                    p++;
                } else {
                    break;
                }
            }
        }
        out.removeIf(pm -> addressOnly(pm.name()));
        out.sort(Comparator.comparingInt(PersonMention::start));
        return out;
    }

    /**
     * Whether a person's name ends at {@code pos}: a post right after it closes that person
     * (甲院士，某中心主任乙: 院士 is 甲's), so the chain of the next name does not take it. The paragraph's
     * words decide when they tag a person there; else, when two characters or more stand between the
     * post and a clause mark, name recognition on the six characters before it (asked only for a post
     * that a chain would take over a comma).
     */
    private boolean nameEndsAt(String s, List<Token> tokens, int pos) {
        int i = firstEndingAfter(tokens, pos - 1);
        if (i < tokens.size() && tokens.get(i).end() == pos && tokens.get(i).isPerson()) {
            return true;
        }
        if (i < tokens.size() && tokens.get(i).end() == pos && tokens.get(i).text().length() >= 2) {
            return false; // a word of the dictionary ends there (市委|常委, 某公司|董事长): the segmenter split no name
        }
        if (names == null || pos < 2 || !isHan(s.charAt(pos - 1)) || !isHan(s.charAt(pos - 2))) {
            return false;
        }
        int from = Math.max(0, pos - 6);
        for (Token n : names.segmentNames(s.substring(from, pos + 2 <= s.length() ? pos + 2 : pos))) {
            if (n.end() + from == pos && n.isPerson() && n.text().length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** What stands before a name that opens a clause (rule 3: a name at a clause start, then a role verb). */
    /** The posts of a chain that the names listed after its first name hold: the last ones joined by 、. */
    private static List<TitleMention> sharedPosts(String s, List<TitleMention> titles, int base) {
        int k = titles.size() - 1;
        while (k > 0 && s.charAt(titles.get(k - 1).end() - base) == '、' && titles.get(k - 1).end() + 1 == titles.get(k).start()) {
            k--;
        }
        return List.copyOf(titles.subList(k, titles.size()));
    }

    private static final String NAME_OPENS_CLAUSE_AFTER = "，。；：、“（\n";

    /**
     * Where rule 3 (a name the segmenter tags a person, at a clause start, right before a role verb)
     * may take the role verb at [start, end) of the paragraph {@code s}: a name of two or three
     * characters ends right before it (spaces between are no words) and opens a clause with a family
     * name. Elsewhere the rule takes no name for the verb whatever the words, and it is the only rule
     * that reads words for a role verb, so the segment stage need not segment a clause for one
     * ({@code WordTriggers}). Keep in step with rule 3: PersonRecognizerTest checks that the rule
     * never takes a name where the cue says no.
     */
    public WordTriggers.Cue.Reader roleVerbCue(String s) {
        return (start, end) -> {
            int e = start;
            while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
                e--; // the segmenter's blank words are dropped: the name may end before them
            }
            for (int len = 2; len <= 3; len++) {
                int p = e - len;
                if (p >= 0 && (p == 0 || NAME_OPENS_CLAUSE_AFTER.indexOf(s.charAt(p - 1)) >= 0) && surname(s, p)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Words that make the body before 负责人 no particular one (一家灯具厂, 某公司, 该所, 这位, 国内企业, 约120位). */
    private static final Pattern INDEFINITE_BODY = Pattern.compile("^(一|这|那|该|此|其|各|约|国内|国外|多家|不少)|某|一家|一位|[0-9０-９]");

    /**
     * Whether [from, to) before 负责人 names a particular body, whose head the person is: at least two
     * characters once 相关/有关 are left out, not indefinite ({@link #INDEFINITE_BODY}), and not cut
     * short: it starts at a clause start or after a word that stands before titles, not after a
     * conjunction, 的, a Latin letter or a bracket (销售和|采购负责人, Wine Australia)|亚洲负责人).
     */
    private static boolean namedBody(String s, int from, int to) {
        String org = s.substring(from, to).replaceAll("(相关|有关|主要|分管)+$", "");
        if (org.length() < 2 || !isHan(org.charAt(0)) || INDEFINITE_BODY.matcher(org).find()) {
            return false;
        }
        if (from == 0) {
            return true;
        }
        char before = s.charAt(from - 1);
        return !(Character.isLetterOrDigit(before) && !isHan(before)) && "和与及的）)".indexOf(before) < 0;
    }

    /**
     * Whether what follows a collective label at {@code p} opens with a word that starts no name: a
     * function word or adverb of one character (领导|都|很难, 领导|和|专家, 负责人|向|记者), a number
     * (领导|一人) or a word of two characters or more (领导|关系|时, 负责人|明确); a noun only unless name
     * recognition finds a person there.
     */
    private boolean notNameAfterLabel(String s, int p, List<Token> tokens) {
        int i = firstEndingAfter(tokens, p);
        if (i >= tokens.size() || tokens.get(i).start() != p || tokens.get(i).isPerson()) {
            return false;
        }
        Token t = tokens.get(i);
        boolean functionWord = t.text().length() == 1 && (NEVER_IN_NAME.contains(t.pos()) || t.pos().startsWith("d") || t.pos().startsWith("u"));
        boolean word = t.text().length() >= 2 && (NOT_NAME_POS.contains(t.pos()) || t.pos().startsWith("v") || t.pos().startsWith("a") || t.pos().equals("n"));
        if (!functionWord && !word) {
            return false;
        }
        if (names != null && (t.pos().equals("n") || t.pos().equals("vn"))) {
            for (Token n : names.segmentNames(s.substring(p, Math.min(s.length(), p + 6)))) {
                if (n.start() == 0 && n.isPerson()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Parts of speech of a one-character word that is never part of a name: prepositions, conjunctions, particles, pronouns, punctuation. */
    private static final Set<String> NEVER_IN_NAME = Set.of("p", "pba", "pbei", "c", "cc", "r", "rr", "rz", "ry", "rys", "ryv", "rzv", "w", "y", "e", "o", "m");

    /**
     * A name written before its post, which the segmenter split into single characters (中国科协陈某某副主席,
     * 热科院王某某院长为…, 杨某某总经理率…): two or three characters at {@code j} minus their length, the
     * first a family name, none a word of two characters or a function word, the post ending the phrase
     * (punctuation, a role verb or a word that follows names after it), and before the name a clause
     * start or the organization the post belongs to (walked left as for a title chain). The title is the
     * organization and the post.
     */
    private void nameBeforePost(String s, int j, String post, List<Token> tokens, int base, boolean[] used, List<PersonMention> out) {
        int pe = j + post.length();
        if (pe < s.length() && (isHan(s.charAt(pe)) ? !terminatorAt(s, pe) : Character.isLetterOrDigit(s.charAt(pe)))) {
            return; // 副主席团, 院长助理, 总经理Jesse: the post goes on, or a name follows it (a title chain's)
        }
        if (lex.titles().longestEndingAt(s, j) != null || s.charAt(j - 1) == '副') {
            return; // 党委书记副校长: two posts, no name between; 一位副总工程师: 副 opens the post
        }
        for (int k = Math.max(0, j - 3); k < j; k++) {
            String longer = lex.titles().longestAt(s, k);
            if (longer != null && k + longer.length() >= pe) {
                return; // 任副总经理: 总经理 is the end of a longer post, whose first characters are no name
            }
        }
        for (int len = 3; len >= 2; len--) {
            int ns = j - len;
            if (ns < 0 || used[ns] || !surname(s, ns) || !singleCharacters(s, ns, j, tokens)) {
                continue;
            }
            int ts = walkTitleLeft(s, ns, used, tokens);
            boolean opens = ns == 0 || !isHan(s.charAt(ns - 1)) || ns - ts >= 2;
            if (!opens || givenIsAWord(s, ns) || lex.nameTerminators().longestAt(s, ns + 1) != null && len == 2) {
                continue;
            }
            String org = ts < ns ? s.substring(ts, ns) : null;
            String title = (org == null ? "" : org) + post;
            out.add(new PersonMention(s.substring(ns, j), base + ns, base + j, base + ts,
                    List.of(new TitleMention(title, org, post, base + ts, base + pe)), PersonMention.Anchor.TITLE, false));
            mark(used, ts, pe);
            return;
        }
    }

    /** Whether the paragraph's segmentation cut [from, to) into words of one character each, none a function word. */
    private static boolean singleCharacters(String s, int from, int to, List<Token> tokens) {
        int i = firstEndingAfter(tokens, from);
        int at = from;
        for (; i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.start() != at || t.end() != at + 1 || NEVER_IN_NAME.contains(t.pos()) || t.pos().startsWith("u")) {
                return false;
            }
            at = t.end();
        }
        return at == to;
    }

    /** Forms of address after a family name (honorifics.tsv). */
    private static final newsgraph.extract.lexicon.Lexicon HONORIFICS = newsgraph.extract.lexicon.Lexicon.load("honorifics.tsv");

    /** Whether {@code name} is a family name and a form of address (袁先生, 徐总): no one in particular. */
    private boolean addressOnly(String name) {
        for (int sl = 1; sl <= 2 && sl < name.length(); sl++) {
            if (lex.surnames().contains(name.substring(0, sl)) && HONORIFICS.contains(name.substring(sl))) {
                return true;
            }
        }
        return false;
    }

    /** A count of people between 等 and a post: 多位, 两位, 12位. */
    private static final Pattern COUNT = Pattern.compile("(?:多|数|几|诸|[二两三四五六七八九十百\\d]{1,3})?[位名]?");

    /**
     * Names listed before the 等 at {@code k} when a post follows it and ends the phrase
     * (甲、乙等院士出席, 甲、乙等两位副市长): each of two or three characters starting with a family name
     * (or tagged a person by HanLP), separated by 、, none already taken; all hold the post.
     */
    private void listBeforePost(String s, int k, List<Token> tokens, int base, boolean[] used, List<PersonMention> out) {
        Matcher c = COUNT.matcher(s).region(k + 1, s.length());
        int at = c.lookingAt() ? c.end() : k + 1;
        String post = lex.titles().longestAt(s, at);
        if (post == null || at + post.length() < s.length() && isHan(s.charAt(at + post.length())) && !terminatorAt(s, at + post.length())) {
            return; // no post, or a longer word (等院士专家), or a name after it (等副市长甲)
        }
        List<PersonMention> listed = new ArrayList<>();
        int end = k;
        while (true) {
            int start = end;
            while (start > 0 && isHan(s.charAt(start - 1)) && end - start < 4) {
                start--;
            }
            int len = end - start;
            boolean sep = start == 0 || "、，：:（(“ ".indexOf(s.charAt(start - 1)) >= 0 || start > 0 && !isHan(s.charAt(start - 1));
            if (len < 2 || len > 3 || !sep || used[start] || !(surname(s, start) || personAt(tokens, start, end))
                    || lex.titles().longestEndingAt(s, end) != null || wordNotName(s, start, len, tokens)) {
                break;
            }
            listed.add(new PersonMention(s.substring(start, end), base + start, base + end, base + start,
                    List.of(new TitleMention(post, null, post, base + at, base + at + post.length())), PersonMention.Anchor.TITLE, false));
            if (start == 0 || s.charAt(start - 1) != '、') {
                break;
            }
            end = start - 1;
        }
        for (PersonMention pm : listed) {
            out.add(pm);
            mark(used, pm.start() - base, pm.end() - base);
        }
    }

    private static boolean personAt(List<Token> tokens, int start, int end) {
        int i = firstEndingAfter(tokens, start);
        return i < tokens.size() && tokens.get(i).start() == start && tokens.get(i).end() == end && tokens.get(i).isPerson();
    }

    /** Further mentions of names already known in the document (propagation within the article). */
    public List<PersonMention> known(String s, int base, Set<String> names, List<PersonMention> existing) {
        return known(s, base, new KnownNames(names), existing);
    }

    /** As above, with the document's names indexed once ({@link KnownNames}): each name longest first, left to right. */
    public List<PersonMention> known(String s, int base, KnownNames names, List<PersonMention> existing) {
        boolean[] used = new boolean[s.length() + 1];
        for (PersonMention pm : existing) {
            int a = Math.max(0, pm.chainStart() - base);
            int b = Math.min(s.length(), pm.end() - base);
            if (a < b) {
                mark(used, a, b);
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (long occurrence : names.occurrences(s)) {
            String n = names.name((int) (occurrence >>> 32));
            int k = (int) occurrence;
            boolean free = true;
            for (int x = k; x < k + n.length(); x++) {
                free &= !used[x];
            }
            if (!free) {
                continue;
            }
            out.add(new PersonMention(n, base + k, base + k + n.length(), base + k, List.of(), PersonMention.Anchor.KNOWN, false));
            mark(used, k, k + n.length());
        }
        out.addAll(pronouns(s, base, existing, out));
        out.sort(Comparator.comparingInt(PersonMention::start));
        return out;
    }

    /**
     * 他/她 opening a clause (他强调, 她在致辞中表示) as a mention of the one person named before it in
     * the paragraph (leaders who are only studied or quoted left out); nothing when two or more people
     * are named there (the pronoun is then ambiguous), for 他们/她们/他人, or inside a word (其他).
     */
    List<PersonMention> pronouns(String s, int base, List<PersonMention> existing, List<PersonMention> known) {
        if (s.indexOf('他') < 0 && s.indexOf('她') < 0) {
            return List.of();
        }
        StudyMarks marks = studyMarks(s);
        List<PersonMention> named = new ArrayList<>();
        for (PersonMention pm : existing) {
            if (!marks.studied(base, pm)) {
                named.add(pm);
            }
        }
        for (PersonMention pm : known) {
            if (!marks.studied(base, pm)) {
                named.add(pm);
            }
        }
        // one sweep: the people named before each pronoun, taken in order of where their names end
        named.sort(Comparator.comparingInt(PersonMention::end));
        int next = 0;
        String who = null;
        boolean ambiguous = false;
        List<PersonMention> out = new ArrayList<>();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '他' && c != '她' || k > 0 && "。；！？，\n”".indexOf(s.charAt(k - 1)) < 0
                    || k + 1 < s.length() && (s.charAt(k + 1) == '们' || s.charAt(k + 1) == '人')) {
                continue;
            }
            for (; next < named.size() && named.get(next).end() <= base + k; next++) {
                ambiguous |= who != null && !who.equals(named.get(next).name());
                who = named.get(next).name();
            }
            if (who != null && !ambiguous) {
                out.add(new PersonMention(who, base + k, base + k + 1, base + k, List.of(), PersonMention.Anchor.KNOWN, false));
            }
        }
        return out;
    }

    /**
     * Whether the mention is of a leader who is studied or quoted: a study word (学习, 贯彻...) before
     * it in its clause, or a word such as 重要讲话 after it in its clause. For many mentions of one
     * paragraph, ask {@link #studyMarks} once instead.
     */
    public boolean studied(String s, int base, PersonMention pm) {
        return studyMarks(s).studied(base, pm);
    }

    /** The clauses and study markers of paragraph {@code s}, for {@link StudyMarks#studied} on each of its mentions. */
    public StudyMarks studyMarks(String s) {
        return new StudyMarks(studyMarkers.in(s));
    }

    private int walkTitleLeft(String s, int postStart, boolean[] used, List<Token> tokens) {
        int i = postStart;
        // the token holding the post's first character, walked back with i; past the last token when the
        // post's clause has no words (a clause left unsegmented): then the last token before it
        int tk = firstEndingAfter(tokens, postStart - 1);
        while (i > 0 && postStart - i < MAX_ORGANIZATION) {
            char c = s.charAt(i - 1);
            while (tk > 0 && (tk >= tokens.size() || tokens.get(tk).start() >= i)) {
                tk--;
            }
            if (tk < tokens.size() && tokens.get(tk).end() == i && beforeTitle(s, tokens, tk)) {
                break; // 据|某协会秘书长, ，以|董事长某某的名义: a preposition or time opening the clause is no part of the organization (经 in 市经信委 is)
            }
            if (tk < tokens.size() && tokens.get(tk).end() == i && (TITLE_OPENERS.contains(tokens.get(tk).text())
                    || tk > 0 && "有".equals(tokens.get(tk).text()) && "的".equals(tokens.get(tk - 1).text()))) {
                break; // 记者致电|某集团董事长, 包括|某公司总经理, 现任|总经理, 出席会议的|有|市委常委: a verb that takes the person as its object
            }
            if (used[i - 1]) {
                break; // a person found before: 甲与某公司副总裁乙
            }
            if ("和与及".indexOf(c) >= 0 && (joinsOrganization(s, i, postStart, used, tokens) || insideName(s, i, postStart, used, tokens))) {
                i--; // 中国物流与采购联合会副会长, 省工业和信息化厅厅长: the conjunction is inside the name
                continue;
            }
            if (STOP_CHARS.indexOf(c) >= 0 && insideNoun(tokens, tk, i - 1) && !(c == '讯' && i > 1 && "报社网电".indexOf(s.charAt(i - 2)) >= 0)) {
                i--; // 美的, 腾讯, 华为: the character is part of a name, not the function word
                continue;
            }
            if (c == '的' && brandWithDe(tokens, tk, i)) {
                i -= 2; // 美的|某事业部, 奥的斯|某公司 (brands): a lone distinguishing character before 的 modifies nothing; the two are a name's
                continue;
            }
            int partner = c == '-' || c == '－' ? partnerBeforeHyphen(s, i, postStart, tokens) : -1;
            if (partner >= 0) {
                i = partner; // 某汽-某众公司总经理: two partners' names joined by a hyphen name one company; the first partner's word ends it
                break;
            }
            if (STOP_CHARS.indexOf(c) >= 0 || !(isHan(c) || Character.isLetterOrDigit(c) || "（）()".indexOf(c) >= 0)) {
                break;
            }
            if (lex.roleVerbs().longestEndingAt(s, i) != null && !fieldOfDepartment(tokens, tk, i, postStart)) {
                break;
            }
            String t = lex.nameTerminators().longestEndingAt(s, i);
            if (t != null && t.length() >= 2 && lex.titles().longestEndingAt(s, i) == null) {
                break;
            }
            i--;
        }
        i = wordStart(tokens, i, postStart, used);
        i = afterClauseWords(s, i, postStart, tokens);
        i = afterLabelName(s, i, postStart, tokens);
        i = afterDescriptor(s, i, postStart, tokens);
        // never start a title with a closing bracket or inside an unbalanced one
        while (i < postStart && "）)".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Words after a time that close it: 本月|初, 一年|前, 2010年|底. */
    private static final Set<String> TIME_ENDS = Set.of("初", "底", "末", "前", "后", "以来", "之前", "之后");

    /**
     * Where an organization [i, postStart) starts once the words of its clause are left out: after the last
     * date or time inside it (2006年|某集团, 7月31日|某公司, 去年冬天|某公司, 本月初|某公司, 一年前|某公司), and after a
     * verb or preposition that an adverb, a count of times or an aspect particle puts in a clause (已委派|市委,
     * 已因|集团, 多次拨打|某公司, 尝试着联系|某公司): an organization's name holds no date and no adverb before its verb. A time word
     * ending in 日 counts only with a number (明日 may open a company's name).
     */
    private static int afterClauseWords(String s, int i, int postStart, List<Token> tokens) {
        int start = i;
        int depth = 0;
        for (int k = i; k < postStart; k++) {
            char c = s.charAt(k);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (depth < 0) {
                start = k + 1; // 某公司(600000，收盘价12元)|董事长, (下称某集团)|董事长: an aside whose opening the walk did not reach
                depth = 0;
            }
        }
        for (int x = firstEndingAfter(tokens, i); x < tokens.size() && tokens.get(x).end() <= postStart; x++) {
            Token t = tokens.get(x);
            if (t.start() < i) {
                continue;
            }
            Token next = x + 1 < tokens.size() && tokens.get(x + 1).start() == t.end() ? tokens.get(x + 1) : null;
            String p = t.pos();
            String w = t.text();
            boolean digits = w.chars().anyMatch(Character::isDigit);
            if (p.equals("t") && (digits || w.matches(".*(年|月|天|季|旬|初|底|末)")) || p.startsWith("q") && w.matches(".*[年月](前|后|底|初)")) {
                start = t.end(); // 2009年冬天, 一年前
            } else if (p.equals("m") && digits && next != null && next.end() < postStart && next.text().matches("[年月日号].*")) {
                start = next.end(); // 2006|年, 31|日
                if (x + 2 < tokens.size() && tokens.get(x + 2).start() == start && tokens.get(x + 2).text().equals("电") && tokens.get(x + 2).end() < postStart) {
                    start++; // a dateline: 某日|电
                }
            } else if (p.equals("f") && TIME_ENDS.contains(w) && x > 0 && tokens.get(x - 1).end() == t.start()
                    && (tokens.get(x - 1).pos().startsWith("t") || tokens.get(x - 1).pos().startsWith("m") || tokens.get(x - 1).pos().startsWith("q")
                    || tokens.get(x - 1).pos().startsWith("r"))) {
                start = t.end(); // 本月|初
            } else if (p.startsWith("p") && w.length() == 1 && "给向把被让替".contains(w) && t.end() < postStart) {
                start = t.end(); // 项目批给|某银行行长: a preposition that takes the person is in no organization's name
            } else if (p.equals("d") && next != null && next.start() == postStart && start <= t.start() && (w.length() >= 2 || afterWord(tokens, x) || t.start() == i)) {
                start = t.end(); // 其中，仅|董事长: an adverb right before the post
            } else if ((t.start() == i || x > 0 && tokens.get(x - 1).start() == i && tokens.get(x - 1).text().equals("另")) && next != null && next.end() <= postStart && (p.equals("mq") && w.matches("另?[一两几数多][名位个份家]")
                    || p.equals("m") && w.matches("另?[一两几数多]") && next.text().matches("[名位个份家]"))) {
                start = p.equals("mq") ? t.end() : next.end(); // 一份|…, 另一|名|副总裁: a count of people or things opening it is no organization
            } else if ((p.equals("d") || p.equals("uzhe") || p.startsWith("m") && w.matches(".+[次度遍]") || p.equals("ule") || p.equals("uguo")) && next != null && next.end() < postStart
                    && (next.pos().equals("v") || next.pos().startsWith("p")) && !next.isPerson() && (w.length() >= 2 || afterWord(tokens, x))) {
                // a one-character adverb counts after a word of two characters or more (政府|已|委派), not among
                // single characters, which may be a name the segmenter split (西|正|印制)
                start = next.end(); // 已|委派, 已|因, 尝试着|联系
            }
        }
        return start;
    }

    /** Labels of a source line whose value is a person's name (发布人：某某, 通讯员：某某; not 记者：, which opens a reporter's words in a transcript). */
    private static final Pattern PERSON_LABEL = Pattern.compile("(发布人|发布者|通讯员|责编|责任编辑|撰稿|摄影)[：:]$");

    /**
     * Where an organization starts when it opens right after a source line's label of a person
     * (发布人：李某某美国总统): after the label's name, two or three characters before a place name or the
     * person name recognition finds there, ending where a word of the paragraph starts.
     */
    private int afterLabelName(String s, int i, int postStart, List<Token> tokens) {
        if (i < 3 || !PERSON_LABEL.matcher(s.substring(Math.max(0, i - 5), i)).find()) {
            return i;
        }
        for (int x = firstEndingAfter(tokens, i); x < tokens.size() && tokens.get(x).start() <= i + 3; x++) {
            Token t = tokens.get(x);
            if (t.start() >= i + 2 && t.pos().startsWith("ns") && surname(s, i)) {
                return t.start();
            }
        }
        if (names != null) {
            for (Token t : names.segmentNames(s.substring(i, postStart))) {
                int e = i + t.end();
                boolean boundary = !tokens.isEmpty() && tokens.get(Math.min(tokens.size() - 1, firstEndingAfter(tokens, e))).start() == e;
                if (t.start() == 0 && t.isPerson() && t.text().length() >= 2 && t.text().length() <= 3 && e < postStart && boundary) {
                    return e;
                }
                break;
            }
        }
        return i;
    }

    /** Whether token {@code x} follows a word of two characters or more right before it, or punctuation. */
    private static boolean afterWord(List<Token> tokens, int x) {
        if (x == 0) {
            return false;
        }
        Token b = tokens.get(x - 1);
        return b.end() == tokens.get(x).start() && b.text().length() >= 2 && !b.pos().equals("w");
    }

    /** Last words of an outlet's name or dateline (某某网, 某某日报, 某日电): outlet-endings.tsv. */
    private static final newsgraph.extract.lexicon.Lexicon OUTLETS = newsgraph.extract.lexicon.Lexicon.load("outlet-endings.tsv");

    /** Words that describe a company by its trade or standing (供应商, 代理商, 龙头): trade-descriptors.tsv. */
    private static final newsgraph.extract.lexicon.Lexicon DESCRIPTORS = newsgraph.extract.lexicon.Lexicon.load("trade-descriptors.tsv");

    /**
     * Where an organization [i, postStart) starts once a description before the company's name is left
     * out: after the last trade word (某饮片供应商|某药业董事长, 代理商|某集团董事长) that a name of three
     * characters or more follows, of two words or more of the segmentation (a proper name and its suffix),
     * not one word or a bare organization suffix (零售商|联席会议, 厂商|合作部, 供应商|协会: a body of that trade).
     */
    private int afterDescriptor(String s, int i, int postStart, List<Token> tokens) {
        int start = i;
        for (int k = i; k + 1 < postStart; k++) {
            String d = DESCRIPTORS.longestAt(s, k);
            int e = d == null ? -1 : k + d.length();
            int w = d == null ? tokens.size() : firstEndingAfter(tokens, e);
            boolean twoWords = w < tokens.size() && tokens.get(w).start() == e && tokens.get(w).end() < postStart;
            if (d != null && postStart - e >= 3 && twoWords && !lex.orgSuffixes().contains(s.substring(e, postStart))) {
                start = e;
            }
            int o = k < tokens.size() ? firstEndingAfter(tokens, k) : tokens.size();
            if (o + 1 < tokens.size() && tokens.get(o).start() == k && outlet(tokens.get(o))
                    && tokens.get(o + 1).start() == tokens.get(o).end() && properName(tokens.get(o + 1))
                    && postStart - tokens.get(o).end() >= 2 && k > i) {
                start = Math.max(start, tokens.get(o).end()); // 某某日报|中国某协会会长, 某某日报|某nz集团总裁: an outlet's name run into the title
            }
        }
        return start;
    }

    /** A place's or a body's proper name, or a brand (ns, nt…, nz): what opens an organization after an outlet's name. */
    private static boolean properName(Token t) {
        String p = t.pos();
        return p.startsWith("ns") || p.startsWith("nt") || p.equals("nz");
    }

    /** An outlet's word: an outlet ending itself (网, 日报), or a coined name ending with one (某某汽车网/nz). */
    private static boolean outlet(Token t) {
        String w = t.text();
        return OUTLETS.contains(w) || w.length() >= 3 && t.pos().equals("nz") && OUTLETS.longestEndingAt(w, w.length()) != null;
    }

    /** Longest organization walked before a post; a longer one is cut at a word boundary ({@link #wordStart}). */
    private static final int MAX_ORGANIZATION = 30;

    /** Verbs that take a person or their title as object (致电, 采访, 包括, 现任): the title starts after them (title-openers.tsv). */
    private static final newsgraph.extract.lexicon.Lexicon TITLE_OPENERS = newsgraph.extract.lexicon.Lexicon.load("title-openers.tsv");

    /** Whether the character at {@code k} lies in a noun of two characters or more of the segmentation (token {@code tk} or a neighbour): 美的, 腾讯. */
    private static boolean insideNoun(List<Token> tokens, int tk, int k) {
        for (int x = Math.max(0, tk - 1); x < Math.min(tokens.size(), tk + 2); x++) {
            Token t = tokens.get(x);
            if (t.start() <= k && k < t.end()) {
                return t.end() - t.start() >= 2 && (nounLike(t) || t.pos().equals("vn") && t.start() == k); // 对外|经贸大学: a verbal noun opening a name
            }
        }
        return false;
    }

    /**
     * Whether the 的 ending at {@code i} (token {@code tk}) follows a word of one character that the
     * segmentation tags a distinguishing adjective (b: 美, 奥), standing alone after a clause mark, a
     * function word or the text's start: such a character takes 的 only as part of a name (美的, 奥的斯),
     * never to modify what follows.
     */
    private static boolean brandWithDe(List<Token> tokens, int tk, int i) {
        if (tk <= 0 || tk >= tokens.size() || tokens.get(tk).end() != i || !tokens.get(tk).text().equals("的")) {
            return false;
        }
        Token b = tokens.get(tk - 1);
        if (b.end() != i - 1 || b.text().length() != 1 || !b.pos().equals("b")) {
            return false;
        }
        if (tk < 2 || tokens.get(tk - 2).end() != b.start()) {
            return true; // the clause's first word (punctuation is no token of the clause)
        }
        String p = tokens.get(tk - 2).pos();
        return p.startsWith("w") || p.startsWith("p") || p.startsWith("c") || p.startsWith("v") || p.startsWith("u");
    }

    /** One-character words for a department (政策调研|处, 人才培训|部, 外事接待|办). */
    private static final Set<String> DEPARTMENT_WORDS = Set.of("处", "科", "室", "组", "部", "司", "局", "办", "股");

    /**
     * Whether the role verb ending at {@code i} (token {@code tk}) is the field of a department the walk has
     * taken: the segmentation tags it a verbal noun (调研/vn) and a one-character department word follows it
     * inside the organization (某某研究处副处长). A verb (陪同/v 局长) stays a verb.
     */
    private static boolean fieldOfDepartment(List<Token> tokens, int tk, int i, int postStart) {
        if (tk >= tokens.size() || tokens.get(tk).end() != i || !tokens.get(tk).pos().equals("vn") || tk + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(tk + 1);
        return next.start() == i && next.end() < postStart + 1 && DEPARTMENT_WORDS.contains(next.text());
    }

    /** Names and nouns of the segmentation, not titles nor people (a title walk may extend over them). */
    private static boolean nounLike(Token t) {
        String p = t.pos();
        return (p.startsWith("n") || p.equals("j")) && !p.equals("nnt") && !t.isPerson();
    }

    /**
     * Where a title that the walk would start at {@code i} really starts: never inside a word of the
     * segmentation. Inside a noun (黑龙|江省, 市场调|查公司, cut by the length limit) it starts at the
     * noun's start, when nothing found before is there; inside any other word (对于: the walk stopped at
     * 对) it starts after that word.
     */
    private static int wordStart(List<Token> tokens, int i, int postStart, boolean[] used) {
        int x = firstEndingAfter(tokens, i);
        if (x >= tokens.size() || tokens.get(x).start() >= i) {
            return i;
        }
        Token t = tokens.get(x);
        boolean free = true;
        for (int k = t.start(); k < i; k++) {
            free &= !used[k];
        }
        if (nounLike(t) && free && postStart - t.start() <= MAX_ORGANIZATION + 4) {
            return t.start();
        }
        return Math.min(t.end(), postStart);
    }

    /**
     * Length of a bare name right after a 、 in a list that follows a titled name, or 0 when what
     * follows is not a bare name (a title of its own, an organization, a word).
     */
    private int listedName(String s, int j, List<Token> tokens) {
        int len = nameLength(s, j, tokens);
        if (len == 0 || lex.titles().contains(s.substring(j, j + len))) {
            return 0;
        }
        for (int e = j + 1; e <= j + len; e++) {
            if (lex.titles().longestEndingAt(s, e) != null || lex.orgSuffixes().longestEndingAt(s, e) != null) {
                return 0;
            }
        }
        int after = j + len;
        boolean ends = after == s.length() || "、，。；".indexOf(s.charAt(after)) >= 0 || terminatorAt(s, after);
        return ends && (after == s.length() || lex.titles().longestAt(s, after) == null) ? len : 0;
    }

    /**
     * Whether the conjunction before {@code i} joins two parts of one organization's name
     * (物流与采购联合会, 工业和信息化厅) rather than two people or two bodies (甲与市商务局局长乙): the
     * part after it ends with an organization suffix and does not open with a level of government
     * (省 市 区 县 州 镇 乡) of its own, the organization is a government body, a party or congress
     * body or an association, and before it stand at least two characters of running text that are
     * not a person's name, a group of people (专家学者), a role verb, a word that follows names, or
     * the end of another organization or park.
     */
    private boolean joinsOrganization(String s, int i, int postStart, boolean[] used, List<Token> tokens) {
        String suffix = i < postStart ? lex.orgSuffixes().longestEndingAt(s, postStart) : null;
        boolean joinedKind = suffix != null && JOINED_KINDS.contains(lex.orgSuffixes().value(suffix, 1));
        if (i < 3 || PEOPLE_ENDINGS.indexOf(s.charAt(i - 2)) >= 0 || !joinedKind && !joinsFields(i, postStart, tokens)) {
            return false;
        }
        int w = firstEndingAfter(tokens, i - 2);
        if (w < tokens.size() && tokens.get(w).end() == i - 1 && tokens.get(w).pos().equals("nnt")) {
            return false; // 某某教授及某研究所总工程师: a post or profession before the conjunction ends one person's title
        }
        int at = firstEndingAfter(tokens, i);
        boolean level = "省市区县州镇乡".indexOf(s.charAt(i)) >= 0 && (at >= tokens.size() || tokens.get(at).start() != i
                || tokens.get(at).text().length() == 1 || tokens.get(at).pos().startsWith("ns")); // 市场部 is no 市
        if (level || lex.titles().longestEndingAt(s, i - 1) != null
                || lex.orgSuffixes().longestEndingAt(s, i - 1) != null || lex.parkSuffixes().longestEndingAt(s, i - 1) != null) {
            return false;
        }
        for (int k = i - 3; k < i - 1; k++) {
            char c = s.charAt(k);
            if (!isHan(c) || STOP_CHARS.indexOf(c) >= 0 || used[k]) {
                return false;
            }
        }
        if (lex.roleVerbs().longestEndingAt(s, i - 1) != null || lex.nameTerminators().longestEndingAt(s, i - 1) != null) {
            return false;
        }
        if (names != null) {
            // 王强与某公司副总裁丁宁: a person's name before the conjunction
            int from = Math.max(0, i - 6);
            for (Token t : names.segmentNames(s.substring(from, i))) {
                if (t.isPerson() && t.end() + from >= i - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the 和/与/及 before {@code i} is a character of a name (金和科技, 云和县, 临江市和顺园公司: invented but for the county), not a
     * conjunction: the character before it is a bound one the segmentation leaves alone (金/b, 云/vg: a
     * conjunction follows a word), or a place name stands before it and a lone character after it, in a
     * name that ends with an organization's suffix (a place and a company are not joined by 和).
     */
    private boolean insideName(String s, int i, int postStart, boolean[] used, List<Token> tokens) {
        if (i < 2 || i >= postStart || used[i - 2]) {
            return false;
        }
        if (names != null) {
            int from = Math.max(0, i - 6);
            for (Token t : names.segmentNames(s.substring(from, i))) {
                if (t.isPerson() && t.end() + from >= i - 1) {
                    return false; // 柯台明及…: the character before ends a person's name
                }
            }
        }
        int c = firstEndingAfter(tokens, i - 1);
        if (c == 0 || c + 1 >= tokens.size() || tokens.get(c).start() != i - 1 || tokens.get(c).end() != i) {
            return false;
        }
        Token b = tokens.get(c - 1);
        Token a = tokens.get(c + 1);
        if (b.end() != i - 1 || a.start() != i || !isHan(s.charAt(i - 2))) {
            return false;
        }
        if (b.text().length() == 1 && BOUND_BEFORE.contains(b.pos())) {
            return true;
        }
        return b.pos().startsWith("ns") && a.text().length() == 1 && !NEVER_IN_NAME.contains(a.pos()) && !a.pos().startsWith("d")
                && !a.pos().startsWith("u") && !a.pos().startsWith("q") && "省市区县州镇乡村".indexOf(a.text().charAt(0)) < 0
                && lex.orgSuffixes().longestEndingAt(s, postStart) != null;
    }

    /** Parts of speech of a lone character that is no word by itself (a bound morpheme, a non-predicate adjective). */
    private static final Set<String> BOUND_BEFORE = Set.of("b", "vg", "ng", "ag", "tg", "dg", "bg", "x");

    /**
     * Whether the conjunction before {@code i} joins two fields of one body or one post (航道和港口养护司,
     * 材料与工艺研究中心, 市场及应用总监), whatever the body's kind: a common noun or verbal noun of two
     * characters stands right before it, and after it, up to the post, at least two characters open
     * with no name of a place, a body or a person, nor a pronoun, number or time (甲与青禾公司总裁乙).
     */
    private static boolean joinsFields(int i, int postStart, List<Token> tokens) {
        if (postStart - i < 2) {
            return false;
        }
        int before = firstEndingAfter(tokens, i - 2);
        int after = firstEndingAfter(tokens, i);
        if (before >= tokens.size() || after >= tokens.size()) {
            return false;
        }
        Token b = tokens.get(before);
        Token a = tokens.get(after);
        String ap = a.pos();
        boolean properOrFunction = a.isPerson() || ap.startsWith("nr") || ap.startsWith("ns") || ap.startsWith("nt")
                || ap.startsWith("r") || ap.equals("m") || ap.equals("t") || ap.equals("w") || NEVER_IN_NAME.contains(ap);
        boolean verbField = b.pos().equals("v") && before > 0 && tokens.get(before - 1).end() == b.start() && tokens.get(before - 1).pos().equals("n");
        return b.end() == i - 1 && b.text().length() >= 2 && (field(b) || verbField) && a.start() == i && !properOrFunction; // 技术|转让|与…: a verb in a noun phrase
    }

    /**
     * Where the first partner's name starts when the hyphen before {@code i} joins two names into one (a
     * joint venture's name, 甲汽-乙众), or -1: a noun or name of two characters or more of the
     * segmentation ends right at the hyphen and Chinese text follows it; a dash after a colon or a label
     * (发布人：-) joins nothing. The walk stops at that word (按照|甲汽-乙众总经理).
     */
    private static int partnerBeforeHyphen(String s, int i, int postStart, List<Token> tokens) {
        if (i < 3 || i >= postStart || !isHan(s.charAt(i)) || !isHan(s.charAt(i - 2))) {
            return -1;
        }
        int before = firstEndingAfter(tokens, i - 2);
        if (before >= tokens.size()) {
            return -1;
        }
        Token b = tokens.get(before);
        boolean name = b.end() == i - 1 && b.text().length() >= 2 && (b.pos().startsWith("n") || b.pos().equals("j")) && !b.pos().equals("nnt");
        return name ? b.start() : -1;
    }

    /** A common noun or verbal noun (能源, 分析, 服务), no name of a place, body or person. */
    private static boolean field(Token t) {
        String p = t.pos();
        return (p.equals("n") || p.equals("vn") || p.equals("nz") || p.equals("gi") || p.equals("gm") || p.equals("nf"))
                && !t.isPerson();
    }

    /** Whether a would-be name is a word our lexicons know as a thing (书记项目: 项目 is no name). */
    private boolean namesAThing(String name) {
        return lex.projectSuffixes().contains(name) || lex.orgSuffixes().contains(name) || lex.parkSuffixes().contains(name)
                || lex.eventKinds().contains(name);
    }

    /** Length of a person's name starting at {@code j}, or 0. */
    int nameLength(String s, int j, List<Token> tokens) {
        int len = nameLengthBefore(s, j, tokens);
        return len == 2 && (thirdBeforeSaying(s, j, tokens) || boundThird(s, j, tokens)) ? 3 : len;
    }

    /** Bound morphemes and name characters of HanLP: a character tagged so cannot stand as a word by itself. */
    private static final Set<String> BOUND_POS = Set.of("ng", "ag", "tg", "bg", "nr", "nrf", "nrj", "nz");

    /**
     * Whether a two-character name at {@code j} (a family name of one character) goes on by one
     * character that the segmentation leaves alone and that cannot stand alone there: a bound morpheme
     * or a name character (某某|林/ng|预计, 某某|焘/nr|担任), or a conjunction with nothing to join, a
     * preposition or a verb of saying right after it (某某|和|向记者介绍); followed by a verb, a word that
     * follows names, punctuation or the end. A free adverb, a conjunction before a noun or name (甲和乙)
     * stay out.
     */
    private boolean boundThird(String s, int j, List<Token> tokens) {
        int k = j + 2;
        if (k >= s.length() || !isHan(s.charAt(k)) || lex.surnames().contains(s.substring(j, j + 2)) || !lex.surnames().contains(s.substring(j, j + 1))) {
            return false;
        }
        int i = firstEndingAfter(tokens, k);
        if (i >= tokens.size()) {
            return false;
        }
        Token x = tokens.get(i);
        if (x.start() != k || x.end() != k + 1) {
            return false;
        }
        Token next = i + 1 < tokens.size() && tokens.get(i + 1).start() == k + 1 ? tokens.get(i + 1) : null;
        boolean ends = k + 1 == s.length() || !isHan(s.charAt(k + 1)) && !Character.isLetterOrDigit(s.charAt(k + 1));
        String np = next == null ? "" : next.pos();
        if (BOUND_POS.contains(x.pos())) {
            return ends || next != null && !next.isPerson() && (next.text().length() >= 2 && !np.startsWith("n") || np.startsWith("v")
                    || np.startsWith("d") || np.startsWith("p") || SAYING.contains(next.text()));
        }
        Token after = i + 2 < tokens.size() && next != null && tokens.get(i + 2).start() == next.end() ? tokens.get(i + 2) : null;
        if (next != null && next.text().equals("所") && after != null && SAYING.contains(after.text())
                && !x.pos().startsWith("d") && !x.pos().startsWith("u") && !x.pos().startsWith("r") && !x.pos().equals("w")) {
            return true; // 某某成|所|说: what stands before 所说 is the speaker, and a lone verb character is none
        }
        if (x.pos().equals("c") || x.pos().equals("cc")) {
            return next != null && !next.isPerson() && (np.startsWith("p") || SAYING.contains(next.text()));
        }
        return false;
    }

    /**
     * One-character words of name recognition that cannot stand alone: bound morphemes and a bound verb root. Not a
     * time morpheme or an adverb's (昨/tg, 亦/dg): 甲昨出席, 甲亦表示 are a three-character name and its predicate.
     */
    private static final Set<String> BOUND_FOURTH_POS = Set.of("ng", "ag", "bg", "vg");

    /**
     * Whether a name of three characters that name recognition found at {@code j} goes on by a fourth:
     * the character after it is a word of one character in {@code near} (name recognition's words of a
     * window starting at {@code shift}) that cannot stand alone (a bound morpheme: 某井秀|司/ng,
     * 某田晴|康/ag, 某田宪|召/vg), and after it a verb, adverb or preposition, punctuation or the end. A
     * Chinese name of one family name has at most three characters, so what stands after it is a word of
     * its own; a character that cannot be one belongs to the name (a family name of two, as Japanese names have).
     */
    private boolean boundFourth(String s, int j, List<Token> near, int shift) {
        int k = j + 3;
        if (k >= s.length() || !isHan(s.charAt(k)) || terminatorAt(s, k)) {
            return false;
        }
        for (int x = 0; x < near.size(); x++) {
            Token t = near.get(x);
            if (t.start() + shift < k) {
                continue;
            }
            if (t.start() + shift != k || t.text().length() != 1 || t.isPerson() || !BOUND_FOURTH_POS.contains(t.pos())) {
                return false;
            }
            if (k + 1 >= s.length() || !isHan(s.charAt(k + 1))) {
                return k + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(k + 1));
            }
            if (x + 1 >= near.size()) {
                return false;
            }
            String p = near.get(x + 1).pos();
            return near.get(x + 1).start() + shift == k + 1 && (p.startsWith("v") || p.startsWith("d") || p.startsWith("p"));
        }
        return false;
    }

    /**
     * Whether four characters at {@code j} are a married woman's name with two family names (the
     * husband's, then her own) and a given name of two: both first characters family names of one
     * character, the four split into single characters by the segmentation (no word inside), a clear
     * end after them (punctuation, a word that follows names, an adverb) and none inside.
     */
    private boolean marriedName(String s, int j, int runEnd, List<Token> tokens) {
        if (j + 4 > runEnd || !(j + 4 == runEnd || terminatorAt(s, j + 4) || adverbAt(j + 4, tokens))
                || !lex.surnames().contains(s.substring(j, j + 1)) || !lex.surnames().contains(s.substring(j + 1, j + 2))
                || lex.surnames().contains(s.substring(j, j + 2))) {
            return false;
        }
        for (int k = j + 1; k < j + 4; k++) {
            if (terminatorAt(s, k) || adverbAt(k, tokens) || STOP_CHARS.indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        return singleCharacters(s, j, j + 4, tokens);
    }

    /** Words that follow a name directly: verbs of saying and forms of address (saying-words.tsv). */
    private static final newsgraph.extract.lexicon.Lexicon SAYING = newsgraph.extract.lexicon.Lexicon.load("saying-words.tsv");

    /**
     * Whether a two-character name at {@code j} (a family name of one character) goes on by one
     * character that stands right before a verb of saying or a form of address and cannot stand bare
     * there: a preposition or verb of one character needs an object (某某用|介绍, 某某作|说, 某某任|表示),
     * a noun or bound character is no word before them (某某淅|先生), and a word of the segmentation running
     * across the name's end (某|大为|说) puts the character in the name. An adverb, conjunction, particle,
     * pronoun, number or time word stays out (某某也|说, 某某才|表示).
     */
    private boolean thirdBeforeSaying(String s, int j, List<Token> tokens) {
        int k = j + 2;
        if (k + 1 >= s.length() || !isHan(s.charAt(k)) || lex.surnames().contains(s.substring(j, j + 2)) || !lex.surnames().contains(s.substring(j, j + 1))) {
            return false;
        }
        int i = firstEndingAfter(tokens, k);
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token x = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (x.end() != k + 1 || next.start() != k + 1 || !SAYING.contains(next.text()) || x.isPerson()) {
            return false;
        }
        if (x.start() == j + 1) {
            return true; // 某|大为|说: the segmenter's word runs across the name's end
        }
        String p = x.pos();
        return x.start() == k && STOP_CHARS.indexOf(s.charAt(k)) < 0 && !p.startsWith("d") && !p.startsWith("c") && !p.startsWith("u") && !p.startsWith("r")
                && !p.startsWith("m") && !p.startsWith("t") && !p.startsWith("q") && !p.startsWith("f") && !p.equals("y") && !p.equals("e");
    }

    private int nameLengthBefore(String s, int j, List<Token> tokens) {
        if (j >= s.length()) {
            return 0;
        }
        int runEnd = j;
        while (runEnd < s.length() && isHan(s.charAt(runEnd))) {
            runEnd++;
        }
        if (runEnd + 1 < s.length() && "·•・".indexOf(s.charAt(runEnd)) >= 0 && isHan(s.charAt(runEnd + 1)) && runEnd - j <= 5) {
            // a transliterated foreign name: 马库斯·韦伯
            int e2 = runEnd + 1;
            while (e2 < s.length() && isHan(s.charAt(e2))) {
                e2++;
            }
            for (int k = runEnd + 2; k < e2; k++) {
                if (e2 < s.length() && "·•・".indexOf(s.charAt(e2)) >= 0 && terminatorAt(s, k)) {
                    return k - j; // 甲·乙和丙·丁: a conjunction between two foreign names ends the first
                }
            }
            int from = runEnd + 2;
            while (e2 + 1 < s.length() && "·•・".indexOf(s.charAt(e2)) >= 0 && isHan(s.charAt(e2 + 1)) && e2 - j < 16) {
                from = e2 + 2; // a third part: 叶列明·弗拉基米尔·利沃维奇 (name, given name, patronymic)
                e2 += 1;
                while (e2 < s.length() && isHan(s.charAt(e2))) {
                    e2++;
                }
            }
            for (int k = from; k <= e2 && k - j <= 20; k++) {
                if (k == e2 || terminatorAt(s, k) || adverbOnlyAt(k, tokens)) {
                    return k - j;
                }
            }
        }
        int run = runEnd - j;
        if (run < 2 || s.charAt(j) == '们' || numberAt(j, tokens) && !surname(s, j)) {
            return 0; // 总监们最为…: the post is plural; 总裁一职: a count (陆, 万 are family names too)
        }
        int hanlp = 0;
        List<Token> near = tokens;
        int shift = 0;
        if (names != null) {
            // name recognition on a window only: a few characters of context before, the name after
            shift = Math.max(0, j - 4);
            near = names.segmentNames(s.substring(shift, Math.min(s.length(), j + 8)));
        }
        for (Token t : near) {
            if (t.start() + shift == j && t.isPerson() && t.text().length() >= 2 && t.text().length() <= 3) {
                hanlp = t.text().length();
                break;
            }
            if (t.start() + shift > j) {
                break;
            }
        }
        if (hanlp > 0 && givenIsAWord(s, j) || verbWordAt(j, tokens) || hanlp == 0 && adverbThenVerb(j, tokens)) {
            return 0; // HanLP's 向记者: a title after the would-be family name; 呼吁道, 明确对: a verb or adverb; 都|乘坐: an adverb and its verb
        }
        if (hanlp != 3 && marriedName(s, j, runEnd, tokens)) {
            return 4; // 林庄秀琴: a husband's family name before her own
        }
        if (hanlp == 2 && verbPhrase(s, j, tokens)) {
            return 0; // name recognition's 都说, which the paragraph's segmentation reads as 都/d 说/v
        }
        if (hanlp == 3 && j + 3 < s.length() && "，,：:".indexOf(s.charAt(j + 3)) >= 0 && "说称道讲".indexOf(s.charAt(j + 2)) >= 0
                && freeWordAt(j + 2, tokens) && !lex.surnames().contains(s.substring(j, j + 2))) {
            hanlp = 2; // 某某|称|，: name recognition took the verb of saying before the comma as a third character
        }
        if (hanlp == 3 && verbStartsAt(j + 3, tokens) && !freeWordAt(j + 2, tokens)) {
            return 3; // 盛志诚|分析: name recognition's three characters end where a verb starts, though the third is an adverb morpheme alone (王钤|欲|了解: a free adverb is no part of it)
        }
        if (hanlp == 3 && boundFourth(s, j, near, shift)) {
            return 4; // 某井秀|司/ng|在: a given name of two after a family name of two (Japanese names), the bound character is the name's
        }
        boolean withNext = hanlp == 2 && lastBeforeDeng(s, j + 2); // 林小|同等
        if (hanlp > 0 && !withNext && (j + hanlp == runEnd || terminatorAt(s, j + hanlp) || adverbAt(j + hanlp, tokens))) {
            return hanlp;
        }
        if (!surname(s, j)) {
            return hanlp > 0 ? hanlp : bareTwoCharacterName(s, j, runEnd, tokens);
        }
        int maxLen = j + 2 <= s.length() && lex.surnames().contains(s.substring(j, j + 2)) ? 4 : 3;
        for (int len = 2; len <= maxLen && len <= run; len++) {
            if (len < maxLen && len < run && lastBeforeDeng(s, j + len)) {
                continue; // 林小同等参加: 同 ("with") before 等 is the name's last character
            }
            if (j + len == runEnd || terminatorAt(s, j + len) || adverbAt(j + len, tokens)) {
                return hanlp == 0 && wordNotName(s, j, len, tokens) ? 0 : len;
            }
        }
        return hanlp;
    }

    /**
     * Whether the paragraph's segmentation has a verb of two characters or more starting at {@code j}
     * before a verb of saying (呼吁|道), or an adverb or adjective before a preposition (明确|对): the
     * would-be family name opens a word, so no name starts there.
     */
    private static boolean verbWordAt(int j, List<Token> tokens) {
        int i = firstEndingAfter(tokens, j);
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        String p = t.pos();
        if (t.start() != j || t.text().length() < 2 || t.isPerson()) {
            return false;
        }
        // an adverb or adjective only before a preposition (明确|对…): 宁可欣 and 高明 are names
        boolean prepositionNext = i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("p");
        // a verb only before a verb of saying (呼吁|道, 强调|道): 陈放鸣 is a name
        boolean saying = t.end() < tokens.get(tokens.size() - 1).end() && i + 1 < tokens.size() && "道说称".indexOf(tokens.get(i + 1).text().charAt(0)) >= 0;
        return (p.equals("v") || p.equals("vi") || p.equals("vd")) && saying
                || (p.equals("d") || p.equals("ad") || p.equals("a")) && prepositionNext;
    }

    /** Whether the segmentation has a verb of two characters or more starting at {@code k} (分析, 表示). */
    private static boolean verbStartsAt(int k, List<Token> tokens) {
        int i = firstEndingAfter(tokens, k);
        return i < tokens.size() && tokens.get(i).start() == k && tokens.get(i).text().length() >= 2 && tokens.get(i).pos().startsWith("v");
    }

    /** Whether the segmentation has a one-character adverb, verb or preposition at {@code k} that stands as a word by itself (欲, 也, 在), not a bound morpheme (诚/dg). */
    private static boolean freeWordAt(int k, List<Token> tokens) {
        int i = firstEndingAfter(tokens, k);
        if (i >= tokens.size() || tokens.get(i).start() != k || tokens.get(i).end() != k + 1) {
            return false;
        }
        String p = tokens.get(i).pos();
        return p.equals("d") || p.equals("v") || p.startsWith("p");
    }

    /** Whether the segmentation has a number word of one character at {@code j} (一职, 两人): no family name. */
    private static boolean numberAt(int j, List<Token> tokens) {
        int i = firstEndingAfter(tokens, j);
        return i < tokens.size() && tokens.get(i).start() == j && tokens.get(i).pos().startsWith("m");
    }

    /**
     * Whether the segmentation has a one-character adverb, preposition or conjunction at {@code j}
     * followed by a verb of two characters or more (都|乘坐, 也|表示): a verb phrase, never a name (a
     * family name such as 都 or 向 before a given name that is no verb stays a name).
     */
    private static boolean adverbThenVerb(int j, List<Token> tokens) {
        int i = firstEndingAfter(tokens, j);
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        return a.start() == j && a.end() == j + 1 && !a.isPerson() && AFTER_NAME_POS.contains(a.pos())
                && b.start() == j + 1 && b.text().length() >= 2 && b.pos().startsWith("v") && !b.pos().equals("vn") && !b.isPerson();
    }

    /** Parts of speech of words that are never a name or a given name: verbs, adverbs, function words, numbers, directions. */
    private static final Set<String> NOT_NAME_POS = Set.of("v", "vd", "vi", "vn", "vl", "vf", "vx", "vg", "vshi", "vyou",
            "d", "dl", "dg", "p", "pba", "pbei", "c", "cc", "u", "ude1", "ude2", "ude3", "ule", "uzhe", "uguo", "usuo", "y", "e",
            "o", "r", "rr", "rz", "ry", "rzv", "rys", "ryv", "m", "mq", "q", "qv", "qt", "f", "t", "ad", "an");

    /** Parts of speech of a character that, before a one-character verb, makes a verb phrase rather than a name. */
    private static final Set<String> FUNCTION_POS = Set.of("d", "dg", "p", "c", "cc", "usuo", "u", "v", "vf", "r", "rr", "rz", "ry");

    /**
     * Whether characters that start with a family name are a word, not a name (HanLP's parts of
     * speech and the shape of a name): the family name and what follows are one word of the
     * paragraph's segmentation that is a verb, an adverb or a function word (强调, 应该); or the given
     * name opens with a title, a role verb or a word that follows names, of two characters or more
     * (向记者, 曾出席, 曾表示). A given name may itself be a verb (王保存, 李建设). Used only where HanLP
     * did not tag a person.
     */
    boolean wordNotName(String s, int j, int len, List<Token> tokens) {
        if (givenIsAWord(s, j)) {
            return true;
        }
        if (len == 2 && verbPhrase(s, j, tokens)) {
            return true;
        }
        for (int i = firstEndingAfter(tokens, j); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= j + len || t.isPerson()) {
                break;
            }
            boolean wordPos = NOT_NAME_POS.contains(t.pos()) || t.pos().startsWith("u") || t.pos().startsWith("v");
            if (t.start() == j && t.end() == j + len && len >= 2 && wordPos) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two characters at {@code j} read as a verb phrase rather than a name: a function
     * word then a one-character verb ({@link #functionWordAndVerb}), except where the first is also a
     * family name and the verb no verb of saying: 许立 and 都强 are names, 都说 and 所说 are not.
     */
    private boolean verbPhrase(String s, int j, List<Token> tokens) {
        return functionWordAndVerb(j, tokens) && (!surname(s, j) || "说讲称道".indexOf(s.charAt(j + 1)) >= 0);
    }

    /**
     * Whether the two characters at {@code j} are a function word or adverb, then a verb of one
     * character, each a word of its own (所说, 都说, 已达; not an adverb second: 何刚 is a name): a verb phrase, never a name. A family name
     * that is also a preposition keeps a given name that is no verb (向青云).
     */
    private static boolean functionWordAndVerb(int j, List<Token> tokens) {
        int first = firstEndingAfter(tokens, j);
        if (first + 1 >= tokens.size()) {
            return false;
        }
        Token a = tokens.get(first);
        Token b = tokens.get(first + 1);
        return a.start() == j && a.end() == j + 1 && b.start() == j + 1 && b.end() == j + 2 && !a.isPerson() && !b.isPerson()
                && FUNCTION_POS.contains(a.pos()) && b.pos().startsWith("v");
    }

    /** Whether what follows the family name at {@code j} opens with a title, a role verb or a word that follows names (two characters or more). */
    private boolean givenIsAWord(String s, int j) {
        int sl = j + 2 <= s.length() && lex.surnames().contains(s.substring(j, j + 2)) ? 2 : 1;
        String title = lex.titles().longestAt(s, j + sl);
        String verb = lex.roleVerbs().longestAt(s, j + sl);
        String follows = lex.nameTerminators().longestAt(s, j + sl);
        return title != null && title.length() >= 2 || verb != null && verb.length() >= 2 || follows != null && follows.length() >= 2;
    }

    /**
     * Whether [j, j+len) is one common noun of the paragraph's segmentation (领导干部, 领导班子): after a
     * collective label only, since after a post a name may be a noun too (副总理汪洋).
     */
    private static boolean commonNoun(String s, int j, int len, List<Token> tokens) {
        int i = firstEndingAfter(tokens, j);
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.start() == j && t.end() == j + len && (t.pos().equals("n") || t.pos().equals("vn") || t.pos().equals("t"));
    }

    /** Parts of speech of a word that, opening a clause, stands before a title, never inside its organization (HanLP's prepositions and times). */
    private static final Set<String> BEFORE_TITLE_POS = Set.of("p", "pba", "pbei", "t");

    /**
     * Whether token {@code tk} stands before a title rather than inside its organization: a personal
     * pronoun (正如我们|市委书记), or, opening the clause (or after a time that does), a preposition, a
     * time or a verb (据|, ，以|董事长, 去年5月|, 包括|某研究院院长); 经 in 市经信委 and 执行 in 某公司执行副总裁
     * do not open a clause.
     */
    private static boolean beforeTitle(String s, List<Token> tokens, int tk) {
        Token t = tokens.get(tk);
        if (t.pos().equals("rr") || t.pos().startsWith("r") && "其该此这那".indexOf(t.text().charAt(0)) >= 0 || dateWord(t)
                || t.pos().startsWith("q") && tk > 0 && dateWord(tokens.get(tk - 1))) {
            return true; // 其|国际业务部经理, 当年|某公司总经理, 4月|份|…: a pointer or a date is never part of an organization
        }
        if ((t.pos().equals("c") || t.pos().equals("cc")) && "和与及或同跟".indexOf(t.text().charAt(0)) < 0) {
            return true; // 但|分公司总经理, 不过|某公司总经理: a conjunction opens the clause (和, 与 may join an organization's name)
        }
        if (!BEFORE_TITLE_POS.contains(t.pos()) && !t.pos().equals("v") && !t.pos().equals("m") && !t.pos().equals("q")) {
            return false;
        }
        if (t.pos().equals("v") && t.text().length() == 1 && !TITLE_OPENERS.contains(t.text())) {
            return false; // 胜|达重工, 喜|达园 (invented): a lone verb character opening a company's name the segmenter split; 请, 让 take the person (title-openers.tsv)
        }
        int k = tk;
        while (k > 0 && tokens.get(k - 1).end() == tokens.get(k).start() && "t m q".contains(tokens.get(k - 1).pos())) {
            k--; // 去年|5|月: a time of several words
        }
        boolean timeRun = k < tk || t.pos().equals("t");
        return opensClause(s, tokens.get(k).start()) && (timeRun || !t.pos().equals("m") && !t.pos().equals("q"));
    }

    /** A time word that dates (2011年, 7月, 当年, 年初, 上旬), not one inside a name (明日, 会前). */
    private static boolean dateWord(Token t) {
        if (!t.pos().equals("t")) {
            return false;
        }
        String w = t.text();
        return w.chars().anyMatch(Character::isDigit) || w.endsWith("年") || w.endsWith("月") || w.endsWith("旬") || w.startsWith("年");
    }

    private static boolean opensClause(String s, int k) {
        return k == 0 || "，。；：！？“”\"（ \n,;:?!".indexOf(s.charAt(k - 1)) >= 0; // not 、: 、执行副主任 lists posts
    }

    /** Parts of speech of a one-character word that ends the name before it: adverbs, prepositions, conjunctions, the particle 所 (甲也, 甲在, 甲曾, 甲所说). */
    private static final Set<String> AFTER_NAME_POS = Set.of("d", "dg", "p", "c", "cc", "usuo");

    /** Whether the paragraph's segmentation has a one-character adverb, preposition or conjunction at {@code k} (董扬|在, 姚勇|也). */
    private static boolean adverbAt(int k, List<Token> tokens) {
        int i = firstEndingAfter(tokens, k);
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.start() == k && t.end() == k + 1 && AFTER_NAME_POS.contains(t.pos());
    }

    /** Whether the segmentation has a one-character adverb at {@code k} (格拉斯利|曾): it ends a foreign name; a preposition may be a transliterated syllable (德罗比兹). */
    private static boolean adverbOnlyAt(int k, List<Token> tokens) {
        int i = firstEndingAfter(tokens, k);
        return i < tokens.size() && tokens.get(i).start() == k && tokens.get(i).end() == k + 1 && tokens.get(i).pos().equals("d");
    }

    /** Whether a word of the paragraph's segmentation runs across {@code pos} (starts before it). */
    private static boolean insideWord(int pos, List<Token> tokens) {
        int i = firstEndingAfter(tokens, pos);
        return i < tokens.size() && tokens.get(i).start() < pos;
    }

    /** Whether an organization suffix starting inside the post [from, to) runs past its end (委员|会, 理事|会). */
    private boolean suffixAcross(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            String suf = lex.orgSuffixes().longestAt(s, k);
            if (suf != null && k + suf.length() > to) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token ending after {@code pos} (tokens are in order). */
    private static int firstEndingAfter(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A two-character name with no common family name (many names of minority peoples: 岩温, 召香),
     * accepted when the caller has anchored it (after a post or a collective label) and it stands
     * alone: a word boundary before it, a clear end after it (punctuation or a role verb such as 出席),
     * and the two characters are not one word of the dictionary (强调, 一行, 同志).
     */
    private int bareTwoCharacterName(String s, int j, int runEnd, List<Token> tokens) {
        if (j + 2 > runEnd || !(j + 2 == runEnd || terminatorAt(s, j + 2)) || terminatorAt(s, j)) {
            return 0;
        }
        for (int k = j; k < j + 2; k++) {
            if (STOP_CHARS.indexOf(s.charAt(k)) >= 0) {
                return 0;
            }
        }
        if (lex.titles().longestEndingAt(s, j + 2) != null || lex.orgSuffixes().longestEndingAt(s, j + 2) != null
                || lex.titles().longestAt(s, j) != null || functionWordAndVerb(j, tokens)) {
            return 0;
        }
        if (insideWord(j + 2, tokens) || adverbOnlyAt(j, tokens)) {
            return 0; // 经理|很|早就: an adverb opens no name, and a word running across its end ends none
        }
        boolean startsToken = false;
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // the first token ending after j
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= j) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (Token t : tokens.subList(lo, tokens.size())) {
            if (t.start() == j) {
                startsToken = true;
                if (t.end() > j + 1 && !t.isPerson()) {
                    return 0; // a word of two characters or more: 强调, 一行, 代表
                }
                if (t.pos().startsWith("u") || t.pos().equals("vf")) {
                    return 0; // 总统|之|职, 总经理|进|厂: a particle or a verb of direction after a post opens no name
                }
            } else if (t.start() < j && t.end() > j) {
                return 0; // the post and the first character are one word
            } else if (t.start() > j) {
                break;
            }
        }
        return startsToken ? 2 : 0;
    }

    /**
     * Whether the character at {@code k} is a one-character word that follows names (同, 和) but
     * stands right before 等, which closes a list of names: then it is the name's last character (林小同等).
     */
    private boolean lastBeforeDeng(String s, int k) {
        if (k + 1 >= s.length() || s.charAt(k + 1) != '等' || s.charAt(k) == '等') {
            return false;
        }
        String t = lex.nameTerminators().longestAt(s, k);
        return t != null && t.length() == 1 && lex.roleVerbs().longestAt(s, k) == null;
    }

    private boolean terminatorAt(String s, int k) {
        return lex.nameTerminators().longestAt(s, k) != null || lex.roleVerbs().longestAt(s, k) != null;
    }

    private boolean surname(String s, int j) {
        if (j + 2 <= s.length() && lex.surnames().contains(s.substring(j, j + 2))) {
            return true;
        }
        return lex.surnames().contains(s.substring(j, j + 1));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void mark(boolean[] used, int a, int b) {
        for (int x = Math.max(0, a); x < Math.min(used.length, b); x++) {
            used[x] = true;
        }
    }
}
