package newsgraph.graph;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * When two reports are one event. Names are compared by their <em>match key</em>: the (absolute)
 * name without ordinals and sessions (第三次, 十三届, 2024年) and without 集中 — words that say which
 * one of a series, not which act. Two events of the same date and region are the same act when
 * their match keys are equal, or one ends with the other and the shorter has at least four
 * characters (全体会议 / 第三次全体会议 → 全体会议 / 全体会议; 签约仪式 / 项目集中签约仪式 → …签约仪式).
 * A shorter key (会议) says too little to join anything. Different acts on one day keep different
 * endings (招商推介会, 签约仪式) and stay apart.
 *
 * <p>A name that opens with its jurisdiction (临江市委常委会会议, 东岳新区招商大会) places itself: its
 * id is the match key and date, whoever reports it. A generic name (签约仪式, 全体会议) means the act of
 * the article's region: its id adds the region, and without a region it stays the article's own.
 */
final class EventKeys {

    private static final Pattern SERIES = Pattern.compile(
            "第[一二三四五六七八九十百零〇\\d]+次|[一二三四五六七八九十百零〇\\d]+届|第[一二三四五六七八九十百零〇\\d]+届|\\d{4}年|集中");

    private static final Pattern PLACED = Pattern.compile("^\\p{IsHan}{2,10}?(?:自治区|[省市州县区旗镇乡])");

    private EventKeys() {}

    /** Whether the name opens with a jurisdiction (two or more characters and a level). */
    static boolean placed(String name) {
        return PLACED.matcher(name).find();
    }

    static String match(String name) {
        String m = SERIES.matcher(name).replaceAll("");
        return m.isEmpty() ? name : m;
    }

    /**
     * The event's id: its match key and date; the region for a generic name ({@code region}
     * non-null); the article for an event that cannot be placed ({@code localTo} non-null: a relative
     * or generic name of an unknown region, or no date at all).
     */
    static String id(String match, LocalDate date, String region, String localTo) {
        String when = date != null ? date.toString() : "undated";
        String where = localTo != null ? "|article:" + localTo : region != null ? "|region:" + region : "";
        return Names.hash(match + "|" + when + where, 24);
    }

    /** Whether two match keys (same date, same region) name the same act. */
    static boolean sameAct(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }
}
