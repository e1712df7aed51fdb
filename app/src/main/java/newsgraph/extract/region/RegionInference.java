package newsgraph.extract.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.lexicon.Lexicon;
import newsgraph.extract.text.StartGate;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Official;
import newsgraph.model.Region;

/**
 * The region an article is about, by the first rule that knows (README "Regions"):
 * <ol>
 *   <li>the region the caller gives ({@code ingest --region}, {@code "region"} of POST /api/articles);
 *   <li>the outlet — the one given ({@code --source}), else a paper named in the text's source lines
 *       (来源：X, 发布人：X, X讯) — looked up in {@link SourceTable};
 *   <li>the jurisdictions that open the officials' full titles (临江市委书记 → 临江市, 东岳新区工委
 *       副书记 → 东岳新区): at each level, the one most titles name; a tie at a level leaves it unknown.
 * </ol>
 * The outlet gives one level; the titles then add the other levels. Nothing else: an article whose
 * outlet is unknown and whose titles name no jurisdiction has no region (never one borrowed from
 * another article).
 */
public final class RegionInference {

    private static final String LEVELS = "省市州县区旗镇乡";
    /** A jurisdiction opening a title: two or more characters ending in a level, then a body of it. */
    private static final Pattern TITLE_JURISDICTION = Pattern.compile(
            "^(\\p{IsHan}{2,12}?(?:自治区|[省市州县区旗镇乡]))(?=党工委|工委|党委|委|人民政府|政府|人大|政协|纪委|监委)");
    /** Areas that are not regions though they end in 区: a park's 管委 is not a government. */
    private static final Pattern NOT_A_REGION = Pattern.compile(
            ".*(?:片区|园区|开发区|经济区|高新区|保税区|功能区|示范区|试验区|合作区|景区|社区|校区|港区|矿区|林区|牧区)$");
    /** Source lines naming the outlet: 来源：临江日报, 发布人：临江发布, 临江日报讯. */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:来源|稿源|发布人|发布者|出处)\\s*[:：]\\s*([\\p{IsHan}A-Za-z0-9]{2,20})");
    /** What a match of {@link #SOURCE_LINE} begins with (in a text holding one of its words, the search of every position showed in profiles of the stream). */
    private static final StartGate SOURCE_LINE_STARTS = new StartGate("来稿发出");
    private static final List<String> SOURCE_WORDS = List.of("来源", "稿源", "发布人", "发布者", "出处");
    private static final Pattern PAPER_LEAD = Pattern.compile(
            "(?<![\\p{IsHan}])([\\p{IsHan}]{2,10}(?:日报|晚报|时报|都市报|报))(?:\\d{1,2}月\\d{1,2}日)?讯");
    private static final Lexicon PROVINCES = Lexicon.load("provinces.tsv");

    private final SourceTable sources;

    public RegionInference(SourceTable sources) {
        this.sources = sources;
    }

    private static final RegionInference SHIPPED = new RegionInference(SourceTable.shipped());

    public static RegionInference shipped() {
        return SHIPPED;
    }

    /** The article's region by the rules above; {@code givenSource}, {@code givenRegion} may be null. */
    public Region infer(ArticleExtraction article, String givenSource, String givenRegion) {
        Map<Character, String> fromTitles = titleJurisdictions(article.officials());
        if (givenRegion != null && !givenRegion.isBlank()) {
            List<String> parts = split(givenRegion.strip());
            return region(parts, fromTitles, "given", givenSource);
        }
        SourceTable.Match outlet = sources.lookup(givenSource);
        if (outlet == null) {
            outlet = outletInText(article.text());
        }
        if (outlet != null && outlet.place() != null) {
            String full = complete(outlet.place(), fromTitles);
            return region(split(full), fromTitles, "outlet", outlet.outlet());
        }
        if (fromTitles.isEmpty()) {
            return null;
        }
        return region(List.of(), fromTitles, "titles", outlet == null ? null : outlet.outlet());
    }

    /** The first outlet named in a source line of the text that the table knows. */
    private SourceTable.Match outletInText(String text) {
        if (text == null) {
            return null;
        }
        for (Pattern p : List.of(SOURCE_LINE, PAPER_LEAD)) {
            // each pattern needs a word most texts lack; looking for it first spares a regex search of every position
            if (p == PAPER_LEAD ? text.indexOf('讯') < 0 : SOURCE_WORDS.stream().noneMatch(text::contains)) {
                continue;
            }
            if (p == PAPER_LEAD) {
                SourceTable.Match match = paperLead(text);
                if (match != null) {
                    return match;
                }
                continue;
            }
            Matcher m = p.matcher(text);
            for (int at = 0; SOURCE_LINE_STARTS.find(m, text, at); at = StartGate.next(m)) {
                SourceTable.Match match = sources.lookup(m.group(1));
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /** The longest text a match of {@link #PAPER_LEAD} spans: ten characters, 都市报, 12月31日, 讯. */
    private static final int PAPER_LEAD_MAX = 20;

    /**
     * The first paper named before a 讯 (临江日报讯) that the table knows: the matches of
     * {@link #PAPER_LEAD}, in order, as a search of the whole text finds them, but searched only in the
     * stretch before each 讯 (a match ends at one and is at most {@link #PAPER_LEAD_MAX} long), not
     * tried at every position of a long article.
     */
    private SourceTable.Match paperLead(String text) {
        Matcher m = PAPER_LEAD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = 0;
        for (int mark = text.indexOf('讯'); mark >= 0; mark = text.indexOf('讯', pos)) {
            // every match from pos on starts at or after mark - MAX (it ends at this 讯 or a later one);
            // one starting by mark ends by mark + MAX, inside the region
            m.region(Math.max(pos, mark - PAPER_LEAD_MAX), Math.min(text.length(), mark + PAPER_LEAD_MAX + 1));
            while (m.find() && m.start() <= mark) {
                SourceTable.Match match = sources.lookup(m.group(1));
                if (match != null) {
                    return match;
                }
                pos = m.end();
            }
            pos = Math.max(pos, mark + 1);
        }
        return null;
    }

    /** A bare place (临江) takes its level from the titles, else provinces.tsv, else 市. */
    private static String complete(String place, Map<Character, String> fromTitles) {
        if (LEVELS.indexOf(Region.levelOf(place)) >= 0 && place.length() >= 2) {
            return place;
        }
        String named = fromTitles.values().stream().filter(j -> j.startsWith(place))
                .min(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (named != null) {
            return named; // 临江 + 临江市委书记 → 临江市; 东岳 + 东岳新区工委书记 → 东岳新区
        }
        String province = PROVINCES.value(place, 1);
        return province != null ? province : place + "市";
    }

    /** The given jurisdictions, then the titles' ones of the other levels, coarsest first. */
    private static Region region(List<String> given, Map<Character, String> fromTitles, String basis, String outlet) {
        Map<Character, String> byLevel = new LinkedHashMap<>();
        given.forEach(j -> byLevel.put(Region.levelOf(j), j));
        fromTitles.forEach(byLevel::putIfAbsent);
        List<String> ordered = new ArrayList<>();
        for (char level : LEVELS.toCharArray()) {
            if (byLevel.containsKey(level)) {
                ordered.add(byLevel.get(level));
            }
        }
        String finest = given.isEmpty() ? ordered.getLast() : given.getLast();
        return new Region(finest, ordered, basis, outlet);
    }

    /** At each level, the jurisdiction most of the officials' titles open with; ties stay unknown. */
    static Map<Character, String> titleJurisdictions(List<Official> officials) {
        Map<Character, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (Official o : officials) {
            for (String title : o.titles()) {
                Matcher m = TITLE_JURISDICTION.matcher(title);
                if (m.find() && !NOT_A_REGION.matcher(m.group(1)).matches()) {
                    for (String j : split(m.group(1))) {
                        counts.computeIfAbsent(Region.levelOf(j), k -> new LinkedHashMap<>()).merge(j, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Character, String> out = new LinkedHashMap<>();
        counts.forEach((level, byName) -> {
            int best = byName.values().stream().max(Integer::compare).orElse(0);
            List<String> top = byName.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
            if (top.size() == 1) {
                out.put(level, top.getFirst());
            }
        });
        return out;
    }

    /**
     * A jurisdiction written with its parents (临江市东岳区) as its parts, each at least two characters
     * before its level; a name with a level character inside it (市北区) stays whole.
     */
    static List<String> split(String jurisdiction) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 2; i < jurisdiction.length() - 3; i++) {
            char c = jurisdiction.charAt(i);
            if (LEVELS.indexOf(c) >= 0 && i - from >= 2) {
                String rest = jurisdiction.substring(i + 1);
                if (rest.length() >= 3 && LEVELS.indexOf(Region.levelOf(rest)) >= 0) {
                    parts.add(jurisdiction.substring(from, i + 1));
                    from = i + 1;
                }
            }
        }
        parts.add(jurisdiction.substring(from));
        return parts;
    }
}
