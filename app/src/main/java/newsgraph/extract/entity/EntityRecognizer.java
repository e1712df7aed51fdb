package newsgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import newsgraph.extract.segment.WordTriggers;
import newsgraph.extract.text.Clauses;
import newsgraph.extract.text.Marks;
import newsgraph.extract.text.StartGate;

/**
 * Stage 6, parks, projects and organizations. Requires: one paragraph of clean text and its tokens
 * (offsets relative to the paragraph). Produces: {@link EntityMention}s with offsets shifted by
 * {@code base}.
 *
 * <ul>
 *   <li>parks: a suffix of {@code park-suffixes.tsv}, the name found by {@link NameWalker}; a name
 *       made only of generic words (新兴产业专业园区) is a category and dropped; a park named only as
 *       the office of a title (…片区管委主任) is the organization, not a park mention (before 管委会
 *       alone it is a park); nor is a "park" named as a project (…物流园项目) in a sentence that
 *       places it in another park. A governing verb before a place is cut off (途经甲县开发区);</li>
 *   <li>projects: a strong suffix (…项目, …工程) anywhere; any project suffix after
 *       {@code 投资X元的}, the investment then belongs to that project alone; the items before
 *       {@code 等…项目}; a weak suffix followed by a phase (码头三期); a quoted vessel or device
 *       name (“某某1号”…). A total over several projects (签约项目85个，总投资…) is never attached, and
 *       a counted project word (签约数字经济项目12个) is a category. A project placed somewhere
 *       (X项目落户/位于/选址…Y) ends at its suffix, and its park is the last park named in that clause.
 *       A weak suffix with its own investment (某中心总投资…) or a lifecycle verb (…奠基) is a project.
 *       Categories are dropped: generic words only, a rank or scope opening (重大…工程, 我国…), a rank
 *       word with no place (某产业标杆项目), a bare province or city before generic words. Listed
 *       items without a suffix need a proper name (a place, a company, an unknown word), not a field.
 *       Investments: right after the name, {@code 投资X元建设} right before it, or a total later in
 *       the sentence when the sentence names one project (审批总投资, 计划总投资);</li>
 *   <li>organizations: a suffix of {@code org-suffixes.tsv} with a specific name before it.</li>
 * </ul>
 * The words these rules read (lifecycle, placing and building verbs, scope, area and rank words,
 * investment words, capacity units) are in {@code project-words.tsv} by use, the money magnitudes in
 * {@code money-units.tsv}: a newcomer changes them there, not here.
 */
public final class EntityRecognizer {
    /** The vocabulary of the rules below, from {@code project-words.tsv} and {@code money-units.tsv}. */
    private static final EntityWords W = EntityWords.load();
    private static final String UNITS = Money.units();
    private static final String INVESTS = W.alternation("invest");
    private static final String ABOUT = W.alternation("about");
    private static final Pattern INVEST = Pattern.compile("(" + INVESTS + ")(" + ABOUT + ")?([\\d.]+)(" + UNITS + ")?元的");
    private static final Pattern PHASE = Pattern.compile("^[（(]?[一二三四五六七八九十\\d]{1,2}期[）)]?(工程|项目)?");
    private static final Pattern QUOTED_NO = Pattern.compile("[“‘][^”’，。]{0,10}?[\\d一二三四五六七八九十]+(-\\d+)?号[”’]");
    private static final Pattern LIFECYCLE = Pattern.compile("^[^，。；、]{0,6}?(" + W.alternation("lifecycle") + ")");
    private static final Pattern INVEST_AFTER = Pattern.compile("^[，,]?(?:(?:该)?项目)?的?(?:" + INVESTS + ")(?:额)?(?:为)?(" + ABOUT + ")?(?:[\\d一二三四五六七八九十]+年)?([\\d.]+)(" + UNITS + ")?元(?!的)");
    private static final Pattern BACK_REFERENCE = Pattern.compile("(该|此|这一|这个|本)项目$");
    private static final Pattern INVEST_LATER = Pattern.compile("[，,](?:该项目|项目)?(?:计划|审批|批复|预计|概算|估算)?总投资(?:为|约|达)?([\\d.]+)(" + UNITS + ")?元(?!的)");
    private static final Pattern AGGREGATE = Pattern.compile("共|合计|累计|个项目|批项目|等");
    private static final Pattern SUBJECT_BACK_REFERENCE = Pattern.compile("^(该|此|这一|这个|本)?项目");
    private static final Pattern QUANTITY_IN_NAME = Pattern.compile(
            "(?:(?:" + W.alternation("capacity-rate") + ")?[\\d.]+(?:万|千|百|亿)?(?:" + W.alternation("capacity-unit") + ")|[一二三四五六七八九十\\d]期)$");
    /** The numerals of {@link #LISTED}'s count: its class of them (the regex's digit class is ASCII only). */
    private static final String COUNT_NUMERAL = "0123456789一二三四五六七八九十两";
    static final Pattern LISTED = Pattern.compile(
            "等(?:在内的)?([\\d一二三四五六七八九十]+个|一批)?\\d*[^，。；、\\d]{0,8}?(?:(项目|工程)|(" + W.alternation("route") + "))"
            + "|(?<=[^\\d一二三四五六七八九十两])([\\d一二三四五六七八九十两]+个)(项目|工程)");
    /**
     * What a match of {@link #LISTED} begins with: 等, or a count (its lookbehind and class unions,
     * tried at every position, showed in profiles): the first numeral of a run (the lookbehind) that
     * goes on to 个 (numerals are common characters: 一, 十, 两 in words, digits in dates).
     */
    static final StartGate LISTED_STARTS = new StartGate("等0123456789一二三四五六七八九十两", (s, p) -> {
        if (s.charAt(p) == '等') {
            return true;
        }
        if (p == 0 || COUNT_NUMERAL.indexOf(s.charAt(p - 1)) >= 0) {
            return false;
        }
        int k = p;
        while (k < s.length() && COUNT_NUMERAL.indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k < s.length() && s.charAt(k) == '个';
    });
    /** Modal and light verbs that make a clause of what follows their subject (要, 来, 做). */
    private static final Pattern CLAUSE_VERB = Pattern.compile(W.alternation("clause-verb"));
    /** A list head that counts companies or people, or names shows and events: its items are no projects. */
    private static final Pattern NOT_PROJECT_LIST = Pattern.compile("[\\d一二三四五六七八九十几多]+(?:家|位|名)|" + W.alternation("event-list"));
    /** An item that ends as an event's name does (甲世博会, 乙电池展): an occasion, not a project. */
    private static final Pattern EVENT_HEAD = Pattern.compile("(?:" + W.alternation("event-head") + ")[”’\"]?$");
    /** A road section named by its route number and ends (国道甲线乙至丙段): one thing built, where the sentence builds. */
    private static final Pattern ROAD_SECTION = Pattern.compile("(?:国道|省道|县道)[GSX]?\\d+线[^，。；、：（）]{1,14}?段");
    /** A building verb earlier in the clause of a road section: 开工建设国道甲线乙至丙段. */
    private static final Pattern BUILDS = Pattern.compile(W.alternation("road-builds"));
    /** An investment pointing back at the project just named: 这个总投资135亿元的项目. */
    private static final Pattern INVEST_BACK = Pattern.compile("(?:这个|这一|该|此)(?:" + INVESTS + ")(?:" + ABOUT + ")?([\\d.]+)(" + UNITS + ")?元的项目");
    private static final String HARD_STOP = "，。；、：！？\n";
    /** The verb of investing alone (投资), which the segmenter may tag as a verbal noun. */
    private static final Pattern INVEST_WORD = Pattern.compile("投资");
    /** A count right after a project word: 签约数字经济项目12个 names a category, not a project. */
    private static final Pattern COUNTED = Pattern.compile("^[\\d一二三四五六七八九十百千两]+(个|项|批)");
    /** Where a project is placed: X项目落户/位于/选址/入驻 Y. */
    private static final Pattern PLACED = Pattern.compile("^(?:正式|已|将|成功|顺利|拟)?(" + W.alternation("placed") + ")(?:于|在|到)?");

    /** An investment stated right before the building verb of the project it pays for: 拟投资200亿元以上开发建设X项目. */
    private static final Pattern INVEST_BEFORE = Pattern.compile(
            "(?:" + INVESTS + ")(?:" + ABOUT + ")?([\\d.]+)(" + UNITS + ")?元(?:以上|左右|多)?(?:在[^，。；、]{2,15}?)?(?:用于|开发|投资)?(?:" + W.alternation("invest-builds") + ")$");

    /** A park named only as the office of a title (某片区管委主任) is that office, not a park mention. */
    private static final Pattern ADMIN_TITLE = Pattern.compile("^(管委会|管委|工委|党工委|管理委员会)(常务)?副?(主任|书记|委员)");

    /** Fields of government that name a department before 部, 厅 or 局 (水利部, 民政厅): {@code org-sectors.tsv}. */
    private static final Lexicon SECTORS = Lexicon.load("org-sectors.tsv");

    private final Lexicons lex;
    private final NameWalker walker;
    /**
     * Where the suffix rules ask {@link #suffixMayName} and {@link #orgSuffixMayName} before they read
     * a word: at a suffix the segment stage left without words (where the segment stage asked the
     * same), since elsewhere the rules drop by the words what the gates drop (the tests hold them to
     * that with the gates {@code ALWAYS} and {@code NEVER} asked).
     */
    enum Gates { NEVER, WITHOUT_WORDS, ALWAYS }

    private final Gates gates;

    public EntityRecognizer(Lexicons lex) {
        this(lex, Gates.WITHOUT_WORDS);
    }

    EntityRecognizer(Lexicons lex, Gates gates) {
        this.lex = lex;
        this.walker = new NameWalker(lex);
        this.gates = gates;
    }

    /** Whether the rule at a suffix ending at {@code end} asks its character gate (see {@link Gates}). */
    private boolean gated(List<Token> tokens, int end) {
        if (gates != Gates.WITHOUT_WORDS) {
            return gates == Gates.ALWAYS;
        }
        // a segmented clause has a word over every character but spaces: none over the suffix's last, none segmented
        int i = NameWalker.indexEndingAtOrBefore(tokens, end - 1) + 1;
        return i >= tokens.size() || tokens.get(i).start() > end - 1;
    }

    public List<EntityMention> parks(String s, List<Token> tokens, int base) {
        List<EntityMention> out = new ArrayList<>();
        for (int end = s.length(); end > 0; end--) {
            String suf = lex.parkSuffixes().longestEndingAt(s, end);
            if (suf == null) {
                continue;
            }
            if (gated(tokens, end) && !parkSuffixMayName(s, end - suf.length(), end)) {
                continue; // no head can name it (see parkSuffixMayName): dropped below anyway, here before a word is read for a name
            }
            if (from(ADMIN_TITLE, s, end).lookingAt() || insideVerb(tokens, end, suf.length()) || !tokenBoundary(tokens, end)) { // 功能区块 is no 功能区
                continue;
            }
            NameWalker.Walk w = walker.walk(s, tokens, end - suf.length(), 20, end, true);
            if (w.start() >= 2 && "（(".indexOf(s.charAt(w.start() - 1)) >= 0
                    && lex.parkSuffixes().longestEndingAt(s, w.start() - 1) != null) {
                continue; // 某产业园（某开发区）: the bracket names the same park
            }
            int ns = walker.trimmedStart(s, tokens, afterLastVerb(tokens, w.start(), end - suf.length()), end - suf.length());
            String name = s.substring(ns, end);
            String head = name.substring(0, name.length() - suf.length());
            if (walker.specificPart(head).length() < 2 || precededByCount(tokens, w)) {
                continue;
            }
            out.add(new EntityMention(name, EntityMention.Type.PARK, null, base + ns, base + end, null, null));
            end = w.start() + 1;
        }
        // 在甲片区，乙物流园项目…: a "park" named as a project inside another park is that project
        List<EntityMention> kept = new ArrayList<>();
        for (EntityMention p : out) {
            String after = lex.projectSuffixes().longestAt(s, p.end() - base);
            if (after == null || !"strong".equals(lex.projectSuffixes().value(after, 1)) || !anotherParkInSentence(s, base, p, out)) {
                kept.add(p);
            }
        }
        return reverse(kept);
    }

    private static boolean anotherParkInSentence(String s, int base, EntityMention p, List<EntityMention> parks) {
        int from = p.start() - base;
        while (from > 0 && "。！？\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = p.end() - base;
        while (to < s.length() && "。！？\n".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        for (EntityMention q : parks) {
            if (q != p && q.start() - base >= from && q.end() - base <= to && !p.name().contains(q.name())) {
                return true;
            }
        }
        return false;
    }

    public List<EntityMention> projects(String s, List<Token> tokens, int base, List<EntityMention> parks) {
        return projects(s, tokens, base, parks, null);
    }

    /**
     * As above; {@code previous} is the last project named before this paragraph in the article, the
     * one that {@code 该项目总投资X元} refers back to.
     */
    public List<EntityMention> projects(String s, List<Token> tokens, int base, List<EntityMention> parks, EntityMention previous) {
        java.util.Set<Integer> enumerated = new java.util.HashSet<>();
        List<EntityMention> out = projectsNamed(s, tokens, base, parks, enumerated);
        // a park built with its own investment is also a project: 计划投资30亿元在甲区建设乙产业园
        for (EntityMention p : parks) {
            int rel = p.start() - base;
            int from = rel;
            while (from > 0 && rel - from < 40 && "，。；！？\n".indexOf(s.charAt(from - 1)) < 0) {
                from--; // the amount stands within a few words of the park: a bounded look back
            }
            Matcher mb = rel - from >= 6 ? INVEST_BEFORE.matcher(s.substring(from, rel)) : null;
            if (mb != null && mb.find() && out.stream().noneMatch(o -> o.start() <= p.start() && o.end() >= p.end())) {
                out.add(new EntityMention(p.name(), EntityMention.Type.PROJECT, null, p.start(), p.end(), Money.toYuan(mb.group(1), mb.group(2)), null));
            }
        }
        // investment stated after the name: X项目总投资45亿元; 该项目总投资120亿元
        List<EntityMention> withMoney = new ArrayList<>();
        for (EntityMention e : out) {
            int rel = e.end() - base;
            Matcher m = e.investmentYuan() == null && rel <= s.length() ? from(INVEST_AFTER, s, rel) : null;
            if (m != null && m.lookingAt() && m.group(1) == null) {
                e = e.withInvestment(Money.toYuan(m.group(2), m.group(3)));
            }
            withMoney.add(e);
        }
        // 拟投资200亿元以上开发建设X项目: the amount pays for the project the verb builds
        for (int i = 0; i < withMoney.size(); i++) {
            EntityMention e = withMoney.get(i);
            int rel = e.start() - base;
            int from = rel;
            while (from > 0 && "，。；！？\n".indexOf(s.charAt(from - 1)) < 0) {
                from--;
            }
            Matcher mb = e.investmentYuan() == null && rel > from ? INVEST_BEFORE.matcher(s.substring(from, rel)) : null;
            if (mb != null && mb.find()) {
                withMoney.set(i, e.withInvestment(Money.toYuan(mb.group(1), mb.group(2))));
            }
        }
        Matcher back = BACK_REFERENCE.matcher("");
        for (int i = s.indexOf("项目"); i >= 0; i = s.indexOf("项目", i + 1)) {
            back.reset(s.substring(Math.max(0, i - 2), i + 2));
            if (!back.find()) {
                continue;
            }
            Matcher m = from(INVEST_AFTER, s, i + 2);
            if (!m.lookingAt() || m.group(1) != null) {
                continue;
            }
            EntityMention target = null;
            for (EntityMention e : withMoney) {
                if (e.end() - base <= i - 1) {
                    target = e;
                }
            }
            if (target == null && firstSentence(s, i)) { // a later sentence of the paragraph may name its own subject (甲段是…工程。该项目…)
                target = previous;
            }
            if (target != null && target.investmentYuan() == null) {
                Long yuan = Money.toYuan(m.group(2), m.group(3));
                EntityMention t = target;
                withMoney.removeIf(x -> x == t);
                withMoney.add(target.withInvestment(yuan));
            }
        }
        // the subject of the sentence: X项目由某公司投资建设，总投资N元 / 该项目…，总投资N元
        Matcher later = INVEST_LATER.matcher(s.contains("总投资") ? s : "");
        while (later.find()) {
            int ss = later.start();
            while (ss > 0 && "。；！？".indexOf(s.charAt(ss - 1)) < 0) {
                ss--;
            }
            String before = s.substring(ss, later.start());
            if (AGGREGATE.matcher(before).find()) {
                continue;
            }
            List<EntityMention> inSentence = new ArrayList<>();
            for (EntityMention e : withMoney) {
                if (e.start() - base >= ss && e.end() - base <= later.start()) {
                    inSentence.add(e);
                }
            }
            EntityMention target = null;
            if (inSentence.size() == 1) { // the one project the sentence is about: 此次开工的X工程，审批总投资…
                target = inSentence.get(0);
            } else if (inSentence.isEmpty() && SUBJECT_BACK_REFERENCE.matcher(before).lookingAt()) {
                for (EntityMention e : withMoney) {
                    if (e.end() - base <= ss) {
                        target = e;
                    }
                }
                if (target == null && firstSentence(s, ss)) { // a later sentence of the paragraph may name its own subject (甲段是…工程。该项目…)
                    target = previous;
                }
            }
            pay(withMoney, target, later);
        }
        // a project is one concrete thing: its name carries a proper name, or the text pays for it or
        // builds it (光伏项目, 政府采购项目, 客户亮出项目 are kinds and phrases, not projects)
        // a breakdown by kind (甲类项目投资N亿元，乙类项目投资M亿元): unnamed projects, each with its amount
        List<EntityMention> lines = new ArrayList<>();
        for (EntityMention e : withMoney) {
            int rel = e.end() - base;
            if (e.investmentYuan() != null && rel >= 0 && rel < s.length() && from(INVEST_AFTER, s, rel).lookingAt()
                    && !concrete(s, tokens, e.start() - base, rel, false)) {
                lines.add(e);
            }
        }
        for (EntityMention e : lines) {
            long same = lines.stream().filter(o -> o != e && sentenceStart(s, o.start() - base) == sentenceStart(s, e.start() - base)).count();
            if (same >= 1) {
                withMoney.remove(e);
            }
        }
        // a subject and its verb before the name are not part of it: 某公司投资甲国轻轨项目 names 甲国轻轨项目,
        // 甲公司退出乙矿项目 names 乙矿项目; what is left of 各地上马某类项目 is no name at all
        for (int i = 0; i < withMoney.size(); i++) {
            EntityMention e = withMoney.get(i);
            String suf = lex.projectSuffixes().longestEndingAt(e.name(), e.name().length());
            int headEnd = e.end() - base - (suf == null || suf.length() >= e.name().length() ? 0 : suf.length());
            int cut = afterSubjectVerb(tokens, e.start() - base, headEnd);
            if (cut > e.start() - base && walker.specificPart(s.substring(cut, headEnd)).length() >= 2) {
                withMoney.set(i, new EntityMention(s.substring(cut, e.end() - base), e.type(), e.kind(), base + cut, e.end(), e.investmentYuan(), e.park()));
            } else if (cut > e.start() - base) {
                withMoney.remove(i--);
            }
        }
        // 这个总投资135亿元的项目: the amount of the project just named
        Matcher ib = INVEST_BACK.matcher(s.contains("元的项目") ? s : "");
        while (ib.find()) {
            EntityMention target = null;
            for (EntityMention e : withMoney) {
                if (e.end() - base <= ib.start() && !lex.projectSuffixes().contains(e.name()) && (target == null || e.end() > target.end())) {
                    target = e;
                }
            }
            if (target == null && firstSentence(s, ib.start())) { // a later sentence of the paragraph may name its own subject (甲段是…工程。该项目…)
                target = previous;
            }
            pay(withMoney, target, ib);
        }
        withMoney.removeIf(e -> clauseInside(tokens, e.start() - base, e.end() - base) // 甲线是首条…的生产线: a clause, not a name
                || predicateInside(tokens, e.start() - base, e.end() - base)
                || e.start() >= base && afterSuo(tokens, e.start() - base)
                || e.start() >= base && pointedAt(tokens, e.start() - base) && !strictlyNamed(tokens, e.start() - base, e.end() - base));
        // a programme, a category or a fragment is no project, whatever the text pays for it
        // (a project of an earlier paragraph, paid for here, was judged there)
        withMoney.removeIf(e -> e.start() >= base && e.end() - base <= s.length() && (programme(s, tokens, e.start() - base, e.end() - base)
                || cutAtStart(s, tokens, e.start() - base) || cutAtBoundaryNoun(tokens, e.start() - base) || joined(s, tokens, e.start() - base, e.end() - base)
                || kindOnly(s, tokens, e.start() - base, e.end() - base) || fragment(s, tokens, e.start() - base, e.end() - base)));
        withMoney.removeIf(e -> lex.projectSuffixes().contains(e.name()) // 总投资X元的项目: no name at all
                || e.investmentYuan() == null && !enumerated.contains(e.start()) && !concrete(s, tokens, e.start() - base, e.end() - base, e.park() != null));
        return withMoney;
    }

    /** Whether no word of the segmentation lies in [from, to): a clause the segment stage left alone. */
    private static boolean noWords(List<Token> tokens, int from, int to) {
        int i = firstStartingAtOrAfter(tokens, from);
        return i >= tokens.size() || tokens.get(i).start() >= to;
    }

    /** Whether the lifecycle word after {@code end} is a signing (签约, 签署): its subject is a party. */
    private static boolean signingAfter(String s, int end) {
        Matcher m = from(LIFECYCLE, s, end);
        return m.lookingAt() && SIGNING.matcher(m.group(1)).matches();
    }

    /** Whether {@code pos} lies in the paragraph's first sentence: where a back-reference may point to the project of an earlier paragraph. */
    private static boolean firstSentence(String s, int pos) {
        return sentenceStart(s, pos) == 0;
    }

    /** Whether a weak project suffix (…加工厂, …中心) ends at {@code end} of {@code s}. */
    private boolean weakSuffixEndsAt(String s, int end) {
        String suf = lex.projectSuffixes().longestEndingAt(s, end);
        return suf != null && !"strong".equals(lex.projectSuffixes().value(suf, 1));
    }

    /** A pointer or possessive before a name ({@code pointer}: 该, 其, 及其, 这个): the thing was named elsewhere. */
    private static final Pattern POINTER = Pattern.compile(W.alternation("pointer"));

    /**
     * Whether the name starting at {@code from} follows a pointer or possessive word (该冷链仓储项目,
     * 及其关联配套项目): with no proper name of its own, it refers to a thing described, not a name.
     */
    private static boolean pointedAt(List<Token> tokens, int from) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, from);
        if (i < 0 || tokens.get(i).end() != from) {
            return false;
        }
        Token t = tokens.get(i);
        return (t.pos().startsWith("r") || t.pos().startsWith("c")) && POINTER.matcher(t.text()).matches();
    }

    /** Whether the name at {@code from} follows 所 before a verb or adjective (上文所累述…): a relative clause (计算所|龙芯…: 所 of an institute, before a noun). */
    private static boolean afterSuo(List<Token> tokens, int from) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, from);
        if (i < 0 || tokens.get(i).end() != from || !tokens.get(i).pos().equals("usuo")) {
            return false;
        }
        return i + 1 < tokens.size() && !tokens.get(i + 1).pos().startsWith("n");
    }

    /** Words that make a name a programme or policy rather than one thing built: 惠民, 援疆, 攻关, 保障性安居. */
    private static final Pattern PROGRAMME = Pattern.compile(W.alternation("programme"));
    /** Words for the area of a place (甲市城市…, 乙区农村…): after a place, a category of that place's works. */
    private static final Pattern AREA_OF_PLACE = Pattern.compile(W.alternation("area-of-place"));

    /**
     * Whether the project [from, to) is a programme or a category: a programme word in its name (某某惠民工程,
     * 产业援疆项目, 某某科技攻关项目, 保障性安居工程), unless a village or town names it (甲村电商扶贫项目);
     * or a place followed by a word for its area (甲市城市快速路建设项目, 乙区农村电视工程).
     */
    private static boolean programme(String s, List<Token> tokens, int from, int to) {
        boolean village = false;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (AREA_OF_PLACE.matcher(w).matches() && i > 0 && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).start() >= from
                    && tokens.get(i - 1).pos().startsWith("ns")) {
                return true;
            }
            village |= (w.length() >= 2 || t.start() > from) && "村镇乡".indexOf(w.charAt(w.length() - 1)) >= 0 && t.pos().startsWith("n")
                    && !AREA_OF_PLACE.matcher(w).matches(); // 城镇 is an area, no town
        }
        return !village && PROGRAMME.matcher(s).region(from, to).find();
    }

    /** Words that open the name of a kind of product or plant by its grade or technology (高速, 高端, 光伏). */
    private static final Pattern KIND_OPENING = Pattern.compile("[“‘]?(?:" + W.alternation("kind-opening") + ")");
    /** Endings of a company's name (甲乙食品, 丙丁科技): without a project word, an investment in it names a company. */
    private static final Pattern COMPANY_ENDING = Pattern.compile("(?:" + W.alternation("company-ending") + ")$");
    /** A verb that places what follows (位于甲区乙城): what follows is where a project is, not a project. */
    private static final Pattern LOCATED_BEFORE = Pattern.compile("(?:" + W.alternation("located") + ")$");
    /** A count opening a phrase (一家国际品牌酒店, 两个项目): no name. */
    private static final Pattern COUNT_OPENING = Pattern.compile("[一两二三四五六七八九十几]+(?:家|个|座|项|批|条|处)");
    /** A company and the project word alone (甲乙公司项目): the company, no thing named. */
    private static final Pattern COMPANY_PROJECT = Pattern.compile(".+(?:公司|有限公司|集团)项目");
    /** An aside inside a name: 甲公司（以下简称“乙”）丙项目. */
    private static final Pattern ASIDE = Pattern.compile(W.alternation("aside"));

    /** Whether [from, to) opens with a word of {@code kind-opening} (after a quotation mark). */
    private static boolean kindOpening(String s, int from, int to) {
        return from < to && KIND_OPENING.matcher(s).region(from, to).lookingAt();
    }

    /** The end of the place token opening [from, to) (甲省, 乙市), else {@code from}. */
    private static int afterLeadingPlace(List<Token> tokens, int from, int to) {
        int i = firstStartingAtOrAfter(tokens, from);
        if (i < tokens.size() && tokens.get(i).start() == from && tokens.get(i).end() < to && tokens.get(i).pos().startsWith("ns")) {
            return tokens.get(i).end();
        }
        return from;
    }

    /** Whether [from, to) holds a place, person or organization, or a letter word that is no kind acronym: an owner or a site. */
    private boolean strictlyNamed(List<Token> tokens, int from, int to) {
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            if (p.startsWith("ns") && !p.equals("nsf") && !SCOPE_PLACE.matcher(t.text()).matches() || p.startsWith("nr") || p.equals("j")
                    || p.startsWith("nt") && !lex.genericModifiers().contains(t.text()) || p.equals("nx") && !KIND_ACRONYM.matcher(t.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the project [from, to) is only a kind, whatever it costs: it opens with a capacity
     * (300万吨特钢项目, 首期年产20万吨啤酒项目) or a kind word (多晶硅项目) and names no owner or site
     * (the owner stood before the investment: 甲公司投资90亿元的300万吨特钢项目); or, with no project
     * word, it ends as a company's name does (投资1.5亿元的甲乙食品).
     */
    private boolean kindOnly(String s, List<Token> tokens, int from, int to) {
        String name = s.substring(from, to);
        if (lex.projectSuffixes().longestEndingAt(name, name.length()) == null && COMPANY_ENDING.matcher(name).find()) {
            return true;
        }
        int start = name.startsWith("首期") || name.startsWith("一期") ? from + 2 : from;
        Matcher capacity = CAPACITY.matcher(s).region(start, to);
        return (capacity.lookingAt() || kindOpening(s, start, to))
                && !strictlyNamed(tokens, from, to);
    }

    /**
     * Whether [from, to) is a fragment: the site after 位于 (甲城位于乙区丙城), a name holding an aside
     * (以下简称…), a count phrase (一家…酒店), a company with the project word alone (甲公司项目), or,
     * without a project word, a place by a locality word (甲河东侧, 乙路以南): a site.
     */
    private boolean fragment(String s, List<Token> tokens, int from, int to) {
        return LOCATED_BEFORE.matcher(s).region(Math.max(0, from - 3), from).find() || ASIDE.matcher(s).region(from, to).find()
                || COUNT_OPENING.matcher(s).region(from, to).lookingAt() || COMPANY_PROJECT.matcher(s).region(from, to).matches()
                || lex.projectSuffixes().longestEndingAt(s, to) == null && endsWithLocality(tokens, to);
    }

    /**
     * Whether the name starting at {@code from} is cut from a longer word: it starts inside a token (该机|顶盒),
     * or right after a one-character adjective, distinguishing or suffix morpheme glued to it (全|钒液流电池,
     * 新|亚纸业, 进入者|某项目), or a letter word right after another (甲 乙|丙项目).
     */
    private static boolean cutAtStart(String s, List<Token> tokens, int from) {
        if (from == 0) {
            return false;
        }
        if (s.charAt(from) == '#' || s.charAt(from) == '＃') {
            return true; // 甲2#-B地块: the rest of a plot's number
        }
        int i = NameWalker.indexEndingAtOrBefore(tokens, from);
        if (i + 1 < tokens.size() && tokens.get(i + 1).start() < from) {
            return true; // the name starts inside a word
        }
        if (i >= 0 && tokens.get(i).end() == from - 1 && s.charAt(from - 1) == ' ' && tokens.get(i).pos().equals("nx") && latin(s.charAt(from))) {
            return true; // 甲 乙项目: the second word of a foreign name
        }
        if (i < 0 || tokens.get(i).end() != from) {
            return false;
        }
        Token before = tokens.get(i);
        String p = before.pos();
        Token first = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (first != null && first.text().length() == 1 && first.pos().equals("k")
                && Character.isIdeographic(s.charAt(from - 1))) {
            return true; // 进入者|某项目: a suffix morpheme opens no name
        }
        if (first != null && first.text().length() == 1 && Character.isIdeographic(first.text().charAt(0))
                && (first.pos().equals("v") || first.pos().equals("vg")) && i + 2 < tokens.size()
                && tokens.get(i + 2).text().length() == 1 && Character.isIdeographic(tokens.get(i + 2).text().charAt(0))
                && Character.isIdeographic(s.charAt(from - 1)) && before.text().length() >= 2 && p.startsWith("r")) {
            return true; // 该机|顶|盒项目: a pointer word took the first character of the noun after it, the rest is no name
        }
        return before.text().length() == 1 && Character.isIdeographic(before.text().charAt(0))
                && (p.equals("a") || p.equals("b") || p.equals("k") || p.equals("ng") || p.equals("g"))
                || p.equals("nx") && first != null && first.pos().equals("nx");
    }

    /** Whether a locality word (东侧, 以南, 沿线: HanLP's f) ends at {@code to}. */
    private static boolean endsWithLocality(List<Token> tokens, int to) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, to);
        return i >= 0 && tokens.get(i).end() == to && tokens.get(i).pos().equals("f") && tokens.get(i).text().length() >= 2;
    }

    /**
     * Whether the name at {@code from} begins right after a word of {@code name-boundaries.tsv} that is
     * used here as a noun or an adverbial inside a longer name, not as a governing verb: glued to a
     * noun before it (甲钢铁联合|企业高炉工程, 甲水产品全球|采购中心项目). The walk stopped inside the
     * owner's name; what is left names a kind, not the thing.
     */
    private boolean cutAtBoundaryNoun(List<Token> tokens, int from) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, from);
        if (i < 1 || tokens.get(i).end() != from) {
            return false;
        }
        Token b = tokens.get(i);
        Token prev = tokens.get(i - 1);
        String p = b.pos();
        return lex.nameBoundaries().contains(b.text()) && (p.equals("n") || p.equals("vd") || p.equals("b"))
                && prev.end() == b.start() && prev.pos().startsWith("n") && !prev.pos().startsWith("nr") && prev.text().length() >= 2;
    }

    /** Whether [from, to) joins two things: a project word or a ceremony before 和/及/与 inside it (甲项目和乙项目, 仪式和甲城). */
    private static boolean joined(String s, List<Token> tokens, int from, int to) {
        Matcher m = JOINED_CHARS.matcher(s).region(from, to);
        if (m.find() && m.end() < to) {
            return true; // 甲项目和龙乙项目: 和 after a whole thing joins, however the segmenter reads what follows
        }
        for (int i = firstStartingAtOrAfter(tokens, from); i + 1 < tokens.size() && tokens.get(i + 1).end() <= to; i++) {
            Token next = tokens.get(i + 1);
            if (next.pos().startsWith("c") && JOINED_HEAD.matcher(tokens.get(i).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** What ends a whole thing before a conjunction ({@code joined-head}: 项目, 仪式, a building: 甲大楼及乙大楼). */
    private static final Pattern JOINED_HEAD = Pattern.compile(".*(?:" + W.alternation("joined-head") + ")");
    private static final Pattern JOINED_CHARS = Pattern.compile("(?:" + W.alternation("joined-head") + ")[和及与]");

    /**
     * Whether a lifecycle verb (奠基, 开工, 投产, 运营…) follows the name at {@code end}, with no other
     * verb between them: 某中心（IOC）奠基 is built, 某平台研发运营 names an activity on a kind.
     */
    private static boolean lifecycleAfter(String s, List<Token> tokens, int end) {
        Matcher m = from(LIFECYCLE, s, end);
        if (!m.lookingAt()) {
            return false;
        }
        int verbAt = m.start(1);
        for (int i = firstStartingAtOrAfter(tokens, end); i < tokens.size() && tokens.get(i).end() <= verbAt; i++) {
            Token t = tokens.get(i);
            if ((t.pos().equals("v") || t.pos().equals("vi")) && t.text().length() >= 2) {
                return false; // a verbal noun may sit between: 甲基地投资协议正式签署
            }
        }
        return true;
    }

    private static int sentenceStart(String s, int pos) {
        int i = pos;
        while (i > 0 && "。！？；\n".indexOf(s.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** Places that scope a kind rather than name one thing: 中国酒店改造工程, 国内光伏项目. */
    private static final Pattern SCOPE_PLACE = Pattern.compile(W.alternation("scope"));
    /** A building or signing verb right before a name: 开工建设甲乙中心项目, 签约丙丁产业项目. */
    private static final Pattern BUILT_BEFORE = Pattern.compile("(" + W.alternation("built-before") + ")了?$");
    /** Officials visiting a site: 考察了甲乙项目, 来到丙丁工程. */
    private static final Pattern VISITED_BEFORE = Pattern.compile("(" + W.alternation("visited-before") + ")了?$");
    /** Officials inspecting the listed projects: 对甲乙项目、丙丁项目进行了考察. */
    private static final Pattern INSPECTED_AFTER = Pattern.compile("^(?:[^，。；！？]{0,30}?进行了?(实地)?(" + W.alternation("inspected") + ")|(施工)?(现场|工地))");
    /** Verbs that name the work of a project (某某改造工程, 某某扩建项目), not a clause around it. */
    private static final Pattern BUILDING_VERB = Pattern.compile(W.alternation("work"));
    /** {@code target}, when it has no amount yet, takes the amount {@code amount} matched (groups 1 and 2: number and unit). */
    private static void pay(List<EntityMention> withMoney, EntityMention target, Matcher amount) {
        if (target != null && target.investmentYuan() == null) {
            withMoney.removeIf(x -> x == target);
            withMoney.add(target.withInvestment(Money.toYuan(amount.group(1), amount.group(2))));
        }
    }

    /** Words for an area, not the name of one: 地区, 城市, 农村, 本省. */
    private static final Pattern AREA_WORD = Pattern.compile("(" + W.alternation("area") + ")$");
    /** A procurement lot or tender is bought, not built: 某某设备采购项目, 某某招标项目. */
    /** A word opening a capacity (年产, 日产): no verb of a clause (某集团年产5万吨纤维项目). */
    private static final Pattern CAPACITY_RATE = Pattern.compile(W.alternation("capacity-rate"));
    /** A capacity inside a name: 年产量200万台, 百万吨, 10兆瓦. */
    private static final Pattern CAPACITY = Pattern.compile("(?:(?:" + W.alternation("capacity-rate") + ")量?)?[\\d.一二三四五六七八九十百千万亿]+(?:" + W.alternation("capacity-unit") + ")");
    /** A phase in the name: 某某码头一期工程, 某某项目二期. */
    private static final Pattern PHASE_IN_NAME = Pattern.compile("[一二三四五六七八九十]期");
    /** A phase and nothing else (二期, 第3期): after a place alone, it names no project. */
    private static final Pattern ONLY_PHASE = Pattern.compile("第?[一二三四五六七八九十\\d]{1,2}期");
    /** A line number after the project word (某市轨道交通工程1号线): part of the name, the line is the project. */
    private static final Pattern LINE_NUMBER = Pattern.compile("^[一二三四五六七八九十\\d]{1,2}号线");
    private static final Pattern PROCUREMENT = Pattern.compile("(" + W.alternation("procurement") + ")$");

    /**
     * Whether the project [from, to) of {@code s} is one concrete thing: its name, without the
     * project word, holds a proper name (a place, an organization, a person, a quoted or numbered
     * designation, a company or brand the dictionary does not know and cuts into single characters,
     * an organization or park named inside), or it lies in a named park, or it is a descriptive name
     * that officials visit (four characters or more) or that the sentence builds, places or signs
     * (six or more: 甲乙丙丁中心项目奠基, 开工建设甲乙丙丁产业项目).
     */
    private boolean concrete(String s, List<Token> tokens, int from, int to, boolean inPark) {
        String name = s.substring(from, to);
        String suf = lex.projectSuffixes().longestEndingAt(name, name.length());
        int headEnd = suf == null || suf.length() >= name.length() ? to : to - suf.length();
        if (PROCUREMENT.matcher(s).region(from, headEnd).find()) {
            return false;
        }
        int named = afterVerbBefore(tokens, from, headEnd);
        int afterPlace = afterLeadingPlace(tokens, named, headEnd);
        if (afterPlace > named && ONLY_PHASE.matcher(s).region(afterPlace, headEnd).matches()) {
            return false; // 甲市二期项目: a place and a phase, the phase of something named elsewhere
        }
        if (designated(s, tokens, from, headEnd)) {
            return true;
        }
        if (kindOpening(s, named, headEnd)) {
            return strictlyNamed(tokens, named, headEnd); // 高速柴油发动机项目: a kind, unless an owner or place follows
        }
        if (afterPlace > named && kindOpening(s, afterPlace, headEnd) && !strictlyNamed(tokens, afterPlace, headEnd)) {
            return false; // 甲市太阳能光伏项目: a place's kind of works, a category
        }
        if (named(s, tokens, named, headEnd)) {
            return true;
        }
        String head = s.substring(from, headEnd);
        Matcher phase = PHASE_IN_NAME.matcher(head);
        if (phase.find() && walker.specificPart(head.substring(0, phase.start())).length() >= 4
                && (suf != null || !weakSuffixEndsAt(head, phase.start()))) { // 稻米加工厂一期: a kind of plant and its phase
            return true; // 甲乙供水二期工程; a phase of a bare word (公司二期项目, 市场二期项目) names no project
        }
        Matcher capacity = CAPACITY.matcher(head);
        if (capacity.find() && capacity.start() > 0 && head.substring(0, capacity.start()).codePoints().allMatch(Character::isIdeographic)
                && walker.specificPart(head.substring(0, capacity.start())).length() >= 4) {
            return true; // 甲乙材料年产3万吨…项目: a plant's capacity after its owner's name; alone (百万吨乙烯项目) it names none
        }
        if (inPark && walker.specificPart(head).length() >= 2 && afterVerbBefore(tokens, from, headEnd) == from) {
            return true; // a project placed in a named park (在某产业园，甲乙项目…)
        }
        // a site the officials visit is one thing (美丽田园项目现场); a kind is built, signed and started
        // as often as a named project (开工高速公路项目), so building says so only of a longer name
        // an amount or capacity (年产200万台, 百万吨) describes the plant, it does not name it
        int specific = walker.specificPart(CAPACITY.matcher(s.substring(afterVerbBefore(tokens, from, headEnd), headEnd)).replaceAll("")).length();
        if (specific >= 4 && (to < s.length() && from(INSPECTED_AFTER, s, to).lookingAt()
                || VISITED_BEFORE.matcher(s).region(Math.max(0, from - 5), from).find())) {
            return true;
        }
        return specific >= 6 && (to < s.length() && (lifecycleAfter(s, tokens, to) || from(PLACED, s, to).lookingAt())
                || BUILT_BEFORE.matcher(s).region(Math.max(0, from - 5), from).find());
    }

    /**
     * The end of the last verb in [from, to) that follows a place, person, organization, adverb or
     * pronoun, else {@code from}: the proper name must come after it (某国投资风电项目, 某人担任项目: a
     * clause whose object is a kind, not a name).
     */
    private static int afterVerbBefore(List<Token> tokens, int from, int to) {
        int cut = from;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String before = i > 0 && tokens.get(i - 1).end() == t.start() ? tokens.get(i - 1).pos() : "w";
            boolean subject = before.startsWith("ns") || before.startsWith("nr") || before.startsWith("nt") || before.equals("nis")
                    || before.startsWith("d") || before.startsWith("r") || before.equals("vf");
            boolean governs = t.end() == to && !BUILDING_VERB.matcher(t.text()).matches() // 提供项目, 挑选项目: a verb and its object;
                    && !before.startsWith("q") && !before.startsWith("m"); // after a capacity it names the process (100万吨冷轧项目)
            if (t.pos().equals("v") && t.text().length() >= 2 && t.start() > from && (subject || governs) && !CAPACITY_RATE.matcher(t.text()).matches()) {
                cut = t.end(); // a subject and its verb: 某国投资…, 某人担任…; 垃圾转运系统 is one compound
            }
        }
        return cut;
    }

    /**
     * The end of the last verb in [from, to) that is a predicate, else {@code from}: a verb of two or
     * more characters inside the head, not the work a project names (改造, 扩建), not right before the
     * project word (债务优化项目: the project's own activity), after its subject (a place, person,
     * organization) or before the proper name it governs (退出甲矿项目, 上马ABC项目). Verbs the
     * segmenter finds inside names (甲乙创新中心, 丙区分块蓄洪) come before common nouns and stay.
     */
    private static int afterSubjectVerb(List<Token> tokens, int from, int to) {
        int cut = from;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String before = i > 0 && tokens.get(i - 1).end() == t.start() ? tokens.get(i - 1).pos() : "w";
            boolean invests = t.pos().equals("vn") && INVEST_WORD.matcher(t.text()).matches() && governsName(tokens, i)
                    && t.start() > from && (before.startsWith("nt") || before.startsWith("v") || before.equals("j")); // 甲公司|建|投资|乙国…: a subject and its verb
            if (invests) {
                cut = t.end();
            } else if ((t.pos().equals("v") || t.pos().equals("vi")) && t.text().length() >= 2 && !t.text().startsWith("年") && t.start() > from && t.end() < to
                    && !BUILDING_VERB.matcher(t.text()).matches() // 甲区改造…: the work is part of the name
                    && (t.pos().equals("v") && (before.startsWith("ns") || before.startsWith("nr") || before.startsWith("nt")
                    || before.equals("nis") || before.equals("j") || before.equals("nx")) || governsName(tokens, i))) {
                cut = t.end();
            }
        }
        return cut;
    }

    /**
     * Whether [from, to) of {@code s} holds a quoted, lettered or numbered designation (“某某”, ABC-1,
     * 102滑坡群). A letter word that names a kind of product or scheme (LED, PDP, BOT, GMP: {@code
     * kind-acronym}) designates nothing, nor does an amount or capacity (100万吨, 200兆瓦, 2009年).
     * Quotation marks designate only when the quoted words do (see {@link #quotedName}).
     */
    private boolean designated(String s, List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ("“”‘’《》\"".indexOf(c) >= 0) {
                int close = i + 1;
                while (close < to && "“”‘’《》\"".indexOf(s.charAt(close)) < 0) {
                    close++;
                }
                if (quotedName(s, tokens, i + 1, close)) {
                    return true;
                }
                i = close;
                continue;
            }
            if (latin(c)) {
                int j = i;
                while (j < to && (latin(s.charAt(j)) || digit(s.charAt(j)) || s.charAt(j) == '-')) {
                    j++;
                }
                if (!KIND_ACRONYM.matcher(s.substring(i, j)).matches()) {
                    return true;
                }
                i = j - 1;
            } else if (digit(c)) {
                int j = i;
                while (j < to && (digit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j < s.length() && !AMOUNT_AFTER.matcher(s).region(j, s.length()).lookingAt()) {
                    return true; // a number naming one thing: 102滑坡群, 3号楼
                }
                i = j - 1;
            }
        }
        return false;
    }

    /**
     * Whether the quoted words [from, to) name one thing rather than label a programme, a product or
     * a slogan (“职业安全”项目, “2211”工程, “十二五”攻关项目, ‘绿色’电脑进西部): a number with 号
     * (“甲乙2号”), a letter word that is no kind acronym, a place, person or organization other than
     * a brand the dictionary lists as a company (its common words: 现代, 光明), a name the dictionary
     * does not know (single-character morphemes, “甲乙”), or words that end as a thing built does
     * (“甲乙国际机械城”). Numbers alone (“十二五”, “110”) and common words are labels.
     */
    private boolean quotedName(String s, List<Token> tokens, int from, int to) {
        if (to - from < 1) {
            return false;
        }
        String q = s.substring(from, to);
        if (NUMBERED.matcher(q).find() || lex.projectSuffixes().longestEndingAt(q, q.length()) != null && q.length() > 2
                || lex.parkSuffixes().longestEndingAt(q, q.length()) != null && q.length() > 2) {
            return true;
        }
        int run = 0;
        boolean morpheme = false;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            if (p.startsWith("ns") && !SCOPE_PLACE.matcher(t.text()).matches() || p.startsWith("nr") || p.equals("j")
                    || p.startsWith("nt") && !p.startsWith("ntc") || p.equals("nx") && !KIND_ACRONYM.matcher(t.text()).matches()) {
                return true;
            }
            if (t.text().length() == 1 && !p.startsWith("m") && !p.startsWith("q") && !p.startsWith("u") && !p.startsWith("p")
                    && !p.startsWith("c") && !p.startsWith("d") && !t.isPunctuation() && (run > 0 || t.start() == from)) {
                run++; // from the first quoted word: a coined name opens the quote (“甲乙”), 人才强校 is common words
                morpheme |= p.equals("ng") || p.equals("b") || p.equals("j") || p.equals("g") || p.equals("nz");
                if (run >= 2 && morpheme) {
                    return true; // 甲/nz 乙/b: a coined name
                }
            } else {
                run = 0;
                morpheme = false;
            }
        }
        return false;
    }

    /** Whether the foreign country at {@code i} stands next to another country: the two parties of a bilateral project. */
    private static boolean countryPair(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token before = i > 0 && tokens.get(i - 1).end() == t.start() ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() ? tokens.get(i + 1) : null;
        return before != null && before.pos().startsWith("ns") || after != null && after.pos().startsWith("ns");
    }

    /** A number that names one thing in quotes: “甲乙2号”, “甲乙-1号”, “甲乙一号”. */
    private static final Pattern NUMBERED = Pattern.compile("[\\d一二三四五六七八九十]+(?:-\\d+)?号");

    /** Letter words that name a kind (LED, PDP, BOT), from {@code kind-acronym}, matched whole and ignoring case. */
    private static final Pattern KIND_ACRONYM = Pattern.compile("(?i)(?:" + W.alternation("kind-acronym") + ")+(?:-?(?:" + W.alternation("kind-acronym") + "))*");
    /** What makes a number an amount, a capacity or a date rather than a designation. */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("[万千百亿%％.\\-~～/]|(?:" + W.alternation("capacity-unit") + "|年|月|日|个|家|期|条|座|项|米|公里|千米|亩|人|元|美元|平方|立方|伏|瓦|英尺)");

    private static boolean latin(char c) {
        return c < 128 && Character.isLetter(c) || c >= 'Ａ' && c <= 'ｚ';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Whether [from, to) of {@code s} holds a proper name word (see {@link #concrete}). */
    private boolean named(String s, List<Token> tokens, int from, int to) {
        int run = 0;
        int runVerbs = 0;
        boolean morpheme = false;
        int quotes = 0;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            String w = t.text();
            if (w.equals("“") || w.equals("‘") || w.equals("《") || w.equals("’") && quotes == 0) {
                quotes++; // quoted words are judged by quotedName alone (designated)
                continue;
            } else if (w.equals("”") || w.equals("’") || w.equals("》")) {
                quotes = Math.max(0, quotes - 1);
                continue;
            } else if (quotes > 0) {
                continue;
            }
            if (p.startsWith("ns") && !p.equals("nsf") && !SCOPE_PLACE.matcher(w).matches() || p.startsWith("nt") && !lex.genericModifiers().contains(w) || p.startsWith("nr")
                    || p.equals("nsf") && countryPair(tokens, i) // 甲国乙国“某某”合作项目: the two parties name it
                    || p.equals("nx") && !KIND_ACRONYM.matcher(w).matches()
                    || p.equals("j") || w.length() >= 2 && "省市县区镇乡村".indexOf(w.charAt(w.length() - 1)) >= 0 && p.startsWith("n") && !AREA_WORD.matcher(w).find()) {
                return true;
            }
            String org = lex.orgSuffixes().longestEndingAt(s, t.end());
            String inner = org != null && org.length() >= 2 ? org : lex.parkSuffixes().longestEndingAt(s, t.end());
            if (inner != null && t.end() - inner.length() > from
                    && walker.specificPart(s.substring(from, t.end() - inner.length())).length() >= 2) {
                return true; // 甲乙集团某项目, 丙丁产业园项目
            }
            if (w.length() == 1 && !t.isPunctuation() && !p.startsWith("u") && !p.startsWith("p") && !p.startsWith("c") && !p.startsWith("q")
                    && !p.equals("vf") && !p.startsWith("d")) {
                run++;
                runVerbs += p.equals("v") ? 1 : 0;
                morpheme |= p.equals("ng") || p.equals("b") || p.equals("j");
            } else {
                if (coined(run, morpheme, runVerbs) && !p.equals("vn")) { // 光/n 棒/ng 扩建/vn: the object of an activity
                    return true;
                }
                run = 0;
                runVerbs = 0;
                morpheme = false;
            }
        }
        return coined(run, morpheme, runVerbs);
    }

    /**
     * Whether a run of single characters is a name the dictionary does not know (甲/n 乙/v 丙/n with a
     * bound morpheme), judged on the whole run: two verbs in it are two acts on their objects, an
     * activity abbreviated (控/v 源/ng 截/v 污/ag), not a name; nor is a run a verbal noun follows
     * (光/n 棒/ng 扩建, 亲/ng 水/n 绿化): it is the object of that activity, a kind of works.
     */
    private static boolean coined(int run, boolean morpheme, int verbs) {
        return run >= 2 && morpheme && verbs < 2;
    }

    /**
     * The end of the last verb of two or more characters in [from, to) that is not the work a
     * project names (改造, 扩建…) and governs a place or an organization (投向甲市…) or takes a
     * particle (参建了…: then after the particle), else {@code from}.
     */
    private static int afterGoverningVerb(List<Token> tokens, int from, int to) {
        int cut = from;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() < to; i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() ? tokens.get(i + 1) : null;
            if (t.pos().equals("v") && t.text().length() >= 2 && !BUILDING_VERB.matcher(t.text()).matches() && next != null
                    && (next.pos().startsWith("ns") || next.pos().startsWith("nt") || next.pos().startsWith("u") && next.end() < to)) {
                cut = next.pos().startsWith("u") ? next.end() : t.end(); // a verb inside a name (展示中心, 封装生产线) governs no place
            }
        }
        return cut;
    }

    /** A verb that builds, opens or pushes forward what its clause names (建造, 投入使用, 推进). */
    private static final Pattern CLAUSE_BUILDS = Pattern.compile(W.alternation("built-before") + "|" + W.alternation("lifecycle") + "|" + W.alternation("advances"));
    private static final StartGate CLAUSE_BUILDS_STARTS = new StartGate(
            firsts(W.of("built-before")) + firsts(W.of("lifecycle")) + firsts(W.of("advances")));

    /**
     * Whether the clause around [from, to) builds, opens or pushes forward what it names: a quoted
     * numbered vessel or rig is a project there (推进“甲2号”网箱建造), not where it only works or
     * grows (连接“甲1号”钻井平台的管道破裂, 培育出“乙一号”金银花).
     */
    private static boolean clauseBuilds(String s, int from, int to) {
        int a = from;
        while (a > 0 && "，。；！？".indexOf(s.charAt(a - 1)) < 0) {
            a--;
        }
        int b = to;
        while (b < s.length() && "，。；！？".indexOf(s.charAt(b)) < 0) {
            b++;
        }
        // tried at the verbs' first characters only; a verb holds no clause end, so none found from
        // inside [a, b) runs past b
        return CLAUSE_BUILDS_STARTS.find(CLAUSE_BUILDS.matcher(s), s, a, b);
    }

    /** Where the act after an invested thing begins, in a clause with no words: a building verb or an adverb of time (建设已启动). */
    private static final Pattern UNSEGMENTED_ACT = Pattern.compile("(?:" + W.alternation("built-before") + "|" + W.alternation("lifecycle") + ")?(?:已经|已|将|正在)");

    /** What introduces the items of a list inside the first one's walk: 11个项目有甲、乙, 项目包括甲、乙. */
    private static final Pattern LIST_INTRO = Pattern.compile("(?:项目|工程)(?:有|包括|主要有)");
    /** What joins the two parties of a deal or meeting (甲与乙中心签署): what follows is a party. */
    private static final String PARTY_BEFORE = "与同和";
    /** A signing verb among the lifecycle words: its subject is a party. */
    private static final Pattern SIGNING = Pattern.compile("签.*");
    /** The end of a department or institute named by two fields joined (电机工程与应用电子技术系): {@code field-of}. */
    private static final Pattern FIELD_OF = Pattern.compile(W.alternation("field-of"));

    /**
     * Whether the project word ending at {@code end} is the first field of a department or institute
     * that joins two fields with 与/和 (甲大学电机工程与应用电子技术系, 乙工程与力学学院): common nouns,
     * a conjunction, common nouns, then the department's word, within a few words.
     */
    private static boolean departmentGoesOn(List<Token> tokens, int end) {
        boolean joined = false;
        for (int i = firstStartingAtOrAfter(tokens, end); i < tokens.size() && tokens.get(i).end() - end <= 16; i++) {
            Token t = tokens.get(i);
            if (joined && FIELD_OF.matcher(t.text()).matches()) {
                return true;
            }
            if (!joined && t.pos().startsWith("c") && (t.text().equals("与") || t.text().equals("和"))) {
                joined = true;
            } else if (!(t.pos().equals("n") || t.pos().equals("vn") || t.pos().equals("gi"))) {
                return false;
            }
        }
        return false;
    }

    /** The organs of a project (甲工程建设指挥部, 乙项目领导小组): an organization named after a project, which stays one. */
    private static final Pattern ORGAN = Pattern.compile("(?:" + W.alternation("organ") + ")$");

    /**
     * Whether the nouns after a project word at {@code end} go on to an organization's suffix within
     * a few words (甲乙工程设计（丙）有限公司, 甲大学汽车工程开发研究院): the word names a field of that
     * organization, not a project. A project's own organ (…工程建设指挥部) does not count.
     */
    private boolean orgNameGoesOn(String s, List<Token> tokens, int end) {
        for (int i = firstStartingAtOrAfter(tokens, end); i < tokens.size() && tokens.get(i).end() - end <= 16; i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            boolean bracket = "（）()".contains(t.text());
            if (!bracket && !(p.startsWith("n") && !p.equals("nx") || p.equals("vn") || p.equals("gi") || p.equals("q") && t.text().equals("部"))) {
                return false;
            }
            String org = lex.orgSuffixes().longestEndingAt(s, t.end());
            if (!bracket && org != null && t.end() - org.length() >= end) {
                return !ORGAN.matcher(s).region(end, t.end()).find();
            }
        }
        return false;
    }

    /**
     * Whether the list rule drops the match {@code d} of {@link #LISTED} by its characters alone: it
     * counts companies or people or names shows (甲、乙等30多家…), or a count closes no list (引进4个项目)
     * or closes projects of a kind (甲、乙等领域的86个项目).
     */
    private static boolean listDropped(String s, Matcher d) {
        int itemEnd = d.start();
        return NOT_PROJECT_LIST.matcher(d.group()).find()
                || d.group(4) != null && (!listBefore(s, itemEnd) || itemEnd > 0 && s.charAt(itemEnd - 1) == '的');
    }

    /** Whether a list (an item, 、, an item) ends at {@code end} within its clause: 甲项目、乙项目、丙4个项目. */
    private static boolean listBefore(String s, int end) {
        for (int i = end - 1; i >= 0 && i >= end - 40; i--) {
            char c = s.charAt(i);
            if (c == '、') {
                return true;
            }
            if (QUOTE_STOPS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false; // keep in step with QuotedNames, the segment stage's cue
    }

    /**
     * Projects named in the paragraph; the starts of those that are one thing by the way they are
     * listed (an enumeration with an exact count, a numbered road section) go into {@code enumerated}.
     */
    private List<EntityMention> projectsNamed(String s, List<Token> tokens, int base, List<EntityMention> parks, java.util.Set<Integer> enumerated) {
        List<EntityMention> out = new ArrayList<>();
        // investment-anchored: 总投资50亿元的X
        Matcher m = INVEST.matcher(s.contains("元的") ? s : "");
        while (m.find()) {
            int from = m.end();
            int to = from;
            while (to < s.length() && HARD_STOP.indexOf(s.charAt(to)) < 0) {
                if (s.startsWith("等", to)) {
                    break;
                }
                if ("和与及".indexOf(s.charAt(to)) >= 0 && (s.startsWith("总投资", to + 1) || s.startsWith("投资", to + 1) || s.startsWith("计划", to + 1))) {
                    break;
                }
                to++;
            }
            to = placedAt(s, from, to);
            int nameEnd = lastSuffixEnd(s, from, to);
            if (nameEnd < 0) {
                nameEnd = to < s.length() && s.startsWith("等", to) ? to : firstPredicate(tokens, from, to);
                if (nameEnd == to && to - from >= 2 && noWords(tokens, from, to)) { // shorter: no name, and no region to search
                    Matcher act = UNSEGMENTED_ACT.matcher(s).region(from + 2, to); // a clause left unsegmented: 甲电站建设已启动
                    nameEnd = act.find() ? act.start() : to;
                }
            }
            if (nameEnd - from < 2) {
                continue;
            }
            Long yuan = m.group(2) == null ? Money.toYuan(m.group(3), m.group(4)) : null;
            out.add(new EntityMention(s.substring(from, nameEnd), EntityMention.Type.PROJECT, null, base + from, base + nameEnd, yuan, null));
        }
        // suffixes: strong anywhere, weak with a phase
        WordTriggers.Cue.Reader weakCue = null; // the paragraph's quotes and investments, found at its first weak suffix
        for (int end = s.length(); end > 0; end--) {
            String suf = lex.projectSuffixes().longestEndingAt(s, end);
            if (suf != null && !"strong".equals(lex.projectSuffixes().value(suf, 1))) {
                weakCue = weakCue == null ? weakSuffixCue(s) : weakCue;
                if (!weakCue.mayTake(end - suf.length(), end)) {
                    continue; // a weak suffix with nothing to take it by: dropped below anyway, here before any word is read
                }
            }
            if (suf == null || !tokenBoundary(tokens, end) || lex.orgSuffixes().longestAt(s, end) != null || orgNameGoesOn(s, tokens, end)
                    || departmentGoesOn(tokens, end)) {
                continue; // 甲大学汽车工程系, 乙工程学会: the project word names a field inside an organization
            }
            if (gated(tokens, end) && !suffixMayName(s, end - suf.length(), end)) {
                continue; // no head can name it (see suffixMayName): dropped below anyway, here before a word is read for a name
            }
            boolean strong = "strong".equals(lex.projectSuffixes().value(suf, 1));
            Matcher ph = from(PHASE, s, end);
            Matcher line = from(LINE_NUMBER, s, end);
            // a line only after a strong word (工程, 项目): a weak suffix takes no new cue (see weakSuffixCue)
            int nameEnd = ph.lookingAt() ? ph.end() : strong && line.lookingAt() ? line.end() : end;
            // its own amount right after it (某中心总投资…), or after a comma (甲装置，项目总投资…), when the name says whose
            boolean amount = from(INVEST_AFTER, s, end).lookingAt();
            boolean lifecycle = lifecycleAfter(s, tokens, end);
            if (!strong && nameEnd == end && !lifecycle
                    && !quotedBefore(s, tokens, end - suf.length()) && !amount) {
                continue;
            }
            if (!strong && nameEnd == end && !lifecycle && !amount && !clauseBuilds(s, end - suf.length(), end)) {
                continue; // “甲1号”钻井平台 where the clause only tells of its pipe bursting: a thing at work, no undertaking
            }
            boolean onlyByCommaAmount = !strong && nameEnd == end && !lifecycle && !quotedBefore(s, tokens, end - suf.length())
                    && end < s.length() && "，,".indexOf(s.charAt(end)) >= 0;
            if (nameEnd == end && nextIsNoun(tokens, end) && !from(INVEST_AFTER, s, end).lookingAt()
                    || from(COUNTED, s, nameEnd).lookingAt()) {
                continue;
            }
            NameWalker.Walk w = walker.walk(s, tokens, end - suf.length(), 40, end);
            for (int hop = 0; hop < 4 && w.stop() != null && w.stop().end() == w.start()
                    && (w.stop().text().equals("至") && placeEndsAt(tokens, w.stop().start()) || ROUTE_MARK.matcher(w.stop().text()).matches()); hop++) {
                w = walker.walk(s, tokens, w.stop().start(), 40, end); // 甲至乙高速公路项目, 甲～乙直流工程: a route names its ends
            }
            int look = Math.max(0, w.start() - 14);
            Matcher qty = QUANTITY_IN_NAME.matcher(s).region(look, w.start());
            if (precededByCount(tokens, w) && qty.find() && qty.start() > look - 1) {
                // a capacity or phase inside the name: 某某年产5万吨纤维项目, 某某12英寸晶圆项目, 某某一期建设项目
                NameWalker.Walk w2 = walker.walk(s, tokens, qty.start(), 40, end);
                if (w2.start() < qty.start()) {
                    w = w2;
                }
            }
            if (w.stop() != null && w.stop().text().equals("等") || precededByCount(tokens, w)) {
                continue;
            }
            if (!strong && nameEnd == end && w.stop() != null && (w.stop().text().equals("在") || w.stop().text().equals("于"))
                    && !from(INVEST_AFTER, s, end).lookingAt() && !quotedBefore(s, tokens, end - suf.length())) {
                continue; // 在甲医院正式投入使用: the place where something else opens
            }
            int ws = walker.trimmedStart(s, tokens, w.start(), end - suf.length());
            if (!strong && nameEnd == end && lifecycle && !amount && ws > 0 && PARTY_BEFORE.indexOf(s.charAt(ws - 1)) >= 0
                    && signingAfter(s, end)) {
                continue; // 甲协会与乙中心签署…: the other party of a deal, an organization
            }
            if (onlyByCommaAmount && ws > 0 && s.charAt(ws - 1) == '、' && !named(s, tokens, ws, end - suf.length()) && !designated(s, tokens, ws, end - suf.length())) {
                continue; // 包含甲、乙装置，项目总投资N元: a listed kind of plant of the project the sentence pays for
            }
            if (ws > 0 && "”’".indexOf(s.charAt(ws - 1)) >= 0) {
                int open = Math.max(s.lastIndexOf('“', ws - 1), s.lastIndexOf('‘', ws - 1));
                if (open >= 0 && ws - open <= 12) {
                    ws = open;
                }
            }
            if (suf.equals("工程") && ws > 0 && s.charAt(ws - 1) == '“' && end < s.length() && s.charAt(end) == '”'
                    && !quotedName(s, tokens, ws, end - suf.length())) {
                continue; // “人才强校工程”: a whole quoted 工程 with no proper name is a programme's slogan, not one thing built
            }
            int cls = ws < end - suf.length() ? s.substring(ws, end - suf.length()).indexOf("项目") : -1; // the head only: never a scan of the paragraph
            if (cls > 0 && ws + cls + 2 < end - suf.length() && walker.specificPart(s.substring(ws, ws + cls)).isEmpty()) {
                ws = ws + cls + 2; // 重点工程项目甲乙污水处理厂工程: a class in apposition before the name
            }
            String name = s.substring(ws, nameEnd);
            // “某某”项目: the quoted words are the name; before other suffixes (“某某”工程, “某某”平台) a
            // quoted slogan names a programme, so the name must say more outside the quotes
            int headFrom = ws >= w.start() || suf.equals("项目") ? ws : w.start();
            String head = Marks.without(s.substring(headFrom, end - suf.length()), "“”‘’");
            if (category(head, tokens, ws, end - suf.length(), nameEnd > end) || isPark(name) || verbs(tokens, Math.max(ws, w.start()), end - suf.length()) >= 2
                    || name.length() <= 6 && verbBefore(tokens, end - suf.length())) {
                continue;
            }
            add(out, new EntityMention(name, EntityMention.Type.PROJECT, null, base + ws, base + nameEnd, null, null));
            end = w.start() + 1;
        }
        // X、Y等…项目: the listed items are projects
        String listed = s.indexOf('等') >= 0 || s.indexOf('个') >= 0 ? s : "";
        Matcher d = LISTED.matcher(listed);
        for (int at = 0; LISTED_STARTS.find(d, listed, at); at = StartGate.next(d)) {
            int itemEnd = d.start();
            if (listDropped(s, d) || d.group(2) != null && nextIsNoun(tokens, d.end()) && lex.projectSuffixes().longestAt(s, d.end()) == null) {
                continue; // 甲、乙等30多家工程机械品牌, 甲、乙等四大展览项目: companies and shows, not projects
            }
            boolean route = d.group(3) != null; // 甲至乙、丙至丁等高速公路: routes, each item names its two ends
            boolean closedByCount = d.group(4) != null;
            // a list with an exact count (甲、乙、丙4个项目; 甲、乙等在内的9个项目) enumerates single projects
            boolean counted = closedByCount || d.group(1) != null && !d.group(1).equals("一批");
            // 包括甲、乙、丙等在内的9个项目: the items are named as members of the set, with or without a project word
            boolean members = counted && d.group().startsWith("等在内的");
            List<EntityMention> items = new ArrayList<>();
            List<Boolean> itemsEnumerated = new ArrayList<>();
            int orgItems = 0;
            int allItems = 0;
            for (int guard = 0; guard < 8 && itemEnd > 0; guard++) {
                NameWalker.Walk w = walker.walk(s, tokens, itemEnd, 30, itemEnd);
                int sep = s.lastIndexOf('、', itemEnd - 1);
                boolean conj = w.stop() != null && w.stop().pos().startsWith("c");
                if (!conj && sep >= 0 && sep < w.start() && itemEnd - sep <= 16 && s.substring(sep + 1, itemEnd).chars().noneMatch(c -> HARD_STOP.indexOf(c) >= 0)) {
                    w = new NameWalker.Walk(sep + 1, null); // an item between two 、 is whole (黄河下游近期防洪)
                }
                if (route && w.start() > 0 && s.charAt(w.start() - 1) == '至') {
                    w = walker.walk(s, tokens, w.start() - 1, 30, itemEnd); // 甲省乙市至丙省丁市: both ends
                }
                // 募集资金投向甲乙项目: the verb governing the item and what comes before it are not in it
                int itemStart = Math.max(walker.trimmedStart(s, tokens, w.start(), itemEnd), afterGoverningVerb(tokens, w.start(), itemEnd));
                Matcher intro = LIST_INTRO.matcher(s).region(itemStart, itemEnd);
                while (intro.find()) {
                    itemStart = intro.end(); // 11个高速公路项目有甲-乙: the items come after what introduces them
                }
                if (itemEnd - itemStart >= 2) {
                    allItems++;
                    orgItems += isOrg(s.substring(itemStart, itemEnd)) ? 1 : 0;
                }
                if (itemEnd - itemStart >= 2 && s.substring(itemStart, itemEnd).indexOf('等') < 0 && s.charAt(itemEnd - 1) != '的') {
                    String name = s.substring(itemStart, itemEnd);
                    String suf = lex.projectSuffixes().longestEndingAt(name, name.length());
                    String head = suf == null ? name : name.substring(0, name.length() - suf.length());
                    // “某某工程” listed whole in quotes: a slogan unless the quoted words name something (as for a suffix alone)
                    String inQuotes = name.length() > 2 && name.charAt(0) == '“' && name.endsWith("”") ? name.substring(1, name.length() - 1) : "";
                    String quotedSuf = lex.projectSuffixes().longestEndingAt(inQuotes, inQuotes.length());
                    boolean slogan = quotedSuf != null && inQuotes.length() > quotedSuf.length()
                            && !quotedName(s, tokens, itemStart + 1, itemEnd - 1 - quotedSuf.length());
                    if (!isPark(name) && !isOrg(name) && !slogan && !EVENT_HEAD.matcher(name).find() && walker.specificPart(head).length() >= 2 && (!route || name.indexOf('至') > 0)
                            && (suf != null || name.length() >= 4 && (members || looksNamed(tokens, itemStart, itemEnd)) && !oneToken(tokens, itemStart, itemEnd))) {
                        items.add(new EntityMention(name, EntityMention.Type.PROJECT, null, base + itemStart, base + itemEnd, null, null));
                        boolean named = suf != null && "strong".equals(lex.projectSuffixes().value(suf, 1)) || members
                                || looksNamed(tokens, itemStart, itemEnd); // 甲乙安全装置等26个项目: items tested, not built
                        itemsEnumerated.add((counted || route) && named);
                    }
                }
                if (w.start() > 0 && (s.charAt(w.start() - 1) == '、' || conj && w.stop().end() == w.start())) {
                    itemEnd = conj && s.charAt(w.start() - 1) != '、' ? w.stop().start() : w.start() - 1;
                } else {
                    break;
                }
            }
            // a list that names mostly organizations (甲部、乙局、丙市信息中心等…项目) lists customers or parties: its
            // items without a project word of their own are organizations too
            boolean orgList = orgItems * 2 > allItems;
            for (int k = 0; k < items.size(); k++) {
                EntityMention item = items.get(k);
                String suf = lex.projectSuffixes().longestEndingAt(item.name(), item.name().length());
                if (!orgList || suf != null && "strong".equals(lex.projectSuffixes().value(suf, 1))) {
                    add(out, item);
                    if (itemsEnumerated.get(k)) {
                        enumerated.add(item.start());
                    }
                }
            }
        }
        // road sections built this time: 开工建设国道甲线乙至丙段
        Matcher rs = ROAD_SECTION.matcher(s.indexOf('线') >= 0 ? s : "");
        while (rs.find()) {
            int cs = rs.start();
            while (cs > 0 && "，。；：！？\n".indexOf(s.charAt(cs - 1)) < 0) {
                cs--; // the clause: items listed with 、 share the verb before them
            }
            if (BUILDS.matcher(s).region(cs, rs.start()).find()) {
                add(out, new EntityMention(s.substring(rs.start(), rs.end()), EntityMention.Type.PROJECT, null, base + rs.start(), base + rs.end(), null, null));
                enumerated.add(base + rs.start());
            }
        }
        // quoted vessel or device names: “某某2号”系列…
        Matcher q = QUOTED_NO.matcher(s.indexOf('号') >= 0 ? s : "");
        while (q.find()) {
            int e = q.end();
            int ti = NameWalker.indexEndingAtOrBefore(tokens, e) + 1;
            while (ti < tokens.size() && tokens.get(ti).start() == e) {
                Token t = tokens.get(ti);
                if (t.isPunctuation() || lex.nameBoundaries().contains(t.text()) || t.pos().startsWith("v") && !t.pos().equals("vn")
                        || t.pos().startsWith("c") || t.pos().startsWith("p") || t.pos().startsWith("u")
                        || t.pos().startsWith("m") || t.pos().startsWith("t")) { // “甲1号”平台2009年…: a date follows the name
                    break;
                }
                e = t.end();
                ti++;
            }
            if (e - q.end() >= 2 && clauseBuilds(s, q.start(), e)) {
                add(out, new EntityMention(s.substring(q.start(), e), EntityMention.Type.PROJECT, null, base + q.start(), base + e, null, null));
            }
        }
        // 甲集团总部大厦——乙中心: a description and, after the dash, the name it goes by; one project
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        out.forEach(e -> starts.add(e.start()));
        out.removeIf(e -> {
            int dashes = 0;
            while (e.end() - base + dashes < s.length() && "—-".indexOf(s.charAt(e.end() - base + dashes)) >= 0) {
                dashes++;
            }
            return dashes >= 1 && dashes <= 2 && starts.contains(e.end() + dashes);
        });
        // X项目落户/位于/选址 Y: the park is the last one named in that clause (落户甲高新区内的乙产业园: 乙)
        for (int i = 0; i < out.size(); i++) {
            EntityMention e = out.get(i);
            int rel = e.end() - base;
            Matcher pl = rel <= s.length() ? from(PLACED, s, rel) : null;
            if (e.park() != null || pl == null || !pl.lookingAt()) {
                continue;
            }
            int clauseEnd = rel;
            while (clauseEnd < s.length() && "，。；！？\n".indexOf(s.charAt(clauseEnd)) < 0) {
                clauseEnd++;
            }
            for (EntityMention p : parks) {
                if (p.start() - base >= rel && p.end() - base <= clauseEnd) {
                    out.set(i, e.withPark(p.name()));
                }
            }
        }
        // the park a paragraph is about: 在某产业园，… or a paragraph opening with the park's name
        String topic = null;
        for (EntityMention p : parks) {
            int rel = p.start() - base;
            if (rel == 0 || rel == 1 && s.charAt(0) == '在') {
                topic = p.name();
            }
        }
        if (topic != null) {
            List<EntityMention> withPark = new ArrayList<>();
            for (EntityMention e : out) {
                withPark.add(e.name().contains(topic) || e.park() != null ? e : e.withPark(topic));
            }
            return withPark;
        }
        return out;
    }

    public List<EntityMention> organizations(String s, List<Token> tokens, int base) {
        List<EntityMention> out = new ArrayList<>();
        for (int end = s.length(); end > 0; end--) {
            String suf = lex.orgSuffixes().longestEndingAt(s, end);
            if (suf == null || !tokenBoundary(tokens, end) || insideVerb(tokens, end, suf.length()) || commonWordOfTwo(tokens, end, suf.length())) {
                continue;
            }
            if (gated(tokens, end) && !orgSuffixMayName(s, end - suf.length(), end)) {
                continue; // no head can name it (see orgSuffixMayName): dropped below anyway, here before a word is read for a name
            }
            NameWalker.Walk w = walker.walk(s, tokens, end - suf.length(), 25, end);
            String name = s.substring(w.start(), end);
            String head = name.substring(0, name.length() - suf.length());
            if (!orgHead(head, suf.length())) {
                continue;
            }
            if (precededByCount(tokens, w)) {
                continue;
            }
            // 拜会甲市委, 会议传达学习乙办公厅: the verb that governs the name is not in it, when what is left still names one
            if (onlyVerbs(tokens, w.start(), end - suf.length()) && w.stop() != null && !w.stop().isPunctuation() && !w.stop().pos().startsWith("c")) {
                continue; // 不排除发改委, 先征求发改委: a verb and its object, the suffix a common noun (，兴业银行 opening a clause is a name)
            }
            int start = Math.max(walker.trimmedStart(s, tokens, w.start(), end - suf.length()), afterVerbBeforeName(tokens, w.start(), end - suf.length(), end));
            if (start > w.start() && orgHead(s.substring(start, end - suf.length()), suf.length())) {
                name = s.substring(start, end);
            } else {
                start = w.start();
            }
            // 进入大型超市, 要征求发改委: a verb with the suffix as a common noun, no name (，兴业银行 opening a clause is one)
            boolean opening = start == w.start() && (w.stop() == null || w.stop().isPunctuation() || w.stop().pos().startsWith("c"));
            if (verbWithoutProperName(tokens, start, end - suf.length(), opening)) {
                continue;
            }
            out.add(new EntityMention(name, EntityMention.Type.ORGANIZATION, lex.orgSuffixes().value(suf, 1), base + start, base + end, null, null));
            end = w.start() + 1;
        }
        List<EntityMention> all = reverse(out);
        if (s.indexOf('等') >= 0 && listedOrganizations(s, tokens, base, all)) {
            all.sort(java.util.Comparator.comparingInt(EntityMention::start));
        }
        return all;
    }

    /**
     * Whether [from, to) holds a plain verb of two characters or more (进入, 征求; one character is as
     * often a name's, 投贷保联盟) and no proper name of a place, body, person or brand (tagged ns, nt,
     * ni, nz, nr, j) nor a Latin word: a verb phrase ending in a common noun.
     * With {@code skipFirst} a first word tagged a verb does not count (a clause opening with a name).
     */
    private static boolean verbWithoutProperName(List<Token> tokens, int from, int to, boolean skipFirst) {
        boolean verb = false;
        int first = firstStartingAtOrAfter(tokens, from);
        for (int i = first; i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            if (p.startsWith("ns") || p.startsWith("nt") || p.startsWith("ni") || p.startsWith("nz") || p.startsWith("nr") || p.startsWith("j") || p.equals("nx")) {
                return false;
            }
            verb |= p.equals("v") && t.text().length() >= 2 && !(skipFirst && i == first);
        }
        return verb;
    }

    /** Whether [from, to) is nothing but verbs (not verbal nouns), one of two characters or more at least. */
    private static boolean onlyVerbs(List<Token> tokens, int from, int to) {
        boolean long2 = false;
        int at = from;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            if (t.start() != at || !t.pos().startsWith("v") || t.pos().equals("vn")) {
                return false;
            }
            long2 |= t.text().length() >= 2;
            at = t.end();
        }
        return at == to && at > from && long2;
    }

    /**
     * The end of the last verb of two or more characters in [from, to) that a place or an
     * organization's name (or 中共, which opens the Party's bodies) follows (会议传达学习|中共某委, 拜会|某市委), else {@code from}.
     * Also a verb or preposition of two characters or more (来自, 邀请, 根据, 按照) right before a word that
     * is itself the body, reaching past the suffix to the name's end {@code end} ({@link #bodyWord}):
     * 成员来自|民政厅, 按照|财政部. A word that is the suffix alone (兴业|银行), a word before the suffix
     * (安装|技师学院) or a kind of body (出版发行|集团公司) is no body: the verb stays.
     */
    private static int afterVerbBeforeName(List<Token> tokens, int from, int to, int end) {
        int cut = from;
        for (int i = firstStartingAtOrAfter(tokens, from); i + 1 < tokens.size() && tokens.get(i + 1).end() <= end; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (t.text().length() < 2 || next.start() != t.end()) {
                continue;
            }
            boolean verb = t.pos().equals("v");
            if (verb && next.end() <= to && (next.pos().startsWith("ns") || next.pos().startsWith("nt") || next.text().startsWith("中共"))) {
                cut = t.end();
            } else if ((verb || t.pos().equals("p")) && next.end() == end && next.start() < to && bodyWord(next, end - to)) {
                cut = t.end();
            } else if ((verb || t.pos().equals("p")) && next.pos().equals("nz") && next.text().length() >= 2 && next.end() == to) {
                cut = t.end(); // 来自|某nz公司, 邀请|某nz大学: a brand or proper name, then the suffix alone
            }
        }
        return cut;
    }

    /**
     * Whether a word ending with a suffix of {@code suffixLength} characters names a body by itself: tagged
     * a body's proper name (nt: 财政部, 某大学), or a field's department (民政厅, 水利部). Not any word tagged
     * nis: that tag also holds kinds of body (集团公司, 上市公司, 民营医院), which a verb may belong with (出版发行集团公司).
     */
    private static boolean bodyWord(Token word, int suffixLength) {
        return word.pos().startsWith("nt") || suffixLength == 1 && SECTORS.contains(word.text().substring(0, word.text().length() - 1));
    }

    /** 甲、乙等…企业/单位/机构: a list closed by the kind of body its items are (等行业头部企业, 等知名金融机构, 等单位). */
    private static final Pattern ORG_LIST = Pattern.compile("等[^，。；、：！？\\n的]{0,10}?(企业|公司|机构|单位)(?![家主化])");
    private static final StartGate ORG_LIST_STARTS = new StartGate("等");
    /** Beside a clause's end, the marks a list of bodies does not reach past: a quote or a title's brackets. */
    private static final String LIST_STOPS = "“”《》";
    /** What opens no name of a body: a quantifier or pointer (各县区, 有关部门, 相关单位). */
    private static final Pattern ITEM_OPENING = Pattern.compile("^(?:各|全|有关|相关|其他|其它|部分|本|该|这|那|一些|多家)");
    /** What ends no name of a body: a trade (制造业, 零售商), people (企业家, 人员), a kind (类, 型), a place word (地, 处), a place (甲市, 乙县). */
    private static final Pattern ITEM_ENDING = Pattern.compile("(?:业|们|员|者|人|家|商|类|型|地|处|方面|领域|行业|产品|品牌|项目|工程)$|^[^、]{2,3}[省市县区州]$");

    /**
     * The items of a list of bodies ({@link #ORG_LIST}) that no suffix named: brand names of companies
     * (甲科技、乙集团等企业). Taken only from a list of two or more items of which one ends with an
     * organization's suffix (the list is of bodies, not of trades: 钢铁、化工等企业), or closed by 单位
     * with items of three characters or more; each item a name, not a quantifier, trade, person or place.
     */
    private boolean listedOrganizations(String s, List<Token> tokens, int base, List<EntityMention> out) {
        boolean added = false;
        Matcher m = ORG_LIST.matcher(s);
        for (int at = 0; ORG_LIST_STARTS.find(m, s, at); at = StartGate.next(m)) {
            int floor = m.start();
            while (floor > 0 && !Clauses.isEnd(s.charAt(floor - 1)) && LIST_STOPS.indexOf(s.charAt(floor - 1)) < 0) {
                floor--;
            }
            List<int[]> items = new ArrayList<>();
            int itemEnd = m.start();
            for (int guard = 0; guard < 16; guard++) {
                int sep = s.lastIndexOf('、', itemEnd - 1);
                if (sep >= floor) {
                    items.add(new int[] {sep + 1, itemEnd});
                    itemEnd = sep;
                    continue;
                }
                int start = firstItemStart(s, tokens, floor, itemEnd);
                if (start >= 0) {
                    items.add(new int[] {start, itemEnd});
                }
                break;
            }
            if (items.size() < 2) {
                continue;
            }
            int orgItems = 0;
            boolean short3 = false;
            for (int[] it : items) {
                String item = s.substring(it[0], it[1]);
                String suf = lex.orgSuffixes().longestEndingAt(item, item.length());
                orgItems += suf != null && orgHead(item.substring(0, item.length() - suf.length()), suf.length()) ? 1 : 0;
                short3 |= it[1] - it[0] < 3;
            }
            if (orgItems == 0 && (!m.group(1).equals("单位") || short3)) {
                continue;
            }
            String kind = m.group(1).equals("企业") || m.group(1).equals("公司") ? "company" : "other";
            for (int[] it : items) {
                String name = s.substring(it[0], it[1]);
                if (name.length() < 2 || name.length() > 16 || isOrg(name) || ITEM_OPENING.matcher(name).find() || ITEM_ENDING.matcher(name).find()
                        || name.chars().anyMatch(c -> c == '的' || c >= '0' && c <= '9') || oneTokenOf(tokens, it[0], it[1], "nr", "ns")
                        || name.length() == 2 && oneTokenOf(tokens, it[0], it[1], "n") // 学校, 部队: a kind of body, not one
                        || overlaps(out, base + it[0], base + it[1])) {
                    continue;
                }
                out.add(new EntityMention(name, EntityMention.Type.ORGANIZATION, kind, base + it[0], base + it[1], null, null));
                added = true;
            }
        }
        return added;
    }

    /**
     * Where the first item of a list ending at {@code end} starts: after the words that cannot be in a
     * name (a conjunction, preposition: 与甲、) and a verb that governs it (协同乙、) unless the item is
     * an organization by its suffix (兴业银行, whose first word may be tagged a verb), else at the clause's start {@code floor}
     * when the clause was not segmented and the item is short; -1 when none.
     */
    private int firstItemStart(String s, List<Token> tokens, int floor, int end) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, end);
        if (i < 0 || tokens.get(i).end() != end) {
            return end - floor >= 2 && end - floor <= 6 ? floor : -1;
        }
        int start = end;
        for (; i >= 0 && tokens.get(i).end() == start && tokens.get(i).start() >= floor; i--) {
            Token t = tokens.get(i);
            if (walker.stops(t) || t.pos().startsWith("c")) {
                break;
            }
            start = t.start();
        }
        String suf = lex.orgSuffixes().longestEndingAt(s.substring(start, end), end - start);
        if (suf == null || !orgHead(s.substring(start, end - suf.length()), suf.length())) {
            start = walker.trimmedStart(s, tokens, start, end); // 协同甲、: the verb governing the list is not in its item
        }
        return end - start >= 2 ? start : -1;
    }

    /** Whether [from, to) is one word tagged with one of {@code tags} (a person, a place). */
    private static boolean oneTokenOf(List<Token> tokens, int from, int to, String... tags) {
        int i = firstStartingAtOrAfter(tokens, from);
        if (i >= tokens.size() || tokens.get(i).start() != from || tokens.get(i).end() != to) {
            return false;
        }
        for (String tag : tags) {
            if (tokens.get(i).pos().startsWith(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<EntityMention> out, int from, int to) {
        for (EntityMention e : out) {
            if (e.start() < to && from < e.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of the last verb of two or more characters in [from, to) that a place name follows,
     * else {@code from}: 检查发现甲市保税区 and 沿线途经乙县开发区 name 甲市保税区 and 乙县开发区 (a verb
     * inside a name, 新型显示产业园, is followed by no place).
     */
    private static int afterLastVerb(List<Token> tokens, int from, int to) {
        int cut = from;
        for (int i = NameWalker.indexEndingAtOrBefore(tokens, from) + 1; i + 1 < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && t.pos().equals("v") && t.text().length() >= 2
                    && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).pos().startsWith("ns")) {
                cut = t.end();
            }
        }
        return cut;
    }

    /** Whether the suffix ending at {@code end} is only the tail of a longer verb (签署 is not …署). */
    private static boolean insideVerb(List<Token> tokens, int end, int sufLen) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, end);
        if (i < 0 || tokens.get(i).end() != end) {
            return false;
        }
        Token t = tokens.get(i);
        return t.pos().startsWith("v") && t.text().length() > sufLen;
    }

    /**
     * Whether a one-character ending (部, 局, 厅) closes a word of two characters the segmenter does
     * not tag as an institution: 干部, 西部, 布局, 大局 name no body, where 分局, 邮局 (tagged so) do.
     */
    private static boolean commonWordOfTwo(List<Token> tokens, int end, int sufLen) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, end);
        if (sufLen != 1 || i < 0 || tokens.get(i).end() != end) {
            return false;
        }
        Token t = tokens.get(i);
        return t.text().length() == 2 && !t.pos().startsWith("ni") && !t.pos().startsWith("nt") && !t.pos().startsWith("nz");
    }

    /** Words that rank a project, not name it: 重大/重点/示范… before the suffix make a class (省重大产业项目). */
    private static final Pattern CLASS_WORDS = Pattern.compile("" + W.alternation("rank") + "|(?:" + W.alternation("rank-end") + ")$");
    /** A class of projects opens with its rank or its scope (重大水利工程, 我国大型调水工程), never a proper name. */
    private static final Pattern CLASS_OPENING = Pattern.compile("^(" + W.alternation("class-opening") + ")");
    /** A field of public works ({@code field}: 交通, 水利, 市政): after a place alone, a category of its works. */
    private static final Pattern FIELD = Pattern.compile(W.alternation("field"));

    /** Whether [from, to) is a place and one field word, nothing else (甲市交通, 乙县水利). */
    private static boolean placeAndField(List<Token> tokens, int from, int to) {
        int i = firstStartingAtOrAfter(tokens, from);
        return i + 1 < tokens.size() && tokens.get(i).start() == from && tokens.get(i).pos().startsWith("ns")
                && tokens.get(i + 1).start() == tokens.get(i).end() && tokens.get(i + 1).end() == to && FIELD.matcher(tokens.get(i + 1).text()).matches();
    }

    /** A mark that joins the ends of a route (甲～乙): unlike 至, it needs no place tag on the end before it. */
    private static final Pattern ROUTE_MARK = Pattern.compile("[～~]");

    /** A district of a place ({@code district}: 新区, 开发区): after the place alone, the district's works in general. */
    private static final Pattern DISTRICT = Pattern.compile(W.alternation("district"));

    /**
     * Whether [from, to) is a short name (two or three characters of nouns, however the segmenter cuts
     * them: 乾|州, 滨江) and a district word, or one place token ending in one (甲新区, 乙开发区).
     */
    private static boolean placeAndDistrict(List<Token> tokens, int from, int to) {
        int i = firstStartingAtOrAfter(tokens, from);
        if (i >= tokens.size() || tokens.get(i).start() != from) {
            return false;
        }
        Token first = tokens.get(i);
        if (first.end() == to) {
            Matcher d = DISTRICT.matcher(first.text());
            return first.pos().startsWith("ns") && d.find() && d.end() == first.text().length() && d.start() >= 2;
        }
        for (int j = i; j < tokens.size() && tokens.get(j).end() <= to; j++) {
            Token t = tokens.get(j);
            if (t.end() == to) {
                return t.start() - from >= 2 && t.start() - from <= 3 && DISTRICT.matcher(t.text()).matches();
            }
            if (!t.pos().startsWith("n")) {
                return false;
            }
        }
        return false;
    }

    /** A rank right before the project word (…重大项目, …重点工程): a class whatever place names it. */
    private static final Pattern RANK_AT_END = Pattern.compile("(?:" + W.alternation("rank") + ")$");

    /**
     * Whether the head of a project name ([from, to) of the text) names a category rather than one
     * project: nothing specific once generic words are gone; a rank or scope opening it; only a
     * place before generic words (某省重大产业项目); a rank word with no place at all (某产业标杆项目).
     */
    private boolean category(String head, List<Token> tokens, int from, int to, boolean phased) {
        if (categoryByCharacters(head, phased)) {
            return true;
        }
        boolean place = hasPlace(tokens, from, to);
        if (!phased && placeAndDistrict(tokens, from, to)) {
            return true; // 甲新区工程, 乙开发区项目: a district's works in general
        }
        if (!phased && placeAndField(tokens, from, to)) {
            return true; // 甲市交通工程: a place's works of one field, a category
        }
        if (CLASS_WORDS.matcher(head).find() && !place && !phased) { // 某重大项目二期 is one project
            return true;
        }
        return place && onlyPlace(walker.specificPart(head), tokens, from, to);
    }

    /**
     * The part of {@link #category} that reads no word: nothing specific once generic words are
     * gone, a rank or scope opening it, or (unless a phase follows) a rank right before the project
     * word (甲省…转化重大项目, 乙市民生工程: the place's major projects, a class). {@link
     * #strongSuffixMayName} asks it of every head a strong suffix may have.
     */
    private boolean categoryByCharacters(String head, boolean phased) {
        return walker.specificPart(head).length() < 2 || CLASS_OPENING.matcher(head).lookingAt()
                || !phased && RANK_AT_END.matcher(head).find();
    }

    /** Whether {@code specific} is one place token that ends in an administrative unit (某省, 某市, 某县). */
    private static boolean onlyPlace(String specific, List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to && t.text().equals(specific) && t.pos().startsWith("ns")) {
                return "省市县区州".indexOf(specific.charAt(specific.length() - 1)) >= 0;
            }
        }
        return false;
    }

    /**
     * Whether [from, to) holds a proper name: a listed item without a project suffix is a project
     * only when it names a place, a company or a brand (甲江乙峡, 丙省丁村, or a name the dictionary
     * does not know and cuts into single-character morphemes), not a field of work (车路协同, 工业互联网).
     */
    private static boolean looksNamed(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            String p = t.pos();
            if (t.start() >= from && t.end() <= to && (p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nz") || p.startsWith("nr")
                    || p.equals("nx") && !KIND_ACRONYM.matcher(t.text()).matches() // FTTx, ODN: a kind of product
                    || t.text().length() == 1 && (p.endsWith("g") || p.equals("b") || p.equals("j")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [from, to) holds 的 or 是 outside quotation marks: a relative clause or a predicate
     * (计划中的甲项目, 甲线是首条…的生产线), never a name.
     */
    private static boolean clauseInside(List<Token> tokens, int from, int to) {
        int quotes = 0;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            if (t.text().equals("“") || t.text().equals("‘") || t.text().equals("《")) {
                quotes++;
            } else if (t.text().equals("”") || t.text().equals("’") || t.text().equals("》")) {
                quotes = Math.max(0, quotes - 1);
            } else if (quotes == 0 && (t.pos().equals("ude1") || t.pos().equals("vshi"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [from, to) holds, outside quotation marks, a word that only a clause has: an adverb
     * before a verb, a pronoun, an aspect particle (适时更新…项目, 已完成工程), or a modal
     * or light verb after its subject ({@code clause-verb}: 某公司要投资…, 某某来做项目). Other
     * one-character verbs are common inside names (甲江乙湖补水, 引甲济乙) and stay, as do words the
     * segmenter tags as adverbs or prepositions inside names before a noun (低速船机, 沿江公路).
     */
    private static boolean predicateInside(List<Token> tokens, int from, int to) {
        int quotes = 0;
        int firstIndex = firstStartingAtOrAfter(tokens, from);
        for (int i = firstIndex; i < tokens.size() && tokens.get(i).end() <= to; i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            if (t.text().equals("“") || t.text().equals("‘") || t.text().equals("《")) {
                quotes++;
            } else if (t.text().equals("”") || t.text().equals("’") || t.text().equals("》")) {
                quotes = Math.max(0, quotes - 1);
            } else if (quotes == 0) {
                boolean first = i == firstIndex;
                String before = first ? "w" : tokens.get(i - 1).pos();
                boolean subject = first || before.startsWith("n") || before.startsWith("r") || before.equals("j");
                if (t.text().equals("至")) {
                    continue; // 甲至乙高速公路, 某国道甲至乙段: a route between two places
                }
                Token next = i + 1 < tokens.size() && tokens.get(i + 1).end() <= to ? tokens.get(i + 1) : null;
                boolean verbNext = next != null && next.pos().startsWith("v") && !next.pos().equals("vn");
                if ((p.startsWith("d") || p.equals("ad")) && verbNext || p.startsWith("r") || p.equals("ule") || p.equals("uguo")
                        || (p.startsWith("v") || p.equals("nz")) && (subject || t.text().length() >= 2) && CLAUSE_VERB.matcher(t.text()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a place name ends at {@code pos} (甲 in 甲至乙). */
    private static boolean placeEndsAt(List<Token> tokens, int pos) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, pos);
        return i >= 0 && tokens.get(i).end() == pos && tokens.get(i).pos().startsWith("ns");
    }

    /** Whether the token after the verb at {@code i} is a proper name or a letter word: what the verb governs. */
    private static boolean governsName(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).start() != tokens.get(i).end()) {
            return false;
        }
        String p = tokens.get(i + 1).pos();
        // not nz: the segmenter gives it to common compounds too (显示|模组, 投资|风电)
        return p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nr") || p.equals("nx") || p.equals("j");
    }

    /** Whether [from, to) is one word: a listed place alone (甲省、乙省等产区) is no project. */
    private static boolean oneToken(List<Token> tokens, int from, int to) {
        for (Token t : tokens) {
            if (t.start() == from) {
                return t.end() == to;
            }
        }
        return false;
    }

    /** Whether [from, to) holds a place name (甲江, 丙省). */
    private static boolean hasPlace(List<Token> tokens, int from, int to) {
        // tokens are sorted and do not overlap: those inside start after the last one ending by from
        for (int i = NameWalker.indexEndingAtOrBefore(tokens, from) + 1; i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && t.pos().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    private boolean isPark(String name) {
        return lex.parkSuffixes().longestEndingAt(name, name.length()) != null;
    }

    private boolean isOrg(String name) {
        return lex.orgSuffixes().longestEndingAt(name, name.length()) != null;
    }

    /** The end of the first project suffix in [from, to) that a placing verb follows (X项目落户…), else {@code to}. */
    private int placedAt(String s, int from, int to) {
        for (int e = from + 2; e < to; e++) {
            String suf = lex.projectSuffixes().longestEndingAt(s, e);
            if (suf != null && "strong".equals(lex.projectSuffixes().value(suf, 1)) && e - suf.length() >= from
                    && PLACED.matcher(s).region(e, to).lookingAt()) {
                return e;
            }
        }
        return to;
    }

    private int lastSuffixEnd(String s, int from, int to) {
        int best = -1;
        for (int e = from + 1; e <= to; e++) {
            String suf = lex.projectSuffixes().longestEndingAt(s, e);
            if (suf != null && e - suf.length() >= from) {
                Matcher ph = PHASE.matcher(s).region(e, to);
                best = ph.lookingAt() ? ph.end() : e;
            }
        }
        return best;
    }

    private static int firstPredicate(List<Token> tokens, int from, int to) {
        for (int i = firstStartingAtOrAfter(tokens, from + 1); i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("v") || t.pos().startsWith("d") || t.pos().startsWith("p")) {
                return t.start();
            }
        }
        return to;
    }

    /** Whether a quoted name comes right before the head (“某某”热物理试验装置). */
    private boolean quotedBefore(String s, List<Token> tokens, int suffixStart) {
        NameWalker.Walk w = walker.walk(s, tokens, suffixStart, 30, suffixStart);
        if (w.start() == 0 || "”’".indexOf(s.charAt(w.start() - 1)) < 0) {
            return false;
        }
        // the quote must open within the clause, a few words before: a closing quote of someone's words
        // (…。”甲大学某中心的研究员) ends a sentence, it names nothing
        for (int i = w.start() - 2; i >= 0 && i >= w.start() - 14; i--) {
            char c = s.charAt(i);
            if (c == '“' || c == '‘') {
                return true;
            }
            if (QUOTE_STOPS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false; // keep in step with QuotedNames, the segment stage's cue
    }

    private static int verbs(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = firstStartingAtOrAfter(tokens, from); i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.end() <= to && t.pos().equals("v") && t.text().length() >= 2) {
                n++;
            }
        }
        return n;
    }

    private static boolean verbBefore(List<Token> tokens, int pos) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, pos);
        return i >= 0 && tokens.get(i).end() == pos && tokens.get(i).pos().equals("v");
    }

    private static boolean tokenBoundary(List<Token> tokens, int end) {
        int i = NameWalker.indexEndingAtOrBefore(tokens, end);
        if (i >= 0 && tokens.get(i).end() == end) {
            return true;
        }
        return i + 1 >= tokens.size() || tokens.get(i + 1).start() >= end;
    }

    private static boolean nextIsNoun(List<Token> tokens, int end) {
        int i = firstStartingAtOrAfter(tokens, end);
        if (i < tokens.size() && tokens.get(i).start() == end) {
            Token t = tokens.get(i);
            return t.pos().startsWith("n") && !t.pos().equals("nx");
        }
        return false;
    }

    /**
     * Index of the first token starting at or after {@code pos} (tokens are in text order and do not
     * overlap, so starts and ends are sorted): a binary search, where a scan of the paragraph's tokens
     * per candidate grew with the square of the paragraph.
     */
    private static int firstStartingAtOrAfter(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether {@code head} may name an organization before a suffix of {@code suffixLength}
     * characters: something specific once generic words are gone (three characters before a suffix
     * of one, 甲乙局 but not 布局), or a bare administrative unit (市政府, 区委).
     */
    private boolean orgHead(String head, int suffixLength) {
        return !head.isEmpty() && (walker.specificPart(head).length() >= (suffixLength == 1 ? 3 : 2)
                || head.length() == 1 && "省市区县镇乡".indexOf(head.charAt(0)) >= 0
                || suffixLength == 1 && SECTORS.contains(head));
    }

    /**
     * What stops the walk from a suffix leftwards whatever the words: the clause ends and marks the
     * segmenter always makes a punctuation word of, never part of a longer word (checked on the
     * 3.9 M characters of the stream).
     */
    private static final String WALK_STOPS = "，。；！？\n、：“‘《（(";
    /** Marks the walk or the project rule may reach past: a bracketed group (甲（乙）), a quoted name before a project word. */
    private static final String WALK_JUMPS = "）)”’";
    /** How far back a head is looked for by characters; beyond, any head may be (the walks stop at 25 and 40). */
    private static final int HEAD_REACH = 48;

    /**
     * The leftmost start a name's head ending at {@code to} may have whatever the words (the walk
     * from a suffix stops at a {@link #WALK_STOPS} mark), or -1 when it may start anywhere: a mark
     * the walk may jump over stands between, or no stop within {@link #HEAD_REACH}.
     */
    private static int headFloor(String s, int to) {
        for (int i = to - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (WALK_STOPS.indexOf(c) >= 0) {
                return i + 1;
            }
            if (WALK_JUMPS.indexOf(c) >= 0 || to - i > HEAD_REACH) {
                return -1;
            }
        }
        return 0;
    }

    /**
     * Whether {@link #organizations} may take the suffix [suffixStart, end) of {@code s}, read in
     * characters only: some head between the last mark that stops the walk and the suffix passes
     * {@link #orgHead} (the rule's head is one of them, the walk's words decide which). Else the
     * rule drops the suffix before it reads a word, so the segment stage need not segment a clause
     * for it ({@code WordTriggers}): 协会 opening a clause, 大局 after a comma.
     */
    public boolean orgSuffixMayName(String s, int suffixStart, int end) {
        int floor = headFloor(s, suffixStart);
        if (floor < 0) {
            return true;
        }
        for (int k = suffixStart - 1; k >= floor; k--) {
            if (orgHead(s.substring(k, suffixStart), end - suffixStart)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #parks} may take the park suffix [suffixStart, end) of {@code s} (the longest
     * ending there), read in characters only: no office of a title after it (管委会主任), and some
     * head of two characters or more between the last mark that stops the walk and the suffix keeps
     * two specific characters once generic words are gone (the rule's head is one of them: the walk
     * and the verbs cut before it decide which). Else the rule drops the suffix before it reads a
     * word, so the segment stage need not segment a clause for it: 园区 opening a clause, 专业园区 after
     * a comma.
     */
    public boolean parkSuffixMayName(String s, int suffixStart, int end) {
        if (from(ADMIN_TITLE, s, end).lookingAt()) {
            return false;
        }
        int floor = headFloor(s, suffixStart);
        if (floor < 0) {
            return true;
        }
        for (int k = suffixStart - 2; k >= floor; k--) {
            if (walker.specificPart(s.substring(k, suffixStart)).length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the segment stage must segment a clause for a park suffix: where {@link #parks} may take
     * it ({@link #parkSuffixMayName}), or in a clause whose words another rule reads whatever
     * triggered it (an investment-anchored name, {@link #investedClauseCue}; a road section).
     */
    public WordTriggers.Cue.Reader parkSuffixCue(String s) {
        return new WordTriggers.Cue.Reader() {
            private WordTriggers.Cue.Reader invested;
            private WordTriggers.Cue.Reader roads;

            @Override
            public boolean mayTake(int start, int end) {
                if (parkSuffixMayName(s, start, end)) {
                    return true;
                }
                invested = invested == null ? investedClauseCue(s) : invested;
                roads = roads == null ? roadSectionClauseCue(s) : roads;
                return invested.mayTake(start, end) || roads.mayTake(start, end);
            }
        };
    }

    /**
     * Whether the suffix loop of {@link #projectsNamed} may take the project suffix [suffixStart,
     * end) of {@code s} (the longest ending there), read in characters only: no organization's word
     * right after it (工程学会), no count (项目12个), and some head between the last mark that stops
     * the walk and the suffix that {@link #categoryByCharacters} keeps (the rule's head is one of
     * them); a weak suffix with neither a phase, an investment nor a lifecycle verb after it (taken
     * only by a quoted name before it) also needs a clause that builds. Else the rule drops the
     * suffix before it reads a word: 项目 opening a clause, 抓项目 after a comma, 推进重大项目 (a rank
     * before it).
     */
    public boolean suffixMayName(String s, int suffixStart, int end) {
        if (lex.orgSuffixes().longestAt(s, end) != null) {
            return false;
        }
        boolean strong = "strong".equals(lex.projectSuffixes().value(s.substring(suffixStart, end), 1));
        int nameEnd = end;
        if (end < s.length() && PHASE_STARTS.opens(s.charAt(end))) { // both begin with a numeral or a bracket
            Matcher ph = from(PHASE, s, end);
            Matcher line = from(LINE_NUMBER, s, end);
            nameEnd = ph.lookingAt() ? ph.end() : strong && line.lookingAt() ? line.end() : end;
        }
        if (nameEnd < s.length() && COUNTED_STARTS.opens(s.charAt(nameEnd)) && from(COUNTED, s, nameEnd).lookingAt()) {
            return false;
        }
        if (!headMayName(s, suffixStart, nameEnd > end)) {
            return false;
        }
        // a weak suffix taken only by a quoted name before it needs a clause that builds (asked last: regexes)
        return strong || nameEnd > end || end < s.length() && (INVEST_AFTER_STARTS.opens(s.charAt(end)) && from(INVEST_AFTER, s, end).lookingAt()
                || lifecycleWithin(s, end) && from(LIFECYCLE, s, end).lookingAt()) || clauseBuilds(s, suffixStart, end);
    }

    /** Whether some head between the last mark that stops the walk and {@code suffixStart} is kept by {@link #categoryByCharacters}. */
    private boolean headMayName(String s, int suffixStart, boolean phased) {
        int floor = headFloor(s, suffixStart);
        if (floor < 0) {
            return true;
        }
        for (int k = suffixStart - 2; k >= floor; k--) { // the shortest head first: most pass at once
            String head = s.substring(k, suffixStart);
            if (!categoryByCharacters(head, phased)) {
                return true;
            }
            if (!phased && RANK_AT_END.matcher(head).find()) {
                return false; // every longer head ends with the same rank word
            }
        }
        return false;
    }

    /**
     * Where the segment stage must segment a clause for a project suffix: where the suffix loop may
     * take it ({@link #suffixMayName}, and for a weak suffix {@link #weakSuffixCue}), where a strong
     * one closes a list (甲、乙等项目, 甲、乙4个项目: {@link #LISTED} reads the items' words), in a
     * clause an investment-anchored name reads ({@link #investedClauseCue}) or that holds a road
     * section (whose checks read its words).
     */
    public WordTriggers.Cue.Reader projectSuffixCue(String s) {
        return new ProjectSuffixCue(s);
    }

    /** {@link #projectSuffixCue} of one paragraph: its quotes, lists, investments and road sections found once, when first needed. */
    private final class ProjectSuffixCue implements WordTriggers.Cue.Reader {
        private final String s;
        private WordTriggers.Cue.Reader weak;
        private WordTriggers.Cue.Reader invested;
        private WordTriggers.Cue.Reader roads;
        private java.util.BitSet listEnds;

        ProjectSuffixCue(String s) {
            this.s = s;
        }

        @Override
        public boolean mayTake(int start, int end) {
            boolean strong = "strong".equals(lex.projectSuffixes().value(s.substring(start, end), 1));
            if (!strong) {
                weak = weak == null ? weakSuffixCue(s) : weak;
                if (!weak.mayTake(start, end)) {
                    return false;
                }
            }
            if (suffixMayName(s, start, end)) {
                return true;
            }
            if (strong && listEnds().get(end)) {
                return true;
            }
            invested = invested == null ? investedClauseCue(s) : invested;
            roads = roads == null ? roadSectionClauseCue(s) : roads;
            return invested.mayTake(start, end) || roads.mayTake(start, end);
        }

        /** Where the paragraph's {@link #LISTED} matches end, as the list rule finds them. */
        private java.util.BitSet listEnds() {
            if (listEnds == null) {
                listEnds = new java.util.BitSet();
                String listed = s.indexOf('等') >= 0 || s.indexOf('个') >= 0 ? s : "";
                Matcher d = LISTED.matcher(listed);
                for (int at = 0; LISTED_STARTS.find(d, listed, at); at = StartGate.next(d)) {
                    if (!listDropped(s, d)) {
                        listEnds.set(d.end());
                    }
                }
            }
            return listEnds;
        }
    }

    /** Whether the clause holding [start, end) overlaps a {@link #ROAD_SECTION} (found once per paragraph). */
    private static WordTriggers.Cue.Reader roadSectionClauseCue(String s) {
        Matcher rs = ROAD_SECTION.matcher(s.indexOf('线') >= 0 ? s : "");
        if (!rs.find()) {
            return (start, end) -> false;
        }
        int[] clause = clauseNumbers(s);
        java.util.BitSet roads = new java.util.BitSet();
        do {
            roads.set(clause[rs.start()], clause[rs.end() - 1] + 1);
        } while (rs.find());
        return (start, end) -> roads.get(clause[start]);
    }

    /** The clause number of each position of {@code s} (and of its end): the clause ends before it. */
    private static int[] clauseNumbers(String s) {
        int[] clause = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            clause[i + 1] = clause[i] + (Segmenter.isClauseEnd(s.charAt(i)) ? 1 : 0);
        }
        return clause;
    }

    /** Where the segment stage must segment a clause for an organization's suffix: where {@link #organizations} may take it. */
    public WordTriggers.Cue.Reader orgSuffixCue(String s) {
        return (start, end) -> orgSuffixMayName(s, start, end);
    }

    /**
     * Whether {@link #projectsNamed} may take a weak project suffix of the paragraph {@code s}: a
     * phase, a lifecycle verb or an investment after it, a closing quote before it in its clause that
     * closes a short quotation (a quoted name, {@link QuotedNames}), or
     * an investment before it (总投资N元的 + a name). Without one the rule drops the suffix before it
     * reads a word, so the segment stage need not segment a clause for it ({@code WordTriggers}). Keep
     * in step with the investment-anchored names and the first {@code continue} of the suffix loop.
     * The paragraph's quotes and investments are found once (a reader asks about every suffix).
     */
    public static WordTriggers.Cue.Reader weakSuffixCue(String s) {
        QuotedNames quoted = QuotedNames.in(s);
        int invested = s.indexOf("元的");
        return (suffixStart, end) -> quoted.mayEndBefore(suffixStart) || invested >= 0 && invested + 2 <= suffixStart
                || end < s.length() && (PHASE_STARTS.opens(s.charAt(end)) && from(PHASE, s, end).lookingAt()
                        || INVEST_AFTER_STARTS.opens(s.charAt(end)) && from(INVEST_AFTER, s, end).lookingAt()
                        || lifecycleWithin(s, end) && from(LIFECYCLE, s, end).lookingAt());
    }

    /**
     * Whether the clause holding [start, end) of the paragraph {@code s} holds {@code 元的}: the
     * investment-anchored names (总投资N元的 + a name) read the words of that clause whatever word
     * made the segment stage segment it ({@code WordTriggers}: a role verb stays a trigger there). The
     * paragraph's 元的 are found once; a clause is told by the clause ends before it.
     */
    public static WordTriggers.Cue.Reader investedClauseCue(String s) {
        int first = s.indexOf("元的");
        if (first < 0) {
            return (start, end) -> false;
        }
        int[] clause = clauseNumbers(s);
        java.util.BitSet invested = new java.util.BitSet();
        for (int i = first; i >= 0; i = s.indexOf("元的", i + 1)) {
            invested.set(clause[i]);
        }
        return (start, end) -> invested.get(clause[start]);
    }

    /**
     * The closing quotes of a paragraph that {@link #quotedBefore} may take: an opening quote stands
     * within the 13 characters before one with no clause mark between (a closing quote of someone's
     * words, …。”, has none), and the walk from a suffix reaches it: it walks words, and a clause
     * mark is a word that stops it, unless it jumps over a bracketed group (…）). Found in one pass
     * each way; a suffix is asked about by binary search.
     */
    private record QuotedNames(int[] at, int[] nextClauseEnd, int firstBracketAfterFirst) {
        static final QuotedNames NONE = new QuotedNames(new int[0], new int[0], Integer.MAX_VALUE);

        static QuotedNames in(String s) {
            if (s.indexOf('”') < 0 && s.indexOf('’') < 0) {
                return NONE;
            }
            int[] at = new int[4];
            int n = 0;
            int open = -1;
            int stop = -1;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '“' || c == '‘') {
                    open = i;
                } else if (QUOTE_STOPS.indexOf(c) >= 0) {
                    stop = i;
                } else if ((c == '”' || c == '’') && open >= 0 && open >= i - 13 && open > stop) {
                    if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, 2 * n);
                    }
                    at[n++] = i;
                }
            }
            if (n == 0) {
                return NONE;
            }
            at = java.util.Arrays.copyOf(at, n);
            int[] nextEnd = new int[n];
            int end = s.length();
            for (int i = s.length() - 1, k = n - 1; i >= 0 && k >= 0; i--) {
                if (i == at[k]) {
                    nextEnd[k--] = end;
                } else if (Segmenter.isClauseEnd(s.charAt(i))) {
                    end = i;
                }
            }
            int bracket = Integer.MAX_VALUE;
            for (int i = at[0] + 1; i < s.length(); i++) {
                if (s.charAt(i) == '）' || s.charAt(i) == ')') {
                    bracket = i;
                    break;
                }
            }
            return new QuotedNames(at, nextEnd, bracket);
        }

        /** Whether {@link #quotedBefore} may find one of them before a suffix starting at {@code suffixStart}. */
        boolean mayEndBefore(int suffixStart) {
            if (at.length == 0 || at[0] >= suffixStart) {
                return false;
            }
            if (firstBracketAfterFirst < suffixStart) {
                return true; // a bracketed group the walk may jump over (from any of them)
            }
            int k = java.util.Arrays.binarySearch(at, suffixStart);
            int last = (k >= 0 ? k : -k - 1) - 1; // the last one before the suffix: the nearest clause mark after it is the latest
            return nextClauseEnd[last] >= suffixStart;
        }
    }

    /** What ends the look back of {@link #quotedBefore} for an opening quote. */
    private static final String QUOTE_STOPS = "，。；：！？\n";

    /** What a match of {@link #COUNTED} begins with. */
    private static final StartGate COUNTED_STARTS = new StartGate("0123456789一二三四五六七八九十百千两");
    /** What a match of {@link #PHASE} (and of {@link #LINE_NUMBER}) begins with. */
    private static final StartGate PHASE_STARTS = new StartGate("（(一二三四五六七八九十0123456789");
    /** What a match of {@link #INVEST_AFTER} begins with: a comma, 该, 项目, 的 or an investment word. */
    private static final StartGate INVEST_AFTER_STARTS = new StartGate("，,该项的" + firsts(W.of("invest")));
    /** What a lifecycle word begins with. */
    private static final StartGate LIFECYCLE_STARTS = new StartGate(firsts(W.of("lifecycle")));

    /** Whether a lifecycle word may begin where {@link #LIFECYCLE} looks for one after {@code end} (a cheap test before the regex). */
    private static boolean lifecycleWithin(String s, int end) {
        for (int k = end; k < s.length() && k <= end + 6; k++) {
            char c = s.charAt(k);
            if (LIFECYCLE_STARTS.opens(c)) {
                return true;
            }
            if (c == '，' || c == '。' || c == '；' || c == '、') {
                return false;
            }
        }
        return false;
    }

    private static String firsts(List<String> words) {
        StringBuilder b = new StringBuilder();
        words.forEach(w -> b.append(w.charAt(0)));
        return b.toString();
    }

    /** {@code p} matched from {@code start} to the end of {@code s}: as on {@code s.substring(start)}, without copying it. */
    private static Matcher from(Pattern p, String s, int start) {
        return p.matcher(s).region(start, s.length());
    }

    private static boolean precededByCount(List<Token> tokens, NameWalker.Walk w) {
        return w.stop() != null && (w.stop().pos().startsWith("q") || w.stop().pos().startsWith("m"));
    }

    private static void add(List<EntityMention> out, EntityMention e) {
        for (EntityMention x : out) {
            if (x.start() <= e.start() && x.end() >= e.end()) {
                return;
            }
        }
        out.removeIf(x -> e.start() <= x.start() && e.end() >= x.end() && x.investmentYuan() == null);
        out.add(e);
    }

    private static List<EntityMention> reverse(List<EntityMention> l) {
        List<EntityMention> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }
}
