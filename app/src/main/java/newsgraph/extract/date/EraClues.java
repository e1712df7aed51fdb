package newsgraph.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.text.Clauses;

/**
 * The time an article that states no year was written in, bounded by national political events
 * it names (era-markers.tsv): 学习贯彻党的十九届四中全会精神 (after that plenum, before the next one),
 * 党的十八大以来 (after that congress), 十三届全国人大四次会议 (that year), 十四五开局之年 (2021),
 * 迎接建国60周年 (before that anniversary), 第十二届全国人大代表 (during that term), 深入开展党史学习教育
 * (during that campaign), 纪念某某诞辰120周年 (that year). Each clue gives a
 * window [from, to) of dates, either end perhaps open; the clues of a text are intersected. A window
 * is not a date: only a window that leaves one year for a month and day (or for a month, day and
 * weekday) gives one (see {@link Years}). Stateless and thread-safe.
 */
public final class EraClues {
    /** A window of dates [from, to); a null end is open. */
    public record Window(LocalDate from, LocalDate to) {
        static final Window OPEN = new Window(null, null);

        Window and(Window o) {
            LocalDate f = from == null ? o.from : o.from == null ? from : from.isAfter(o.from) ? from : o.from;
            LocalDate t = to == null ? o.to : o.to == null ? to : to.isBefore(o.to) ? to : o.to;
            return new Window(f, t);
        }

        public boolean bounded() {
            return from != null && to != null;
        }

        public boolean empty() {
            return bounded() && !from.isBefore(to);
        }

        public boolean contains(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || d.isBefore(to));
        }
    }

    private static final String NUM = "[一二三四五六七八九十]{1,3}";
    /** A session of a National People's Congress term: 十三届全国人大四次会议, 第十三届全国人民代表大会第四次会议, 全国人大十三届四次会议. */
    private static final Pattern NPC_SESSION = Pattern.compile(
            "第?(" + NUM + ")届全国(?:人大|人民代表大会)(?!常)第?(" + NUM + ")次会议|全国人大(" + NUM + ")届(" + NUM + ")次会议");
    private static final Pattern CPPCC_SESSION = Pattern.compile(
            "第?(" + NUM + ")届全国政协第?(" + NUM + ")次会议|全国政协(" + NUM + ")届(" + NUM + ")次会议|政协第(" + NUM + ")届全国委员会第(" + NUM + ")次会议");
    /** A deputy or member of a term: 第十二届全国人大代表, 第十二届全国人民代表大会代表, 十二届全国政协委员. */
    private static final Pattern TERM_MEMBER = Pattern.compile("第?(" + NUM + ")届全国(人大|人民代表大会|政协)(?:代表|委员)");
    /** An anniversary: 建党100周年, 新中国成立七十周年, 十一届三中全会召开30周年. */
    private static final Pattern ANNIVERSARY = Pattern.compile("(?:召开)?(?<!\\d)(\\d{1,4}|[一二三四五六七八九十百千零]{1,7})\\s*周年");
    /** Words before a marker that put it ahead of the day of writing: 迎接党的二十大, 喜迎建党百年. */
    private static final Pattern AHEAD_BEFORE = Pattern.compile("迎接|喜迎|献礼|即将召开|筹备|召开前");
    private static final Pattern AHEAD_AFTER = Pattern.compile("^[^，。；]{0,3}(?:召开前|前夕|即将|将于|将要)"); // 十八大将于秋天召开
    /** Verbs of studying a meeting's 精神: the meeting is the latest of its kind. */
    private static final Pattern STUDY = Pattern.compile("学习|贯彻|传达|领会|宣讲|落实");
    private static final Pattern SPIRIT_AFTER = Pattern.compile("^[^，。；]{0,4}精神");
    /** A speech given at an anniversary's meeting, cited later: the anniversary is past, not this year's. */
    private static final Pattern SPEECH_AFTER = Pattern.compile("^[^，。；]{0,8}讲话"); // 座谈会上的重要讲话
    private static final Pattern PLAN_YEAR = Pattern.compile("^[”\"’]?(?:规划)?(?:的)?(开局之年|开局年|收官之年|收官年)");
    /**
     * Words in a campaign's sentence that look back on it or past it: 巩固拓展党史学习教育成果, 开展…以来,
     * 回顾, 总结, 整改, 常态化长效化, 刚过去的一年. The campaign has begun; whether it is still on is not said.
     * Read over the whole sentence (up to 300 characters each way): a year's review runs long.
     */
    private static final Pattern CAMPAIGN_PAST = Pattern.compile(
            "巩固|拓展|深化|延伸|持续|成果|成效|取得|以来|年来|总结|回顾|经验|整改|常态化|长效化|制度化|过去|去年|前期|期间|此前|曾|结束|收官"
            // a year stated in the sentence: a year's review (2025年，全区开展…学习教育，…见到实效)
            + "|(?:19|20)\\d{2}\\s*年");
    /** Words before a campaign in its clause that put it ahead: 即将开展, 将于…启动, 筹备. */
    private static final Pattern CAMPAIGN_AHEAD = Pattern.compile("即将|将于|将在|将要|筹备|准备|迎接");
    /**
     * Verbs that make a term's deputy or member one of now: 辞去第十二届全国人大代表职务, 当选为…代表. Without
     * one the term is not evidence: a biography lists the terms someone served (第十一届全国人大代表。).
     */
    private static final Pattern CURRENT_MEMBER = Pattern.compile("辞去|当选|作为|身为");

    private final Lexicon markers;

    public EraClues(Lexicon markers) {
        this.markers = markers;
    }

    /** The markers of {@code era-markers.tsv}. */
    public static EraClues load() {
        return new EraClues(Lexicon.load("era-markers.tsv"));
    }

    /** The window the text's clues leave; {@link Window#OPEN} when it names none. */
    public Window window(String text) {
        Window w = Window.OPEN;
        LocalDate latestMeeting = null;
        Window latestStudied = null;
        List<Window> campaigns = null;
        for (int i = 0; i < text.length(); i++) {
            String key = markers.longestAt(text, i);
            if (key == null) {
                continue;
            }
            String kind = markers.value(key, 1);
            int end = i + key.length();
            switch (kind) {
                case "congress", "plenum" -> {
                    LocalDate d = LocalDate.parse(markers.value(key, 2));
                    if (kind.equals("congress") && !partyCongress(text, i, end)) {
                        // 前二十大企业: a ranking, not the congress
                    } else if (ahead(text, i, end)) {
                        w = w.and(new Window(null, d));
                    } else {
                        w = w.and(new Window(d, null));
                        if (latestMeeting == null || d.isAfter(latestMeeting)) {
                            latestMeeting = d;
                            // 学习贯彻…精神 of the latest meeting named: before the next one of its kind
                            LocalDate next = next(d, kind);
                            latestStudied = studied(text, i, end) && next != null ? new Window(d, next) : null;
                        }
                    }
                }
                case "campaign" -> {
                    if (campaigns == null) {
                        campaigns = new ArrayList<>(2);
                    }
                    campaigns.add(campaign(text, i, end, markers.value(key, 2)));
                }
                case "plan" -> {
                    LocalDate d = LocalDate.parse(markers.value(key, 2));
                    Matcher m = PLAN_YEAR.matcher(text).region(end, Math.min(text.length(), end + 8));
                    if (m.lookingAt()) {
                        int y = d.getYear() + (m.group(1).startsWith("开局") ? 0 : 4);
                        w = w.and(year(y));
                    }
                }
                default -> { }
            }
            i = end - 1;
        }
        if (latestStudied != null) {
            w = w.and(latestStudied);
        }
        if (campaigns != null) {
            w = w.and(campaigns(campaigns));
        }
        if (text.contains("全国")) { // cheap: every session and term below names 全国
            w = sessions(text, NPC_SESSION, "届全国人大", w);
            w = sessions(text, CPPCC_SESSION, "届全国政协", w);
            w = terms(text, w);
        }
        return text.contains("周年") ? anniversaries(text, w) : w;
    }

    /**
     * The window a nationwide study campaign named at [start, end) leaves, from its row's
     * {@code from/to} (ISO 8601 interval; {@code ..} an open end): the campaign's window when the text
     * speaks of it as under way (深入开展党史学习教育); only its start when its sentence looks back on it
     * or beyond it (巩固…成果, 以来, 总结, 回顾: any time after); only its end when it is still to come (即将开展).
     */
    private static Window campaign(String text, int start, int end, String interval) {
        int slash = interval.indexOf('/');
        LocalDate from = LocalDate.parse(interval.substring(0, slash));
        String until = interval.substring(slash + 1);
        LocalDate to = until.equals("..") ? null : LocalDate.parse(until);
        if (CAMPAIGN_AHEAD.matcher(text).region(clauseStart(text, start, 12), start).find()) {
            return new Window(null, to);
        }
        int sentenceFrom = Clauses.sentenceStart(text, start, 300);
        int sentenceTo = Clauses.sentenceEnd(text, end, 300);
        if (CAMPAIGN_PAST.matcher(text).region(sentenceFrom, sentenceTo).find()) {
            return new Window(from, null);
        }
        return new Window(from, to);
    }

    /**
     * The campaigns' windows intersected, each one's end dropped when the text also names a campaign
     * that began later (the earlier one is over, or ending): 扎实开展群众路线教育实践活动、“三严三实”专题教育、“两学一做”学习教育 is a review of
     * campaigns past, written during the latest at the earliest.
     */
    private static Window campaigns(List<Window> clues) {
        LocalDate latestStart = null;
        for (Window c : clues) {
            if (c.from() != null && (latestStart == null || c.from().isAfter(latestStart))) {
                latestStart = c.from();
            }
        }
        Window w = Window.OPEN;
        for (Window c : clues) {
            boolean past = c.from() != null && c.from().isBefore(latestStart);
            w = w.and(past ? new Window(c.from(), null) : c);
        }
        return w;
    }

    /**
     * The meeting that ends the study of the one on {@code d}: for a congress the next congress (its
     * 精神 is studied through the term), for a plenum the next plenum or congress; null when unknown.
     */
    private LocalDate next(LocalDate d, String kind) {
        LocalDate best = null;
        for (List<String> row : markers.rows()) {
            if (row.get(1).equals("congress") || row.get(1).equals("plenum") && kind.equals("plenum")) {
                LocalDate x = LocalDate.parse(row.get(2));
                if (x.isAfter(d) && (best == null || x.isBefore(best))) {
                    best = x;
                }
            }
        }
        return best;
    }

    private Window sessions(String text, Pattern p, String suffix, Window w) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String term = null;
            String session = null;
            for (int g = 1; g < m.groupCount(); g += 2) {
                if (m.group(g) != null) {
                    term = m.group(g);
                    session = m.group(g + 1);
                }
            }
            LocalDate first = termStart(term + suffix);
            int n = Numerals.parse(session);
            if (first == null || n < 1 || n > 5) {
                continue;
            }
            LocalDate opens = first.plusYears(n - 1);
            // 迎接…次会议: before it opens (from the year before); else the year it is held in
            w = w.and(ahead(text, m.start(), m.end()) ? new Window(opens.minusYears(1), opens) : year(opens.getYear()));
        }
        return w;
    }

    private Window terms(String text, Window w) {
        Matcher m = TERM_MEMBER.matcher(text);
        while (m.find()) {
            LocalDate first = termStart(m.group(1) + (m.group(2).equals("政协") ? "届全国政协" : "届全国人大"));
            if (first == null) {
                continue;
            }
            if (CURRENT_MEMBER.matcher(text).region(clauseStart(text, m.start(), 10), m.start()).find()) {
                // a deputy of that term now: from its election (the year it opens) until the next term opens
                w = w.and(new Window(first.withDayOfYear(1), first.plusYears(5)));
            }
        }
        return w;
    }

    private LocalDate termStart(String key) {
        return markers.contains(key) ? LocalDate.parse(markers.value(key, 2)) : null;
    }

    private Window anniversaries(String text, Window w) {
        Matcher m = ANNIVERSARY.matcher(text);
        while (m.find()) {
            // 纪念某某同志诞辰120周年: the figure's birth, counted in whole years (some are told by the lunar calendar)
            int at = m.start();
            boolean birth = text.startsWith("诞辰", at - 2);
            if (birth) {
                at -= 2;
                at -= text.startsWith("同志", at - 2) || text.startsWith("先生", at - 2) ? 2 : 0;
            }
            String base = markers.longestEndingAt(text, at);
            int n = Numerals.parse(m.group(1));
            if (base == null || n <= 0 || n > (birth ? 3000 : 200)) {
                continue;
            }
            String kind = markers.value(base, 1);
            if (birth != kind.equals("birth")
                    || !birth && !kind.equals("founding") && !kind.equals("plenum") && !kind.equals("congress")) {
                continue;
            }
            int start = at - base.length();
            if (birth) {
                int y = LocalDate.parse(markers.value(base, 2)).getYear() + n;
                if (SPEECH_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 10)).lookingAt()) {
                    w = w.and(new Window(LocalDate.of(y, 1, 1), null)); // …诞辰N周年座谈会上的讲话, cited later
                } else if (n % 5 == 0 || ahead(text, start, m.end())) {
                    // a round anniversary is a programme prepared and named the year before (纪念某某诞辰120周年
                    // 征文 launched the summer before); an annual one (妈祖诞辰1064周年) is named in its year
                    w = w.and(new Window(LocalDate.of(y - 1, 1, 1), LocalDate.of(y + 1, 1, 1)));
                } else {
                    w = w.and(year(y));
                }
                continue;
            }
            LocalDate day = LocalDate.parse(markers.value(base, 2)).plusYears(n);
            if (ahead(text, start, m.end())) {
                w = w.and(new Window(LocalDate.of(day.getYear() - 1, 1, 1), day.plusDays(1))); // 迎接建国60周年
            } else if (SPEECH_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 10)).lookingAt()) {
                w = w.and(new Window(day, null)); // …周年大会上的讲话, cited: that day is past
            } else {
                w = w.and(year(day.getYear()));
            }
        }
        return w;
    }

    private static Window year(int y) {
        return new Window(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
    }

    /** Whether the marker at [start, end) is spoken of as still to come (迎接党的二十大, 二十大召开前夕). */
    private static boolean ahead(String text, int start, int end) {
        int from = clauseStart(text, start, 16); // 以实际行动迎接建院70周年和党的二十大召开
        return AHEAD_BEFORE.matcher(text).region(from, start).find()
                || AHEAD_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt();
    }

    /** The start of the clause holding {@code pos}, reading back at most {@code max} characters. */
    private static int clauseStart(String text, int pos, int max) {
        int cs = pos;
        while (cs > 0 && pos - cs < max && !Clauses.isEnd(text.charAt(cs - 1))) {
            cs--;
        }
        return cs;
    }

    /** Words around 十八大 that make it the Party's congress, not a ranking (前二十大企业). */
    private static final Pattern CONGRESS_BEFORE = Pattern.compile("(?:党的|中共|迎接|喜迎)$");
    private static final Pattern CONGRESS_AFTER = Pattern.compile("^(?:精神|以来|之后|后|前夕|报告|召开|胜利|代表|提出|作出|部署|确立|明确|和|、|“)");

    private static boolean partyCongress(String text, int start, int end) {
        return CONGRESS_BEFORE.matcher(text).region(Math.max(0, start - 2), start).find()
                || CONGRESS_AFTER.matcher(text).region(end, Math.min(text.length(), end + 2)).find();
    }

    /** Whether the marker's 精神 is being studied (学习贯彻党的十九届四中全会精神). */
    private static boolean studied(String text, int start, int end) {
        int from = clauseStart(text, start, 30);
        return SPIRIT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 8)).lookingAt()
                && STUDY.matcher(text).region(from, start).find();
    }
}
