package newsgraph.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.ClauseWords;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.text.StartGate;

/**
 * Stage 3, dates. Resolves 2024年6月6日, 6月6日, 6日, 今天, 昨天, 前晚, 明天 against a year and a dateline
 * (the day the article reports from), and from the dateline also a day told by the week (本周一, 上周五,
 * 下周三), by the month (本月5日, 上月28日) or by the year (去年11月5日). Without a year, a date with no
 * year resolves to null: dates are never guessed; a day named without its day of the month (上旬, 月底,
 * 本周末) is no date. Also infers the year a document is written in when the caller gives none.
 * Stateless and thread-safe.
 */
public final class DateResolver {

    private static final int BEFORE_WINDOW = 6;

    /** Words that make a year a target, a plan or another edition (year-context.tsv); may be empty. */
    private final ClauseWords yearWords;
    /** National political markers that bound the time of writing when no year is stated (era-markers.tsv). */
    private final EraClues era;

    public DateResolver(Lexicon yearContext) {
        this.yearWords = new ClauseWords(yearContext);
        this.era = EraClues.load();
    }

    /** No year-context words: every year in the text counts when inferring. */
    public DateResolver() {
        this(Lexicon.of("year-context", java.util.List.of("word", "position"), java.util.List.of()));
    }
    /** A span of days ends a date as 日 does: 5月28-29日 is dated by its first day. */
    private static final String DAY_END = "\\s*(?:日|[-－—~～至]\\s*\\d{1,2}\\s*日)";
    private static final Pattern FULL = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})" + DAY_END);
    /** A day after a word of the month (本月5日, 上月17至19日). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(\\d{1,2})" + DAY_END);
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})" + DAY_END);
    /** 次日 and 同日 only as words of their own: not 本次日本, 不同日期; 昨 alone is yesterday as the press writes it (甲昨出席, 昨晚). */
    private static final Pattern RELATIVE = Pattern.compile("(今天|今日|今晨|今早|今晚(?!报)|当天|当日|当晚|(?<![不相])同日|同一天|(?<![\\p{IsHan}\\d])次日|翌日|昨天|昨日|前天"
            // 前晚, 前日: the day before yesterday; not 目前日本, 当前日均, 日前日…, 会前晚宴
            + "|(?<![目当日此之提会节年月空以事赛面眼跟生战向较比])前(?:晚|日)(?![本系韩方军元均产])|明天|明日|昨"
            // a weekday of this week, the last or the next (本周一, 上周五, 下个星期三); not 本周末, 上周边, 日本周五
            + "|(?:(?<!日)本|这|上|下)个?(?:周|星期|礼拜)[一二三四五六日天])");
    /** 本报6月6日讯, and a wire service's 新华社临江5月6日电 / 中新网…电 (a source ending in 社, 网, 报 or 台). */
    private static final Pattern DATELINE = Pattern.compile("(?:本报|\\p{IsHan}{1,5}[社网报台])(?:[^，。\\d]{0,6})?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:电|讯)");
    /**
     * A dateline with no wire or paper before it, or another source, opening the lead: 7月21日消息，
     * 8月3日电, 2月15日综合报道, 据某地媒体4月13日消息. Only at the start (after perhaps an empty metadata label a web page joined to it, 发布人：): mid-text, 某报3月5日报道 cites a source.
     */
    private static final Pattern LEAD_DATELINE = Pattern.compile("^\\s*(?:\\p{IsHan}{1,4}[:：]\\s*)?(?:据)?[^，。；：\\d\\s]{0,10}?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:综合)?(?:电|讯|消息|报道)");
    /** A day without its month, as wire leads write it after the dateline: 5日上午, 6日，, 5日在临江召开; never the end of a span (26-28日, 26至28日) */
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月\\-－—~～至])(\\d{1,2})日(?=上午|下午|晚上|晚间|晚|早上|中午|，|在|于|举行|召开|开幕)"
            // or opening its clause (4日正值…开幕), where a bare day is a date, not a span (30日内)
            + "|(?:^|(?<=[，。；：\\s]))(\\d{1,2})日(?!内|以内|之内|以上|左右|起|前|后|以来)");
    /** A year: before 年, or an edition's year before its name (2021量子大会); not a count (2000多项, 2000余人, 2000万元). */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?=年|“|(?![多余万亿千百个项家人元吨台米辆件次位名条座所户股只倍])\\p{IsHan})");
    private static final Pattern LEAD_YEAR = Pattern.compile("\\d{1,2}月\\d{1,2}日[上下午晚间早]{0,2}，[^。；]{0,20}?((?:19|20)\\d{2})[^。；]{2,80}?(召开|举行|举办|开幕|启动|开班)");

    /** A page header or a web page's metadata line: 临江日报 2025年7月9日 星期三, 第1版, 发布时间：2025-06-12. */
    private static final Pattern HEADER_WORD = Pattern.compile("星期[一二三四五六日天]|周[一二三四五六日]|第?\\s*[A-Z]?\\d{1,2}\\s*版|日报|晚报|时报");
    private static final Pattern META_DATE = Pattern.compile("(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期)\\s*[:：]\\s*((?:19|20)\\d{2})[-/.年](\\d{1,2})[-/.月](\\d{1,2})");
    /** A numeric date with its parts joined by - / or . (2015-08-02, 2022.06.15), as web pages print it. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    /** A line that is only a date and perhaps a time (2015-08-02 11:09:03, 2021年3月5日 10:20), perhaps followed by the source's name: a web page's date of publication. */
    private static final Pattern DATE_ONLY_LINE = Pattern.compile("(?:(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)(?:\\s*\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?"
            // and perhaps the name of the site or paper after it: 2015-07-21 17:36:12 某某网
            + "(?:\\s+[\\p{IsHan}A-Za-z]{2,12})?");
    /**
     * A date and a clock time on a short line, after nothing but names (no label with a colon: not 截止时间：…):
     * the time of posting a WeChat account or a site prints under the headline (某某发布　2025年08月18日 20:36　作者).
     */
    private static final Pattern TIMED_DATE = Pattern.compile("(?:(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})|((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)"
            + "\\s*\\d{1,2}[:：]\\d{2}(?!\\d)");
    /** Words labelling a date as the time of something else: 截止时间, 开始, 期限. */
    private static final Pattern TIME_LABEL = Pattern.compile("时间|日期|截止|开始|结束|期限|起止|报名|开标");
    /** A metadata line naming the source (来源：临江日报 2011-05-16): its numeric date is the date of publication. */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?:来源|稿源|出处)\\s*[:：]");
    /** A date in a file name: 2011-05-16, 2011_05_16 or 20110516, not inside a longer number. */
    private static final Pattern FILE_DATE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-_.]?)(\\d{2})\\2(\\d{2})(?!\\d)");

    /**
     * The date in a file name ({@code 2011-05-16_会议.txt}, {@code lj20110516.txt}), or null: so a
     * folder of pages from different days extracts without one {@code --date} for all.
     */
    public LocalDate fileDate(String fileName) {
        if (fileName == null) {
            return null;
        }
        Matcher m = FILE_DATE.matcher(fileName);
        while (m.find()) {
            LocalDate d = of(Integer.parseInt(m.group(1)), m.group(3), m.group(4));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The date of issue printed in a page header ({@code 临江日报　2025年7月9日　星期三}) or a web page's
     * metadata line ({@code 发布时间：2025-06-12 16:30}, {@code 来源：临江日报 2025-06-12}, or a line holding only
     * a date and time: {@code 2025-06-12 16:30:05}), or null. Relative days in articles without a
     * dateline of their own (昨天，…) count from it when no publication date is given.
     */
    public LocalDate pageDate(String text) {
        // line by line in place: only a short line with a digit is copied (splitting the whole text was 3% of the allocation)
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e - s > 60 || !shortDateLine(text, s, e)) {
                continue; // every date below is written with digits, on a line without 。 or ，
            }
            String l = asciiDigits(text.substring(s, e));
            Matcher meta = META_DATE.matcher(l);
            if (meta.find()) {
                return of(Integer.parseInt(meta.group(1)), meta.group(2), meta.group(3));
            }
            if (DATE_ONLY_LINE.matcher(l).matches()) {
                Matcher n = NUMERIC_DATE.matcher(l);
                Matcher f = FULL.matcher(l);
                return n.find() ? of(Integer.parseInt(n.group(1)), n.group(2), n.group(3))
                        : f.find() ? of(Integer.parseInt(f.group(1)), f.group(2), f.group(3)) : null;
            }
            Matcher timed = TIMED_DATE.matcher(l);
            if (timed.find() && l.lastIndexOf('：', timed.start()) < 0 && l.lastIndexOf(':', timed.start()) < 0
                    && !TIME_LABEL.matcher(l).region(0, timed.start()).find()) {
                // 某某发布　2025年08月18日 20:36　作者: an account's or site's name, the date and time of posting
                return timed.group(1) != null ? of(Integer.parseInt(timed.group(1)), timed.group(2), timed.group(3))
                        : of(Integer.parseInt(timed.group(4)), timed.group(5), timed.group(6));
            }
            Matcher numeric = NUMERIC_DATE.matcher(l);
            if (SOURCE_LINE.matcher(l).find() && numeric.find()) {
                return of(Integer.parseInt(numeric.group(1)), numeric.group(2), numeric.group(3));
            }
            if (l.length() > 40) {
                continue;
            }
            Matcher f = FULL.matcher(l);
            if (f.find() && HEADER_WORD.matcher(l).find()) {
                return of(Integer.parseInt(f.group(1)), f.group(2), f.group(3));
            }
        }
        return null;
    }

    /** The dateline of an article lead (本报6月6日讯), resolved with {@code year}, or null. */
    public LocalDate dateline(String lead, Integer year) {
        return dateline(lead, Years.of(year, null));
    }

    /** The dateline of an article lead (本报6月6日讯), its year from {@code years}, or null. */
    public LocalDate dateline(String lead, Years years) {
        Matcher m = datelineIn(asciiDigits(lead));
        return m == null ? null : of(years, m.group(1), m.group(2));
    }

    /** A weekday written with its day: 10月9日（星期六）, 10月9日 周六, 10月9日(礼拜六). */
    private static final Pattern WEEKDAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[（(，,]?\\s*(?:星期|周|礼拜)([一二三四五六日天])");
    private static final String WEEKDAYS = "一二三四五六";

    /**
     * The years the month-and-day dates of {@code text} are read in: {@code year} (known from
     * {@code source}) for all when given; else, for each month and day, the year the text's clues
     * leave (see {@link Years}), or none.
     */
    public Years years(String text0, Integer year, String source) {
        String text = asciiDigits(text0);
        java.util.function.Supplier<java.util.List<LocalDate>> stated = () -> statedDates(text);
        if (year != null) {
            return new Years(year, source, EraClues.Window.OPEN, Map.of(), stated);
        }
        Map<Integer, java.time.DayOfWeek> weekdays = new HashMap<>();
        Matcher w = WEEKDAY.matcher(text);
        // cheap: a weekday is written with 星期, 周 or 礼拜
        while ((text.indexOf('星') >= 0 || text.indexOf('周') >= 0 || text.indexOf('礼') >= 0) && w.find()) {
            int k = WEEKDAYS.indexOf(w.group(3).charAt(0));
            java.time.DayOfWeek dow = k >= 0 ? java.time.DayOfWeek.of(k + 1) : java.time.DayOfWeek.SUNDAY;
            weekdays.put(Integer.parseInt(w.group(1)) * 100 + Integer.parseInt(w.group(2)), dow);
        }
        EraClues.Window window = era.window(text);
        return new Years(null, null, window, weekdays, stated);
    }

    /** The dates {@code text} writes in full (2015年11月3日), in order. */
    private static java.util.List<LocalDate> statedDates(String text) {
        java.util.List<LocalDate> stated = new java.util.ArrayList<>();
        Matcher f = FULL.matcher(text);
        for (int from = 0; findStartingWith(f, text, from, "12"); from = f.end()) {
            LocalDate d = of(Integer.parseInt(f.group(1)), f.group(2), f.group(3));
            if (d != null) {
                stated.add(d);
            }
        }
        return stated;
    }

    /** The matcher of the dateline in {@code text} (found), or null. */
    private static Matcher datelineIn(String text) {
        Matcher m = DATELINE.matcher(maybeDateline(text));
        if (m.find()) {
            return m;
        }
        String head = text.length() > 40 ? text.substring(0, 40) : text;
        if (!reportWordAfterDay(head)) {
            return null; // cheap: every lead dateline has 日 then a report word
        }
        Matcher l = LEAD_DATELINE.matcher(head);
        return l.find() ? l : null;
    }

    /** Whether 日 is followed (perhaps after a space) by the first character of a report word: 电 讯 消息 报道 综合. */
    private static boolean reportWordAfterDay(String head) {
        for (int i = head.indexOf('日'); i >= 0; i = head.indexOf('日', i + 1)) {
            int j = i + 1;
            while (j < head.length() && REGEX_SPACE.indexOf(head.charAt(j)) >= 0) {
                j++;
            }
            if (j < head.length() && "电讯消报综".indexOf(head.charAt(j)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text}, or "" when it cannot hold a dateline (every one ends in 日 and 电 or 讯, perhaps with
     * spaces between): skips the regex scan of every position.
     */
    private static String maybeDateline(String text) {
        for (int k = indexOfMark(text, 0); k >= 0; k = indexOfMark(text, k + 1)) {
            int j = k - 1;
            while (j >= 0 && REGEX_SPACE.indexOf(text.charAt(j)) >= 0) {
                j--;
            }
            if (j >= 0 && text.charAt(j) == '日') {
                return text;
            }
        }
        return "";
    }

    /** What {@code \s} matches in a pattern without UNICODE_CHARACTER_CLASS. */
    private static final String REGEX_SPACE = " \t\n\u000B\f\r";

    /** The first 电 or 讯 at or after {@code from}, or -1. */
    private static int indexOfMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '电' || c == '讯') {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code s} with full-width digits (０-９, as some pages print dates: ２月１５日) as ASCII ones, char for
     * char, so offsets stay; {@code s} itself when it has none (most texts).
     */
    static String asciiDigits(String s) {
        int i = 0;
        while (i < s.length() && !(s.charAt(i) >= '\uFF10' && s.charAt(i) <= '\uFF19')) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        char[] c = s.toCharArray();
        for (; i < c.length; i++) {
            if (c[i] >= '\uFF10' && c[i] <= '\uFF19') {
                c[i] = (char) (c[i] - '\uFF10' + '0');
            }
        }
        return new String(c);
    }

    /** Whether text[s, e) holds a digit (ASCII or full-width) and neither 。 nor ，. */
    private static boolean shortDateLine(String text, int s, int e) {
        boolean digit = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '，') {
                return false;
            }
            digit |= (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
        }
        return digit;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@code m.find()} from {@code from}, for a pattern without look-behind whose every match starts
     * with one of {@code starts} (ASCII digits): the other positions are not tried (the regex engine tries them all).
     * After a match, search on from {@code m.end()}.
     */
    private static boolean findStartingWith(Matcher m, String text, int from, String starts) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && starts.indexOf(c) >= 0) { // the starts are ASCII: a CJK character is passed by one compare
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text has a dateline with month and day (even if no year is known). */
    public boolean hasDateline(String lead) {
        return datelineIn(asciiDigits(lead)) != null;
    }

    /**
     * The first date stated in {@code text}: a full date, a month and day (with {@code year}), or a
     * relative day (with {@code dateline}). Null when none or when it cannot be resolved.
     */
    public LocalDate first(String text, Integer year, LocalDate dateline) {
        return first(text, Years.of(year, null), dateline, dateline);
    }

    /** As {@link #first(String, Integer, LocalDate)}, the year of a month and day from {@code years}. */
    public LocalDate first(String text, Years years, LocalDate dateline) {
        return first(text, years, dateline, dateline);
    }

    /**
     * As {@link #first(String, Integer, LocalDate)}, with two bases: 今天, 昨天, 前天 and 明天 count
     * from {@code dateline} (the day the article is written: its dateline or the date of issue),
     * 当天 and 当日 mean {@code sameDay} (the day the article has been talking about, which is
     * already 昨天's day when the lead said 昨天). Either base may be null: what needs it is null.
     */
    public LocalDate first(String text0, Integer year, LocalDate dateline, LocalDate sameDay) {
        return find(text0, Years.of(year, null), dateline, sameDay, false);
    }

    /** As {@link #first(String, Integer, LocalDate, LocalDate)}, the year of a month and day from {@code years}. */
    public LocalDate first(String text0, Years years, LocalDate dateline, LocalDate sameDay) {
        return find(text0, years, dateline, sameDay, false);
    }

    /**
     * The date a sentence opens with (4月2日，…; 当日下午，…; 次日，…), resolved as {@link #first}
     * does, or null: the time a sentence is set in, which moves the day the article is talking about
     * even when the sentence reports no event.
     */
    public LocalDate opening(String sentence, Integer year, LocalDate dateline, LocalDate sameDay) {
        return opening(sentence, Years.of(year, null), dateline, sameDay);
    }

    /** As {@link #opening(String, Integer, LocalDate, LocalDate)}, the year of a month and day from {@code years}. */
    public LocalDate opening(String sentence, Years years, LocalDate dateline, LocalDate sameDay) {
        int i = 0;
        while (i < sentence.length() && (Character.isWhitespace(sentence.charAt(i)) || "\u3000“”\"".indexOf(sentence.charAt(i)) >= 0)) {
            i++;
        }
        // Character.isDigit holds for 0-9 and ０-９ alike
        if (i >= sentence.length() || !(Character.isDigit(sentence.charAt(i)) || "今当同次翌昨前明本这上下去".indexOf(sentence.charAt(i)) >= 0)) {
            return null; // cheap: every date below starts with a digit or one of these
        }
        int end = i;
        while (end < sentence.length() && "，。；：,".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        return find(asciiDigits(sentence.substring(i, end)), years, dateline, sameDay, true);
    }

    /** The first date in {@code text0}; with {@code atStart}, only one starting the text. */
    private LocalDate find(String raw, Years years, LocalDate dateline, LocalDate sameDay, boolean atStart) {
        String text0 = asciiDigits(raw);
        // the dateline (本报6月6日讯) is the base of relative days, not a date stated in the text
        // every pattern but RELATIVE needs a digit, RELATIVE one of its first characters: a sentence
        // with neither (most of them) is scanned once instead of by five regexes
        boolean digits = hasDigit(text0);
        if (!digits && !RELATIVE_STARTS.opensAnywhere(text0)) {
            return null;
        }
        Matcher dl = digits ? datelineIn(text0) : null;
        String text = dl != null ? text0.substring(0, dl.start()) + " ".repeat(dl.end() - dl.start()) + text0.substring(dl.end()) : text0;
        int best = Integer.MAX_VALUE;
        LocalDate result = null;
        Matcher f = FULL.matcher(digits ? text : "");
        if (f.find()) {
            best = f.start();
            result = of(Integer.parseInt(f.group(1)), f.group(2), f.group(3));
        }
        Matcher md = MONTH_DAY.matcher(digits ? text : "");
        for (int from = 0; from < text.length() && md.find(from); from = md.start() + 1) {
            if (!plausible(md.group(1), md.group(2))) {
                continue; // a number run into the date (点击：577月9日): the date starts a digit later
            }
            if (md.start() < best && !(f.find(0) && md.start() >= f.start() && md.end() <= f.end())) {
                int shift = yearsBack(text, md.start());
                if (shift == NO_YEAR_WORD || shift == 0 && dateline == null) {
                    best = md.start();
                    result = of(years, md.group(1), md.group(2));
                } else {
                    // 去年3月5日, 今年5月8日: the year counts from the day of writing, else from the document's year
                    Integer base = dateline != null ? Integer.valueOf(dateline.getYear()) : years.year();
                    best = md.start() - 2;
                    result = base == null ? null : of(base - shift, md.group(1), md.group(2));
                }
            }
            break;
        }
        if (dateline != null && digits) {
            // 本月5日, 上月28日: a day of the month of writing, or of the month before or after
            for (int i = text.indexOf('月'); i > 0 && i < best; i = text.indexOf('月', i + 1)) {
                int monthShift = monthShift(text, i);
                Matcher dayOf = monthShift == NO_MONTH_WORD ? null : DAY_OF_MONTH.matcher(text).region(i + 1, text.length());
                if (dayOf != null && dayOf.lookingAt()) {
                    LocalDate month = dateline.withDayOfMonth(1).plusMonths(monthShift);
                    int dd = Integer.parseInt(dayOf.group(1));
                    if (dd >= 1 && dd <= month.lengthOfMonth()) {
                        best = i - (text.charAt(i - 1) == '个' ? 2 : 1);
                        result = month.withDayOfMonth(dd);
                    }
                    break;
                }
            }
        }
        Matcher day = DAY_ONLY.matcher(digits ? text : "");
        if (dateline != null && DAY_STARTS.find(day, text, 0, best)) {
            // the day of the dateline's month, or of the month before when it is later than the
            // dateline (30日晚，会议闭幕 under a 5日 dateline), unless its clause speaks of what is to come
            // (16日上午代表团将…, 取消原订30日举行的…)
            int d = Integer.parseInt(day.group(1) != null ? day.group(1) : day.group(2));
            LocalDate month = d > dateline.getDayOfMonth() && !ahead(text, day.start()) ? dateline.minusMonths(1) : dateline;
            if (d >= 1 && d <= month.lengthOfMonth()) {
                best = day.start();
                result = month.withDayOfMonth(d);
            }
        } else if (dateline == null && DAY_STARTS.find(day, text, 0, best)) {
            // no dateline to give its month: a bare day (3日上午，…) that the text writes in full
            // elsewhere (2015年11月3日，…), once
            LocalDate stated = years.statedWithDay(Integer.parseInt(day.group(1) != null ? day.group(1) : day.group(2)));
            if (stated != null) {
                best = day.start();
                result = stated;
            }
        }
        Matcher r = RELATIVE.matcher(text);
        if (RELATIVE_STARTS.find(r, text, 0, best)) {
            best = r.start();
            String w = r.group(1);
            result = switch (w) {
                case "当天", "当日", "当晚", "同日", "同一天" -> sameDay;
                case "次日", "翌日" -> sameDay == null ? null : sameDay.plusDays(1);
                case "昨天", "昨日", "昨" -> dateline == null ? null : dateline.minusDays(1); // 甲昨出席, 昨晚
                case "前天", "前晚", "前日" -> dateline == null ? null : dateline.minusDays(2);
                case "明天", "明日" -> dateline == null ? null : dateline.plusDays(1);
                default -> w.length() >= 3 ? weekday(w, dateline, ahead(text, r.start())) : dateline; // 今天, 今晨, 今晚; 本周一, 上周五
            };
        }
        return atStart && best != 0 ? null : result;
    }

    /**
     * Where a {@link #RELATIVE} word may start: at one of its first characters, 本 这 上 下 only before a
     * word of the week (alone they are too common to try the regex at). The regex engine would try
     * every position of the sentence.
     */
    private static final StartGate RELATIVE_STARTS = new StartGate("今当同次翌昨前明本这上下",
            (s, p) -> "本这上下".indexOf(s.charAt(p)) < 0 || weekWordAt(s, p + 1));
    /** Where a {@link #DAY_ONLY} match may start: every one starts with a digit. */
    private static final StartGate DAY_STARTS = new StartGate("0123456789");

    /** Whether a word of the week (周, 星期, 礼拜, or 个 before one) starts at {@code i}: 上 and 下 alone are too common to try the regex at. */
    private static boolean weekWordAt(CharSequence text, int i) {
        return i < text.length() && "周星礼个".indexOf(text.charAt(i)) >= 0;
    }

    /** What {@link #yearsBack} returns when no year word stands before a month and day. */
    private static final int NO_YEAR_WORD = Integer.MIN_VALUE;

    /**
     * How many years before the year of writing the month and day at {@code at} is told: 今年 0,
     * 去年 1, 前年 2, 明年 -1, right before it; {@link #NO_YEAR_WORD} when none is.
     */
    private static int yearsBack(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != '年' || text.charAt(at - 2) == '前' && at >= 3 && text.charAt(at - 3) == '年') {
            return NO_YEAR_WORD; // not 3年前年…
        }
        return yearsBefore(text.charAt(at - 2));
    }

    /** How many years before the year of writing a year word opening with {@code c} names: 今年 0, 去年 1, 前年 2, 明年 -1. */
    private static int yearsBefore(char c) {
        return switch (c) {
            case '今' -> 0;
            case '去' -> 1;
            case '前' -> 2;
            case '明' -> -1;
            default -> NO_YEAR_WORD;
        };
    }

    /** What {@link #monthShift} returns when no month word ends at a 月. */
    private static final int NO_MONTH_WORD = Integer.MIN_VALUE;

    /** The month 本月 (0), 上月 / 上个月 (-1) or 下月 / 下个月 (1) ending with the 月 at {@code at} names, or {@link #NO_MONTH_WORD}. */
    private static int monthShift(String text, int at) {
        int k = at >= 2 && text.charAt(at - 1) == '个' ? at - 2 : at - 1;
        char c = text.charAt(k);
        if (k < at - 1 && c == '本') {
            return NO_MONTH_WORD; // 本个月 is not written
        }
        return switch (c) {
            case '本' -> 0;
            case '上' -> -1;
            case '下' -> 1;
            default -> NO_MONTH_WORD;
        };
    }

    /**
     * The day a weekday of this, the last or the next week names ({@code 本周一}, {@code 上个星期五},
     * {@code 下周三}) from the week of {@code dateline} (weeks run Monday to Sunday), or null without one;
     * a day of this week after {@code dateline} only when its clause speaks of what is to come ({@code ahead}).
     */
    private static LocalDate weekday(String word, LocalDate dateline, boolean ahead) {
        if (dateline == null) {
            return null;
        }
        int k = WEEKDAYS.indexOf(word.charAt(word.length() - 1)); // 日 and 天 are not in it: Sunday
        int week = switch (word.charAt(0)) {
            case '上' -> -7;
            case '下' -> 7;
            default -> 0;
        };
        LocalDate d = dateline.with(java.time.DayOfWeek.MONDAY).plusDays((k >= 0 ? k : 6) + week);
        // a day of this week still to come, told as past (甲本周四在出席…时表示 under a Monday's date):
        // the date at hand is not the day of writing (a page reposted later), so the day is not known
        return week == 0 && d.isAfter(dateline) && !ahead ? null : d;
    }

    /** A year said to be last year's, the year before, or next year's: 去年举办的2024… → written in 2025. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(去年|前年|明年)[^，。；！？\\d]{0,5}((?:19|20)\\d{2})(?=年|[\\p{IsHan}“])");

    /**
     * The year a document is written in, from its text: the year of a dated lead event
     * (7月21日，2023…活动…举行), else the single most mentioned year when it is also the latest one
     * named; null when tied, earlier than another year named, or absent.
     * With no year of writing stated at all, a year said to be last year's or next year's
     * (去年举办的2024临江博览会) gives it.
     */
    public Integer inferYear(String text0) {
        String text = asciiDigits(text0);
        Map<Integer, Integer> lead = new HashMap<>();
        Matcher l = LEAD_YEAR.matcher(text);
        for (int from = 0; findStartingWith(l, text, from, "0123456789"); from = l.end()) {
            lead.merge(Integer.parseInt(l.group(1)), 1, Integer::sum);
        }
        Integer y = unique(lead);
        if (y != null) {
            return y;
        }
        Map<Integer, Integer> all = new HashMap<>();
        Matcher m = YEAR.matcher(text);
        ClauseWords.Scan context = yearWords.scan(text); // reads only around each year, in order
        for (int from = 0; findStartingWith(m, text, from, "12"); from = m.end()) {
            if (!otherYear(context, m.start(), m.end())) {
                all.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        if (!all.isEmpty()) {
            // a text names years up to its own: when the year it names most is not the latest it
            // names, that year is history or statistics (2010年销量… in an article of 2011), not proof
            Integer most = unique(all);
            return most != null && most.equals(java.util.Collections.max(all.keySet())) ? most : null;
        }
        Map<Integer, Integer> implied = new HashMap<>();
        Matcher r = RELATIVE_YEAR.matcher(text);
        while (r.find()) {
            implied.merge(Integer.parseInt(r.group(2)) + yearsBefore(r.group(1).charAt(0)), 1, Integer::sum);
        }
        return unique(implied);
    }

    /**
     * Whether the year at [start, end) is a target, a plan or another edition rather than the
     * year of writing: a year-context word shortly before it, or later in its clause.
     */
    private static boolean otherYear(ClauseWords.Scan context, int start, int end) {
        return context.beforeWithin(context.clauseStartWithin(start, BEFORE_WINDOW), start) || context.afterInClause(end);
    }

    private static Integer unique(Map<Integer, Integer> counts) {
        Integer best = null;
        int bestN = 0;
        boolean tie = false;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
                tie = false;
            } else if (e.getValue() == bestN) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Words that put a day ahead of the day of writing: 将, 拟, 原订, 预计, 即将, 计划. */
    private static final Pattern AHEAD = Pattern.compile("将|拟|原订|原定|预计|计划|定于");

    /** Whether the clause of the day at {@code at} (from a few characters before it) speaks of what is to come. */
    private static boolean ahead(String text, int at) {
        int from = Math.max(0, at - 4);
        int end = at;
        while (end < text.length() && "，。；！？".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return AHEAD.matcher(text).region(from, end).find();
    }

    /** Whether a month and day can be a date in some year. */
    private static boolean plausible(String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }

    /** The month and day in the year {@code years} gives them, or null. */
    private static LocalDate of(Years years, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        Integer y = years.yearOf(m, d);
        return y == null ? null : of(y, month, day);
    }

    /**
     * How the year of {@code date}, found in {@code text} by {@link #first}, is known: {@code text}
     * when the text writes it with its year, else what {@code years} says for its month and day.
     */
    public static String source(LocalDate date, String text0, Years years) {
        if (date == null) {
            return null;
        }
        String text = asciiDigits(text0);
        Matcher f = FULL.matcher(hasDigit(text) ? text : "");
        while (f.find()) {
            if (date.equals(of(Integer.parseInt(f.group(1)), f.group(2), f.group(3)))) {
                return "text";
            }
        }
        return years.sourceOf(date.getMonthValue(), date.getDayOfMonth());
    }

    /** The first month and day written without a year in {@code text}, as {@code --MM-DD}, or null. */
    public static String monthDay(String text0) {
        String text = asciiDigits(text0);
        Matcher md = MONTH_DAY.matcher(text);
        Matcher f = FULL.matcher(text);
        boolean full = f.find();
        for (int from = 0; from < text.length() && md.find(from); from = md.start() + 1) {
            if (full && md.start() >= f.start() && md.end() <= f.end()) {
                return null; // written with its year
            }
            if (plausible(md.group(1), md.group(2))) {
                return String.format("--%02d-%02d", Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            }
        }
        return null;
    }

    private static LocalDate of(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
