package newsgraph.graph;

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
 * the graph: names become keys ({@link Names#key}), titles become posts ({@link Titles}), events
 * get their ids, and every fact carries its provenance entry. Organizations and parks are grouped
 * here by shared name or alias; {@link GraphWriter} then resolves each group against the graph.
 */
final class ArticlePlan {

    /** An organization or park as the article names it: every key it goes by, and where. */
    static final class Group {
        final Set<String> keys = new LinkedHashSet<>();
        String kind;
        final List<Map<String, Object>> provenance = new ArrayList<>();

        String name() {
            return keys.iterator().next();
        }
    }

    final String id;
    final String title;
    final LocalDate date;
    /** The article's region (null when unknown): relative names resolve against it. */
    final Region region;
    final Map<String, Object> props = new HashMap<>();
    final List<Map<String, Object>> reporters = new ArrayList<>();
    final List<Map<String, Object>> people = new ArrayList<>();
    final List<Group> organizations = new ArrayList<>();
    final List<Group> parks = new ArrayList<>();
    final List<Map<String, Object>> projects = new ArrayList<>();
    final List<Map<String, Object>> positions = new ArrayList<>();
    final List<Map<String, Object>> events = new ArrayList<>();
    final List<Map<String, Object>> attendance = new ArrayList<>();
    final List<Map<String, Object>> organizers = new ArrayList<>();

    private ArticlePlan(ArticleExtraction a, ArticleMetadata meta) {
        this.id = articleId(a, meta);
        this.title = a.title();
        LocalDate stated = parseDate(a.date());
        this.date = stated != null ? stated : meta.date(); // null when neither knows: an undated article
        props.put("title", a.title());
        props.put("date", date);
        region = a.region();
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

    /**
     * An event is the same event when its normalised name, date and place agree. Without a date
     * (neither the event's nor the article's) it stays this article's own event.
     */
    static String eventId(String nameKey, LocalDate date, String placeKey, String articleId) {
        String when = date != null ? date.toString() : "article:" + articleId;
        return Names.hash(nameKey + "|" + when + "|" + Objects.requireNonNullElse(placeKey, ""), 24);
    }

    private void build(ArticleExtraction a) {
        Map<String, Map<String, Object>> peopleByName = new LinkedHashMap<>();
        for (String reporter : a.reporters()) {
            String name = Names.key(reporter);
            if (name != null && reporters.stream().noneMatch(r -> r.get("name").equals(name))) {
                reporters.add(row("name", name, "provenance", provenanceList(null)));
            }
        }
        Map<String, Map<String, Object>> positionRows = new LinkedHashMap<>();
        for (Official o : a.officials()) {
            String name = Names.key(o.name());
            if (name == null) {
                continue;
            }
            Map<String, Object> person = person(peopleByName, name);
            person.put("official", true);
            for (Titles.Title t : Titles.of(o)) {
                addProvenance(person, t.evidence());
                if (t.organization() != null) {
                    addOrganization(t.organization(), List.of(), null, t.evidence());
                }
                Map<String, Object> r = positionRows.computeIfAbsent(name + "|" + t.title(), k -> row(
                        "person", name, "title", t.title(), "post", t.post(), "qualified", t.qualified(),
                        "organization", t.organization(), "date", date,
                        "asWritten", new ArrayList<String>(), "provenance", new ArrayList<Map<String, Object>>()));
                addUnique(r, "asWritten", Names.key(t.asWritten()));
                addProvenance(r, t.evidence());
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
                    "aliases", new ArrayList<String>(), "investmentYuan", null, "park", null,
                    "provenance", new ArrayList<Map<String, Object>>()));
            p.aliases().forEach(alias -> addUnique(r, "aliases", Names.key(alias)));
            if (p.investmentYuan() != null) {
                r.put("investmentYuan", p.investmentYuan());
            }
            if (park != null) {
                r.put("park", park);
            }
            addProvenance(r, p.evidence());
        }
        projects.addAll(projectRows.values());

        Map<String, Map<String, Object>> eventRows = new LinkedHashMap<>();
        Map<String, Map<String, Object>> attendanceRows = new LinkedHashMap<>();
        Map<String, Map<String, Object>> organizerRows = new LinkedHashMap<>();
        for (Event e : a.events()) {
            String name = Names.key(e.name());
            if (name == null) {
                continue;
            }
            LocalDate eventDate = parseDate(e.date());
            LocalDate when = eventDate != null ? eventDate : date;
            String place = Names.key(e.place());
            String eventId = eventId(name, when, place, id);
            Map<String, Object> r = eventRows.computeIfAbsent(eventId, k -> row("id", eventId, "name", name,
                    "kind", e.kind(), "date", when, "place", place, "reported", false,
                    "aliases", new ArrayList<String>(), "provenance", new ArrayList<Map<String, Object>>()));
            if (!e.mentionedOnly()) {
                r.put("reported", true);
            }
            e.aliases().forEach(alias -> addUnique(r, "aliases", Names.key(alias)));
            addProvenance(r, e.evidence());
            for (Participant p : e.participants()) {
                String person = Names.key(p.name());
                if (person == null) {
                    continue;
                }
                addProvenance(person(peopleByName, person), p.evidence());
                Map<String, Object> at = attendanceRows.computeIfAbsent(person + "|" + eventId, k -> row(
                        "person", person, "event", eventId, "roles", new ArrayList<String>(),
                        "provenance", new ArrayList<Map<String, Object>>()));
                p.roles().forEach(role -> addUnique(at, "roles", role));
                addProvenance(at, p.evidence());
            }
            for (Organizer o : e.organizers()) {
                String org = Names.key(o.name());
                if (org == null) {
                    continue;
                }
                addOrganization(org, List.of(), null, o.evidence());
                Map<String, Object> or = organizerRows.computeIfAbsent(org + "|" + eventId + "|" + o.role(), k -> row(
                        "organization", org, "event", eventId, "role", o.role(),
                        "provenance", new ArrayList<Map<String, Object>>()));
                addProvenance(or, o.evidence());
            }
        }
        events.addAll(eventRows.values());
        attendance.addAll(attendanceRows.values());
        organizers.addAll(organizerRows.values());
        people.addAll(peopleByName.values());
        // A fact without evidence still records the article it came from.
        for (List<Map<String, Object>> rows : List.of(people, projects, positions, events, attendance, organizers)) {
            rows.forEach(this::ensureProvenance);
        }
        organizations.forEach(g -> { if (g.provenance.isEmpty()) g.provenance.add(entry(null)); });
        parks.forEach(g -> { if (g.provenance.isEmpty()) g.provenance.add(entry(null)); });
    }

    private Map<String, Object> person(Map<String, Map<String, Object>> people, String name) {
        return people.computeIfAbsent(name, k -> row("name", name, "official", false,
                "provenance", new ArrayList<Map<String, Object>>()));
    }

    private void addOrganization(String name, List<String> aliases, String kind, Evidence evidence) {
        addGroup(organizations, name, aliases, kind, evidence);
    }

    /** Adds a named thing to the group sharing one of its keys, joining groups it links. */
    private void addGroup(List<Group> groups, String name, List<String> aliases, String kind, Evidence evidence) {
        List<String> keys = new ArrayList<>();
        String primary = Names.key(name);
        if (primary == null) {
            return;
        }
        keys.add(primary);
        aliases.stream().map(Names::key).filter(Objects::nonNull).forEach(keys::add);
        Group merged = null;
        for (var it = groups.iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (keys.stream().anyMatch(g.keys::contains)) {
                if (merged == null) {
                    merged = g;
                } else {
                    merged.keys.addAll(g.keys);
                    merged.provenance.addAll(g.provenance);
                    merged.kind = Objects.requireNonNullElse(merged.kind, g.kind);
                    it.remove();
                }
            }
        }
        if (merged == null) {
            merged = new Group();
            groups.add(merged);
        }
        merged.keys.addAll(keys);
        if (merged.kind == null) {
            merged.kind = kind;
        }
        if (evidence != null) {
            Map<String, Object> e = entry(evidence);
            if (!merged.provenance.contains(e)) {
                merged.provenance.add(e);
            }
        }
    }

    private void ensureProvenance(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) row.get("provenance");
        if (list.isEmpty()) {
            list.add(entry(null));
        }
    }

    private void addProvenance(Map<String, Object> row, Evidence evidence) {
        if (evidence == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) row.get("provenance");
        Map<String, Object> e = entry(evidence);
        if (!list.contains(e)) {
            list.add(e);
        }
    }

    private List<Map<String, Object>> provenanceList(Evidence evidence) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(entry(evidence));
        return list;
    }

    /** One provenance entry; no evidence is recorded as an empty sentence at offsets -1. */
    Map<String, Object> entry(Evidence evidence) {
        return Map.of("article", id,
                "sentence", evidence == null ? "" : evidence.sentence(),
                "start", evidence == null ? -1 : evidence.start(),
                "end", evidence == null ? -1 : evidence.end());
    }

    @SuppressWarnings("unchecked")
    private static void addUnique(Map<String, Object> row, String field, String value) {
        List<String> list = (List<String>) row.get(field);
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    /** A mutable row that, unlike Map.of, takes null values (the driver sends them as null). */
    private static Map<String, Object> row(Object... keysAndValues) {
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
