package newsgraph.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Event;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Organization;
import newsgraph.model.Organizer;
import newsgraph.model.Park;
import newsgraph.model.Participant;
import newsgraph.model.Project;
import newsgraph.model.Region;

/**
 * One article turned into the parameter rows of the write statements, before anything touches
 * the graph: names become keys ({@link Names#key}), names written relative to the region become
 * absolute ({@link Relative}: 市委 → 临江市委) or stay local to the article, titles become posts
 * ({@link Titles}, a bare 区长 the 区长 of the region), events get their match keys
 * ({@link EventKeys}), and every fact carries one evidence entry (sentence and offsets). People are
 * still names here; {@link GraphWriter} decides which person each one is ({@link PersonRule}), and
 * resolves organizations, parks and events against the graph.
 */
final class ArticlePlan {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An organization or park as the article names it: every key it goes by, and where. */
    static final class Group {
        /** Absolute keys: looked up and resolved against the graph. */
        final Set<String> keys = new LinkedHashSet<>();
        /** Names as written relative to the region (市委): kept as aliases, never looked up. */
        final Set<String> written = new LinkedHashSet<>();
        /** Set when the group has no absolute key: a relative name in an article of unknown region. */
        String localKey;
        String kind;
        Map<String, Object> evidence;

        String name() {
            return keys.isEmpty() ? written.iterator().next() : keys.iterator().next();
        }
    }

    /** What the article says of one person: enough for {@link PersonRule} to tell namesakes apart. */
    static final class PersonPlan {
        final String name;
        boolean official;
        Map<String, Object> evidence;
        final Set<String> positions = new LinkedHashSet<>();
        final Set<String> organizations = new LinkedHashSet<>();
        String latestTitle;

        PersonPlan(String name) {
            this.name = name;
        }
    }

    final String id;
    final String title;
    final LocalDate date;
    /** The article's region (null when unknown): relative names resolve against it. */
    final Region region;
    final Map<String, Object> props = new HashMap<>();
    /** The extraction as JSON (extraction-v1 article), kept in the ledger so `rebuild` can write it again. */
    final String extractionJson;
    final List<String> reporters = new ArrayList<>();
    final Map<String, PersonPlan> people = new LinkedHashMap<>();
    final List<Group> organizations = new ArrayList<>();
    final List<Group> parks = new ArrayList<>();
    final List<Map<String, Object>> projects = new ArrayList<>();
    final List<Map<String, Object>> positions = new ArrayList<>();
    final List<Map<String, Object>> events = new ArrayList<>();
    final List<Map<String, Object>> attendance = new ArrayList<>();
    final List<Map<String, Object>> organizers = new ArrayList<>();
    /** The article's text and its start in the source: each evidence entry's offset in the text is found once, here. */
    private final String text;
    private final int articleStart;

    private ArticlePlan(ArticleExtraction a, ArticleMetadata meta) {
        this.id = articleId(a, meta);
        this.title = a.title();
        LocalDate stated = parseDate(a.date());
        this.date = stated != null ? stated : meta.date(); // null when neither knows: an undated article
        region = a.region();
        text = a.text();
        articleStart = a.start();
        try {
            extractionJson = JSON.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the extraction: " + e.getMessage(), e);
        }
        props.put("title", a.title());
        props.put("heading", heading(a.title(), a.text()));
        props.put("date", date);
        props.put("source", meta.source() != null ? meta.source() : region != null ? region.outlet() : null);
        if (region != null) {
            props.put("region", region.name());
            props.put("jurisdictions", region.jurisdictions());
            props.put("regionBasis", region.basis());
        }
        props.put("file", meta.file());
        props.put("url", meta.url());
        props.put("text", a.text());
        props.put("start", a.start());
        props.put("end", a.end());
        if (a.continuation() != null) {
            props.put("continuedFromPage", a.continuation().fromPage());
            props.put("continuesOnPage", a.continuation().onPage());
        }
        props.values().removeIf(Objects::isNull);
    }

    static ArticlePlan of(ArticleExtraction a, ArticleMetadata meta) {
        ArticlePlan plan = new ArticlePlan(a, meta);
        plan.build(a);
        return plan;
    }

    /**
     * A hash of the article's text with whitespace removed (page layout does not change the id);
     * an article without text is identified by its file, title and date instead.
     */
    static String articleId(ArticleExtraction a, ArticleMetadata meta) {
        String text = Names.key(a.text());
        if (text == null) {
            text = "no-text|" + meta.file() + "|" + a.title() + "|" + a.date();
        }
        return Names.hash(text, 32);
    }

    /** The key of a thing named relatively in an article of unknown region: that article's own. */
    String local(String name) {
        return name + "@" + id;
    }

    private void build(ArticleExtraction a) {
        for (String reporter : a.reporters()) {
            String name = Names.key(reporter);
            if (name != null && !reporters.contains(name)) {
                reporters.add(name);
            }
        }
        Map<String, Map<String, Object>> positionRows = new LinkedHashMap<>();
        for (Official o : a.officials()) {
            String name = Names.key(o.name());
            if (name == null) {
                continue;
            }
            PersonPlan person = person(name);
            person.official = true;
            for (Titles.Title t : Titles.of(o)) {
                if (person.evidence == null) {
                    person.evidence = entry(t.evidence());
                }
                String organization = t.organization() == null ? null : addOrganization(t.organization(), List.of(), null, t.evidence());
                String titleKey = t.title();
                boolean qualified = t.qualified();
                if (!qualified) {
                    String regional = Relative.post(t.post(), region);
                    if (regional != null) {
                        titleKey = regional;
                        qualified = true;
                    } else if (Relative.is(t.post().replaceFirst("^(常务副|副)", ""))) {
                        titleKey = local(t.title()); // a bare 区长 of an unknown region: this article's own
                    }
                    // else a post of no level (总书记): one unqualified node, as before, never a tie between namesakes
                } else if (Relative.is(titleKey)) {
                    String resolved = Relative.resolve(titleKey, region);
                    titleKey = resolved != null ? resolved : local(titleKey);
                }
                String key = titleKey;
                boolean isQualified = qualified;
                String shown = key.contains("@") ? t.title() : key;
                Map<String, Object> r = positionRows.computeIfAbsent(name + "|" + key, k -> row(
                        "person", name, "key", key, "title", shown, "post", t.post(), "qualified", isQualified,
                        "organization", organization, "date", date, "asWritten", Names.key(t.asWritten()),
                        "evidence", entry(t.evidence())));
                Objects.requireNonNull(r);
                if (!key.contains("@") && isQualified) {
                    person.positions.add(key);
                }
                person.latestTitle = shown;
            }
        }
        positions.addAll(positionRows.values());

        for (Organization o : a.organizations()) {
            addOrganization(o.name(), o.aliases(), o.kind(), o.evidence());
        }
        for (Park p : a.parks()) {
            addGroup(parks, p.name(), p.aliases(), null, p.evidence());
        }
        Map<String, Map<String, Object>> projectRows = new LinkedHashMap<>();
        for (Project p : a.projects()) {
            String name = Names.key(p.name());
            if (name == null) {
                continue;
            }
            String park = Names.key(p.park());
            if (park != null) {
                addGroup(parks, park, List.of(), null, p.evidence());
            }
            Map<String, Object> r = projectRows.computeIfAbsent(name, k -> row("name", name,
                    "aliases", new ArrayList<String>(), "investmentYuan", null, "park", null, "date", date,
                    "evidence", entry(p.evidence())));
            p.aliases().forEach(alias -> addUnique(r, "aliases", Names.key(alias)));
            if (p.investmentYuan() != null && r.get("investmentYuan") == null) {
                r.put("investmentYuan", p.investmentYuan());
                r.put("evidence", entry(p.evidence())); // the sentence that states the investment
            }
            if (park != null) {
                r.put("park", park);
            }
        }
        projects.addAll(projectRows.values());

        Map<String, Map<String, Object>> eventRows = new LinkedHashMap<>();
        Map<String, Map<String, Object>> attendanceRows = new LinkedHashMap<>();
        Map<String, Map<String, Object>> organizerRows = new LinkedHashMap<>();
        for (Event e : a.events()) {
            String written = Names.key(e.name());
            if (written == null) {
                continue;
            }
            String resolved = Relative.resolve(written, region);
            boolean local = resolved == null;
            String name = local ? written : resolved;
            LocalDate eventDate = parseDate(e.date());
            LocalDate when = eventDate != null ? eventDate : date;
            String match = EventKeys.match(name);
            boolean generic = !EventKeys.placed(name);
            String eventId = EventKeys.id(match, when, generic && region != null ? region.name() : null,
                    local || when == null || generic && region == null ? id : null);
            String place = placeKey(Names.key(e.place()));
            Map<String, Object> r = eventRows.computeIfAbsent(eventId, k -> row("id", eventId, "name", name,
                    "match", match, "kind", e.kind(), "date", when, "region", region == null ? null : region.name(),
                    "place", place, "placeName", Names.key(e.place()), "reported", false,
                    "aliases", new ArrayList<String>(), "evidence", entry(e.evidence()),
                    // how the date is known (era, weekday: inferred; article: the article's date stands in)
                    "dateSource", eventDate != null ? e.dateSource() : when != null ? "article" : null));
            if (!written.equals(name)) {
                addUnique(r, "aliases", written);
            }
            if (!e.mentionedOnly()) {
                r.put("reported", true);
            }
            e.aliases().forEach(alias -> addUnique(r, "aliases", Names.key(alias)));
            for (Participant p : e.participants()) {
                String person = Names.key(p.name());
                if (person == null) {
                    continue;
                }
                PersonPlan pp = person(person);
                if (pp.evidence == null) {
                    pp.evidence = entry(p.evidence());
                }
                List<String> roles = p.roles().isEmpty() ? List.of("attended") : p.roles();
                for (String role : roles) {
                    attendanceRows.putIfAbsent(person + "|" + eventId + "|" + role, row(
                            "person", person, "event", eventId, "role", role, "date", when,
                            "evidence", entry(p.evidence())));
                }
            }
            for (Organizer o : e.organizers()) {
                String org = addOrganization(o.name(), List.of(), null, o.evidence());
                if (org == null) {
                    continue;
                }
                organizerRows.putIfAbsent(org + "|" + eventId + "|" + o.role(), row(
                        "organization", org, "event", eventId, "role", o.role(), "evidence", entry(o.evidence())));
            }
        }
        events.addAll(eventRows.values());
        attendance.addAll(attendanceRows.values());
        organizers.addAll(organizerRows.values());
        // Who each person is tied to: the organizations of their titles (resolved names, or local keys).
        for (Map<String, Object> p : positions) {
            String org = (String) p.get("organization");
            if (org != null && !org.contains("@")) {
                people.get((String) p.get("person")).organizations.add(org);
            }
        }
        for (PersonPlan p : people.values()) {
            if (p.evidence == null) {
                p.evidence = entry(null);
            }
        }
    }

    /** A place's key: relative places (区行政中心) resolve against the region, else stay local. */
    private String placeKey(String place) {
        if (place == null) {
            return null;
        }
        String resolved = Relative.resolve(place, region);
        return resolved != null ? resolved : local(place);
    }

    private PersonPlan person(String name) {
        return people.computeIfAbsent(name, PersonPlan::new);
    }

    /** Adds an organization; returns the key it is known by in this plan (its group's first name). */
    private String addOrganization(String name, List<String> aliases, String kind, Evidence evidence) {
        Group g = addGroup(organizations, name, aliases, kind, evidence);
        return g == null ? null : g.localKey != null ? g.localKey : g.name();
    }

    /**
     * Adds a named thing to the group sharing one of its keys, joining groups it links. Relative
     * names count as their absolute form; without a region they only join a group of the same
     * written form (one article's 市委 is one node, of that article).
     */
    private Group addGroup(List<Group> groups, String name, List<String> aliases, String kind, Evidence evidence) {
        String primary = Names.key(name);
        if (primary == null) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.add(primary);
        aliases.stream().map(Names::key).filter(Objects::nonNull).forEach(all::add);
        for (String k : all) {
            if (Relative.is(k)) {
                written.add(k);
                String resolved = Relative.resolve(k, region);
                if (resolved != null) {
                    keys.add(resolved);
                }
            } else {
                keys.add(k);
            }
        }
        Group merged = null;
        for (var it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            boolean shares = keys.stream().anyMatch(g.keys::contains)
                    || keys.isEmpty() && g.keys.isEmpty() && written.stream().anyMatch(g.written::contains);
            if (shares) {
                if (merged == null) {
                    merged = g;
                } else {
                    merged.keys.addAll(g.keys);
                    merged.written.addAll(g.written);
                    merged.kind = Objects.requireNonNullElse(merged.kind, g.kind);
                    if (merged.evidence == null) {
                        merged.evidence = g.evidence;
                    }
                    it.remove();
                }
            }
        }
        if (merged == null) {
            merged = new Group();
            groups.add(merged);
        }
        merged.keys.addAll(keys);
        merged.written.addAll(written);
        merged.localKey = merged.keys.isEmpty() ? local(merged.written.iterator().next()) : null;
        if (merged.kind == null) {
            merged.kind = kind;
        }
        if (merged.evidence == null && evidence != null) {
            merged.evidence = entry(evidence);
        }
        return merged;
    }

    /**
     * One evidence entry of this article: the sentence, its offsets in the source, and {@code textStart},
     * its offset in the article's text ({@link #textStart}); no evidence is an empty sentence at -1.
     */
    private Map<String, Object> entry(Evidence evidence) {
        if (evidence == null) {
            return noEvidence();
        }
        return Map.of("sentence", evidence.sentence(), "start", evidence.start(), "end", evidence.end(),
                "textStart", textStart(evidence.sentence(), evidence.start(), text, articleStart));
    }

    /** The entry of a fact stated without a sentence. */
    static Map<String, Object> noEvidence() {
        return Map.of("sentence", "", "start", -1, "end", -1, "textStart", -1);
    }

    /**
     * Where the sentence starts in the article's text, in characters (code points, as Cypher counts
     * them), or -1 when it is empty or not in the text. Stored on the evidence records the saved queries
     * quote (graph-schema/V012), so they return it instead of reading the article's text. The
     * offsets the extraction gives are in the source file, equal to the text's shifted by the
     * article's start unless cleaning changed the layout; then the sentence's first occurrence. The
     * same rule as the saved queries' fallback for a record written before V012 and V012 itself.
     */
    static int textStart(String sentence, int start, String text, int articleStart) {
        if (sentence == null || sentence.isEmpty()) {
            return -1;
        }
        String t = text == null ? "" : text;
        int length = sentence.codePointCount(0, sentence.length());
        int guess = start - articleStart;
        if (guess >= 0 && guess + length <= t.codePointCount(0, t.length())
                && t.startsWith(sentence, t.offsetByCodePoints(0, guess))) {
            return guess;
        }
        int found = t.indexOf(sentence);
        return found < 0 ? -1 : t.codePointCount(0, found);
    }

    /**
     * What evidence calls the article ({@code articleTitle}): its title, else the first 40 characters
     * of its first sentence, so that a query never reads the text for it (the same expression as
     * graph-schema/V012 and the saved queries' fallback: {@code left(trim(split(text, '。')[0]), 40)}).
     */
    static String heading(String title, String text) {
        if (title != null) {
            return title;
        }
        String first = text == null ? "" : text.split("。", -1)[0];
        int from = 0;
        int to = first.length();
        while (from < to && Character.isWhitespace(first.codePointAt(from))) {
            from += Character.charCount(first.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(first.codePointBefore(to))) {
            to -= Character.charCount(first.codePointBefore(to));
        }
        String trimmed = first.substring(from, to);
        int count = trimmed.codePointCount(0, trimmed.length());
        return count <= 40 ? trimmed : trimmed.substring(0, trimmed.offsetByCodePoints(0, 40));
    }

    @SuppressWarnings("unchecked")
    private static void addUnique(Map<String, Object> row, String field, String value) {
        List<String> list = (List<String>) row.get(field);
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    /** A mutable row that, unlike Map.of, takes null values (the driver sends them as null). */
    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static LocalDate parseDate(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
