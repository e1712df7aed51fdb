package newsgraph.graph;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import newsgraph.extract.region.RegionInference;
import newsgraph.model.ArticleExtraction;

/**
 * The graph {@code ingest} would write, built in memory for Neo4j's bulk importer and written as its
 * CSV files. Articles are added in the order {@code ingest} would write them; each goes through the
 * same {@link ArticlePlan} and {@link ArticleRows} as {@link GraphWriter}, with this class answering
 * the lookups ({@link GraphView}) from what it built so far, then applying the rows the way
 * {@code graph/write-article.cypher} does (the comments below name its blocks). So ids, keys and
 * shape are ingest's. The write statement's summaries (TENURE, IN_PARK, IN_ORGANIZATION, the park totals) are not
 * built here: {@code graph-schema/V007__summaries.cypher}, which the bulk load runs after the import,
 * builds them from the imported records.
 *
 * <p>Memory: articles, the ledger and every relationship go to their files at once; only the nodes
 * that later articles can change (people, organizations, parks, projects, positions, events,
 * places) are held, and written by {@link #finish()}.
 *
 * <p>Where ingest reads an order the graph does not promise, this follows creation order: people of
 * one name, events of one day, and the node whose alias a new name matches when several carry it
 * (ingest takes the fulltext index's first hit there).
 */
public final class ImportGraph implements GraphView, AutoCloseable {

    /** A file of the import and what it holds: a node label set ({@code nodes}) or a relationship type. */
    public record ImportFile(Path path, boolean nodes, String type, long rows) {}

    /** The character joining list values in the files (the importer's --array-delimiter). */
    public static final char ARRAY_DELIMITER = ImportCsv.ARRAY_DELIMITER;

    /** Label of nodes holding a list property that is empty (the importer writes no empty list). */
    public static final String EMPTY_LISTS_LABEL = "__EmptyLists";
    /** Property naming those properties; {@code BulkLoader} sets them to [] after the import and removes both. */
    public static final String EMPTY_LISTS_PROPERTY = "__emptyLists";

    /**
     * A node held until {@link #finish()}: its labels, and its properties in the order they were first
     * set, as one array of keys and values. Not a LinkedHashSet and a LinkedHashMap: the held nodes are
     * mostly events of nine properties, and those maps' entries and tables were half of the plan's heap
     * (BENCHMARKS.md, "session 17, plan memory"). A node has a dozen properties at most, so a look-up
     * is a scan of a few keys, which are the constants of this class.
     */
    private static final class Node {
        final long id;
        private String[] labels;
        private Object[] entries = new Object[0]; // key, value, key, value, ...

        Node(long id, String label) {
            this.id = id;
            labels = new String[] {label};
        }

        Object get(String key) {
            for (int i = 0; i < entries.length; i += 2) {
                if (entries[i].equals(key)) {
                    return entries[i + 1];
                }
            }
            return null;
        }

        /** Sets {@code key} (null is a value, as in a map: the column stays empty). */
        void put(String key, Object value) {
            for (int i = 0; i < entries.length; i += 2) {
                if (entries[i].equals(key)) {
                    entries[i + 1] = value;
                    return;
                }
            }
            entries = Arrays.copyOf(entries, entries.length + 2);
            entries[entries.length - 2] = key;
            entries[entries.length - 1] = value;
        }

        @SuppressWarnings("unchecked")
        List<String> list(String key) {
            return (List<String>) get(key);
        }

        boolean hasLabel(String label) {
            return Arrays.asList(labels).contains(label);
        }

        void addLabel(String label) {
            if (!hasLabel(label)) {
                labels = Arrays.copyOf(labels, labels.length + 1);
                labels[labels.length - 1] = label;
            }
        }

        List<String> labels() {
            return List.of(labels);
        }

        /** The properties as a map, in the order first set (for the CSV row). */
        Map<String, Object> props() {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < entries.length; i += 2) {
                out.put((String) entries[i], entries[i + 1]);
            }
            return out;
        }
    }

    private final RegionInference regions;
    private final PersonRule personRule;
    private final Path dir;
    private long nextId;

    private final Set<String> articles = new java.util.HashSet<>();
    private final Map<String, Node> people = new HashMap<>();
    private final Map<String, List<Node>> peopleByName = new HashMap<>();
    private final Map<String, Node> organizations = new LinkedHashMap<>();
    private final Map<String, List<Node>> organizationsByAlias = new HashMap<>();
    private final Map<String, Node> parks = new LinkedHashMap<>();
    private final Map<String, List<Node>> parksByAlias = new HashMap<>();
    private final Map<String, Node> projects = new LinkedHashMap<>();
    private final Map<String, Node> positions = new LinkedHashMap<>();
    private final Map<String, Node> events = new LinkedHashMap<>();
    private final Map<LocalDate, List<Node>> eventsByDate = new HashMap<>();
    private final Map<String, Node> places = new LinkedHashMap<>();

    private final ImportCsv articleFile;
    private final ImportCsv ledgerFile;
    private final Map<String, ImportCsv> relationshipFiles = new TreeMap<>();
    private final OffsetDateTime ingestedAt = OffsetDateTime.now(ZoneOffset.UTC);

    /** Writes the CSV files into {@code dir} (which must exist). */
    public ImportGraph(Path dir, RegionInference regions, PersonDecisions decisions) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.personRule = new PersonRule(Objects.requireNonNull(decisions, "decisions"));
        articleFile = new ImportCsv(dir.resolve("nodes-article.csv"), ":ID", ":LABEL", "id", "title", "heading", "date:date",
                "source", "region", "jurisdictions:string[]", "regionBasis", "file", "url", "text", "start:long",
                "end:long", "continuedFromPage:long", "continuesOnPage:long", EMPTY_LISTS_PROPERTY + ":string[]");
        ledgerFile = new ImportCsv(dir.resolve("nodes-ledger.csv"), ":ID", ":LABEL", "id", "file", "title",
                "ingestedAt:datetime", "extraction");
        String evidence = "sentence,start:long,end:long";
        // the records the saved queries quote also carry the sentence's offset in the article's text
        String quoted = evidence + ",textStart:long";
        // every per-article record but HELD (whose date is the article's) carries its article's date (graph-schema V021)
        relationship("WROTE", "article,articleDate:date");
        relationship("MENTIONS", evidence + ",investmentYuan:long,date:date");
        relationship("LOCATED_IN", "article,articleDate:date," + quoted);
        relationship("HELD", "article,date:date,asWritten," + quoted);
        relationship("OF", "article,articleDate:date," + evidence);
        relationship("REPORTS", evidence);
        relationship("HELD_AT", "article,articleDate:date," + evidence);
        // ATTENDED carries its person's key for the (person, date) index (graph-schema V018), as the writer sets it
        // and the titles its article's HELD records give the person (V020), as the writer sets them
        relationship("ATTENDED", "article,articleDate:date,role,date:date,person,titles:string[]," + quoted);
        relationship("ORGANIZED", "article,articleDate:date,role," + quoted);
    }

    private void relationship(String type, String columns) {
        List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID"));
        header.addAll(List.of(columns.split(",")));
        relationshipFiles.put(type, new ImportCsv(dir.resolve("rels-" + type.toLowerCase() + ".csv"),
                header.toArray(String[]::new)));
    }

    /** Adds the article as {@code ingest} would write it next; an article already added is skipped. */
    public WriteResult add(ArticleExtraction article, ArticleMetadata metadata) {
        ArticlePlan plan = GraphWriter.plan(regions, article, metadata);
        if (articles.contains(plan.id)) {
            return WriteResult.unchanged(plan.id, plan.title);
        }
        ArticleRows rows = ArticleRows.of(plan, this, personRule);
        long nodesBefore = nextId;
        long relationshipsBefore = relationshipCount();
        write(plan, rows);
        // the ledger node is bookkeeping, as in GraphWriter
        return new WriteResult(plan.id, plan.title, true, (int) (nextId - nodesBefore - 1),
                (int) (relationshipCount() - relationshipsBefore), 0);
    }

    private long relationshipCount() {
        return relationshipFiles.values().stream().mapToLong(ImportCsv::rows).sum();
    }

    // ---- GraphView: lookup.cypher and lookup-aliases.cypher over what is built so far

    @Override
    public Map<String, String> organizations(Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        keys.stream().filter(organizations::containsKey).forEach(k -> out.put(k, k));
        return out;
    }

    @Override
    public Map<String, String> parks(Collection<String> keys) {
        Map<String, String> out = new HashMap<>();
        keys.stream().filter(parks::containsKey).forEach(k -> out.put(k, k));
        return out;
    }

    @Override
    public Aliases aliases(Collection<String> organizationKeys, Collection<String> parkKeys) {
        Map<String, String> orgs = new HashMap<>();
        for (String k : organizationKeys) {
            List<Node> found = organizationsByAlias.get(k);
            if (found != null) {
                orgs.put(k, (String) found.getFirst().get("key"));
            }
        }
        Map<String, String> parkNames = new HashMap<>();
        for (String k : parkKeys) {
            List<Node> found = parksByAlias.get(k);
            if (found != null) {
                parkNames.put(k, (String) found.getFirst().get("name"));
            }
        }
        return new Aliases(orgs, parkNames);
    }

    @Override
    public List<PersonRule.Candidate> people(Collection<String> names) {
        List<PersonRule.Candidate> out = new ArrayList<>();
        for (String name : names) {
            for (Node p : peopleByName.getOrDefault(name, List.of())) {
                if (!p.hasLabel("Reporter") || p.hasLabel("Official")) {
                    out.add(new PersonRule.Candidate((String) p.get("key"), name, orEmpty(p.list("regions")),
                            orEmpty(p.list("positions")), orEmpty(p.list("organizations"))));
                }
            }
        }
        return out;
    }

    @Override
    public List<KnownEvent> events(Collection<LocalDate> dates) {
        List<KnownEvent> out = new ArrayList<>();
        for (LocalDate day : dates) {
            for (Node e : eventsByDate.getOrDefault(day, List.of())) {
                out.add(new KnownEvent((String) e.get("id"), (String) e.get("match"),
                        (String) e.get("region"), (LocalDate) e.get("date")));
            }
        }
        return out;
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    // ---- write-article.cypher, block by block

    @SuppressWarnings("unchecked")
    private void write(ArticlePlan plan, ArticleRows rows) {
        Map<String, Object> params = rows.params;
        String articleId = plan.id;
        LocalDate articleDate = plan.date; // null for an undated article: the records then carry no articleDate
        // The article (ON CREATE SET a += $props)
        long article = nextId++;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", articleId);
        props.putAll((Map<String, Object>) params.get("props"));
        Map<String, Object> written = withEmptyLists(props);
        articleFile.row(written, article, labels("Article", written));
        articles.add(articleId);

        for (Map<String, Object> row : rows.rows("reporters")) {
            Node p = people.get((String) row.get("key"));
            if (p == null) {
                p = person((String) row.get("key"));
                p.put("name", row.get("name"));
                peopleByName.computeIfAbsent((String) row.get("name"), n -> new ArrayList<>()).add(p);
            }
            p.addLabel("Reporter");
            rel("WROTE", p.id, article, dated(withArticle(articleId, new LinkedHashMap<>()), articleDate));
        }

        for (Map<String, Object> row : rows.rows("people")) {
            Node p = people.get((String) row.get("key"));
            if (p == null) {
                p = person((String) row.get("key"));
                p.put("name", row.get("name"));
                p.put("regions", new ArrayList<String>());
                p.put("positions", new ArrayList<String>());
                p.put("organizations", new ArrayList<String>());
                peopleByName.computeIfAbsent((String) row.get("name"), n -> new ArrayList<>()).add(p);
            }
            if ((Boolean) row.get("official")) {
                p.addLabel("Official");
            }
            for (String list : List.of("regions", "positions", "organizations")) {
                appendNew(p, list, (List<String>) row.get(list), null);
            }
            LocalDate date = (LocalDate) row.get("date");
            if (row.get("latestTitle") != null && later(date, (LocalDate) p.get("latestTitleDate"))) {
                p.put("latestTitle", row.get("latestTitle"));
                putCoalesce(p, "latestTitleDate", date);
            }
            if (row.get("region") != null && later(date, (LocalDate) p.get("regionDate"))) {
                p.put("region", row.get("region"));
                putCoalesce(p, "regionDate", date);
            }
            rel("MENTIONS", article, p.id, evidence(row));
        }

        for (Map<String, Object> row : rows.rows("organizations")) {
            String key = (String) row.get("key");
            Node o = organizations.get(key);
            if (o == null) {
                o = new Node(nextId++, "Organization");
                o.put("key", key);
                o.put("name", row.get("name"));
                o.put("aliases", new ArrayList<String>());
                putIfNotNull(o, "kind", row.get("kind"));
                putIfNotNull(o, "local", row.get("local"));
                organizations.put(key, o);
            }
            if (o.get("kind") == null) {
                putIfNotNull(o, "kind", row.get("kind"));
            }
            appendNew(o, "aliases", (List<String>) row.get("aliases"), organizationsByAlias);
            rel("MENTIONS", article, o.id, evidence(row));
        }

        for (Map<String, Object> row : rows.rows("parks")) {
            String name = (String) row.get("key");
            Node p = parks.get(name);
            if (p == null) {
                p = new Node(nextId++, "Park");
                p.put("name", name);
                p.put("aliases", new ArrayList<String>());
                parks.put(name, p);
            }
            appendNew(p, "aliases", (List<String>) row.get("aliases"), parksByAlias);
            rel("MENTIONS", article, p.id, evidence(row));
        }

        for (Map<String, Object> row : rows.rows("projects")) {
            String name = (String) row.get("name");
            Node p = projects.get(name);
            if (p == null) {
                p = new Node(nextId++, "Project");
                p.put("name", name);
                p.put("aliases", new ArrayList<String>());
                projects.put(name, p);
            }
            appendNew(p, "aliases", (List<String>) row.get("aliases"), null);
            LocalDate date = (LocalDate) row.get("date");
            if (row.get("investmentYuan") != null && later(date, (LocalDate) p.get("investmentDate"))) {
                p.put("investmentYuan", row.get("investmentYuan"));
                putCoalesce(p, "investmentDate", date);
            }
            Map<String, Object> mention = evidence(row);
            putIfNotNull(mention, "investmentYuan", row.get("investmentYuan"));
            putIfNotNull(mention, "date", date);
            rel("MENTIONS", article, p.id, mention);
            Node park = row.get("park") == null ? null : parks.get((String) row.get("park"));
            if (park != null) {
                rel("LOCATED_IN", p.id, park.id, dated(withArticle(articleId, quoted(row)), articleDate));
            }
        }

        Map<String, List<String>> titles = new HashMap<>(); // a person's titles in this article's HELD records, for ATTENDED
        for (Map<String, Object> row : rows.rows("positions")) {
            Node p = people.get((String) row.get("person"));
            if (p == null) {
                continue; // MATCH found nobody
            }
            String key = (String) row.get("key");
            Node pos = positions.get(key);
            if (pos == null) {
                pos = new Node(nextId++, "Position");
                pos.put("key", key);
                putIfNotNull(pos, "title", row.get("title"));
                putIfNotNull(pos, "post", row.get("post"));
                putIfNotNull(pos, "qualified", row.get("qualified"));
                positions.put(key, pos);
            }
            Map<String, Object> held = withArticle(articleId, quoted(row));
            putIfNotNull(held, "date", row.get("date"));
            putIfNotNull(held, "asWritten", row.get("asWritten"));
            rel("HELD", p.id, pos.id, held);
            List<String> ts = titles.computeIfAbsent((String) row.get("person"), k -> new ArrayList<>());
            Object title = pos.get("title");
            if (title != null && !ts.contains(title)) {
                ts.add((String) title);
            }
        }

        for (Map<String, Object> row : rows.rows("positionOrganizations")) {
            Node pos = positions.get((String) row.get("key"));
            Node o = organizations.get((String) row.get("organization"));
            if (pos != null && o != null) {
                rel("OF", pos.id, o.id, dated(withArticle(articleId, evidence(row)), articleDate));
            }
        }

        for (Map<String, Object> row : rows.rows("events")) {
            String id = (String) row.get("id");
            Node e = events.get(id);
            if (e == null) {
                e = new Node(nextId++, "Event");
                e.put("id", id);
                putIfNotNull(e, "name", row.get("name"));
                putIfNotNull(e, "kind", row.get("kind"));
                putIfNotNull(e, "date", row.get("date"));
                putIfNotNull(e, "region", row.get("region"));
                putIfNotNull(e, "match", row.get("match"));
                putIfNotNull(e, "dateSource", row.get("dateSource"));
                e.put("aliases", new ArrayList<String>());
                events.put(id, e);
                if (row.get("date") != null) {
                    eventsByDate.computeIfAbsent((LocalDate) row.get("date"), d -> new ArrayList<>()).add(e);
                }
            }
            if (e.get("kind") == null) {
                putIfNotNull(e, "kind", row.get("kind"));
            }
            List<String> names = new ArrayList<>((List<String>) row.get("aliases"));
            names.add((String) row.get("name"));
            appendNew(e, "aliases", names, null);
            rel((Boolean) row.get("reported") ? "REPORTS" : "MENTIONS", article, e.id, evidence(row));
        }

        for (Map<String, Object> row : rows.rows("events")) {
            if (row.get("place") == null) {
                continue;
            }
            Node e = events.get((String) row.get("id"));
            String key = (String) row.get("place");
            Node place = places.get(key);
            if (place == null) {
                place = new Node(nextId++, "Place");
                place.put("key", key);
                putIfNotNull(place, "name", row.get("placeName"));
                places.put(key, place);
            }
            rel("HELD_AT", e.id, place.id, dated(withArticle(articleId, evidence(row)), articleDate));
        }

        for (Map<String, Object> row : rows.rows("attendance")) {
            Node p = people.get((String) row.get("person"));
            Node e = events.get((String) row.get("event"));
            if (p != null && e != null) {
                Map<String, Object> attended = dated(withArticle(articleId, quoted(row)), articleDate);
                attended.put("role", row.get("role"));
                putIfNotNull(attended, "date", row.get("date"));
                attended.put("person", p.get("key"));
                // An empty list is not imported; V020 sets it after the load (graph-schema V020).
                List<String> ts = titles.getOrDefault((String) row.get("person"), List.of());
                if (!ts.isEmpty()) {
                    attended.put("titles", ts);
                }
                rel("ATTENDED", p.id, e.id, attended);
            }
        }

        for (Map<String, Object> row : rows.rows("organizers")) {
            Node o = organizations.get((String) row.get("organization"));
            Node e = events.get((String) row.get("event"));
            if (o != null && e != null) {
                Map<String, Object> organized = dated(withArticle(articleId, quoted(row)), articleDate);
                organized.put("role", row.get("role"));
                rel("ORGANIZED", o.id, e.id, organized);
            }
        }

        // The ledger entry.
        Map<String, Object> ledger = new LinkedHashMap<>();
        ledger.put("id", articleId);
        ledger.put("file", params.get("file"));
        ledger.put("title", params.get("title"));
        // One microsecond apart, in ingest's order: "the articles added last" keep an order.
        ledger.put("ingestedAt", ingestedAt.plusNanos(1000L * articles.size()));
        ledger.put("extraction", params.get("extraction"));
        ledgerFile.row(ledger, nextId++, List.of("__IngestedArticle"));
    }

    private Node person(String key) {
        Node p = new Node(nextId++, "Person");
        p.put("key", key);
        people.put(key, p);
        return p;
    }

    /**
     * {@code SET n.list = n.list + [x IN values WHERE x <> n.name AND NOT x IN n.list]}: a null list
     * stays null, as in Cypher; duplicates within {@code values} are not removed, as there. For
     * aliases ({@code byAlias} non-null), the name itself is never one and the alias index is kept.
     */
    private static void appendNew(Node n, String list, List<String> values, Map<String, List<Node>> byAlias) {
        List<String> current = n.list(list);
        if (current == null) {
            return;
        }
        boolean aliases = list.equals("aliases");
        Object name = n.get("name");
        List<String> add = new ArrayList<>();
        for (String v : values) {
            if (v == null || aliases && (name == null || v.equals(name)) || current.contains(v)) {
                continue; // x <> null is null in Cypher: never kept
            }
            add.add(v);
        }
        for (String v : add) {
            current.add(v);
            if (byAlias != null) {
                List<Node> holders = byAlias.computeIfAbsent(v, k -> new ArrayList<>());
                if (!holders.contains(n)) {
                    holders.add(n);
                }
            }
        }
    }

    /** {@code row.date IS NULL OR known IS NULL OR row.date >= known}. */
    private static boolean later(LocalDate date, LocalDate known) {
        return known == null || date == null || !date.isBefore(known);
    }

    private static void putCoalesce(Node n, String key, LocalDate date) {
        if (date != null) {
            n.put(key, date);
        }
    }

    private static void putIfNotNull(Node n, String key, Object value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidence(Map<String, Object> row) {
        Map<String, Object> e = (Map<String, Object>) row.get("evidence");
        Map<String, Object> out = new LinkedHashMap<>();
        putIfNotNull(out, "sentence", e.get("sentence"));
        putIfNotNull(out, "start", e.get("start"));
        putIfNotNull(out, "end", e.get("end"));
        return out;
    }

    /** The evidence with its offset in the article's text: LOCATED_IN, HELD, ATTENDED, ORGANIZED (graph-schema V012). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> quoted(Map<String, Object> row) {
        Map<String, Object> out = evidence(row);
        putIfNotNull(out, "textStart", ((Map<String, Object>) row.get("evidence")).get("textStart"));
        return out;
    }

    private static Map<String, Object> withArticle(String article, Map<String, Object> props) {
        props.put("article", article);
        return props;
    }

    /** The record's article's date, as the writer sets articleDate (graph-schema V021); none when the article has none. */
    private static Map<String, Object> dated(Map<String, Object> props, LocalDate articleDate) {
        putIfNotNull(props, "articleDate", articleDate);
        return props;
    }

    private void rel(String type, long from, long to, Map<String, Object> props) {
        relationshipFiles.get(type).row(props, from, to);
    }

    /** The node's labels, with {@link #EMPTY_LISTS_LABEL} when one of its list properties is empty. */
    private static List<String> labels(String first, Map<String, Object> props) {
        List<String> labels = new ArrayList<>(List.of(first));
        if (props.containsKey(EMPTY_LISTS_PROPERTY)) {
            labels.add(EMPTY_LISTS_LABEL);
        }
        return labels;
    }

    /** The properties with the names of its empty lists under {@link #EMPTY_LISTS_PROPERTY}. */
    private static Map<String, Object> withEmptyLists(Map<String, Object> props) {
        List<String> empty = props.entrySet().stream()
                .filter(e -> e.getValue() instanceof List<?> l && l.isEmpty()).map(Map.Entry::getKey).toList();
        if (empty.isEmpty()) {
            return props;
        }
        Map<String, Object> out = new LinkedHashMap<>(props);
        out.put(EMPTY_LISTS_PROPERTY, empty);
        return out;
    }

    /** Writes the nodes held in memory and closes every file; returns the files for the importer. */
    public List<ImportFile> finish() {
        List<ImportFile> files = new ArrayList<>();
        files.add(new ImportFile(articleFile.file, true, null, articleFile.rows()));
        files.add(new ImportFile(ledgerFile.file, true, null, ledgerFile.rows()));
        String[][] tables = {
                {"person", "key", "name", "regions:string[]", "positions:string[]", "organizations:string[]", "latestTitle",
                        "latestTitleDate:date", "region", "regionDate:date"},
                {"organization", "key", "name", "aliases:string[]", "kind", "local:boolean"},
                {"park", "name", "aliases:string[]"},
                {"project", "name", "aliases:string[]", "investmentYuan:long", "investmentDate:date"},
                {"position", "key", "title", "post", "qualified:boolean"},
                {"event", "id", "name", "kind", "date:date", "region", "match", "dateSource", "aliases:string[]"},
                {"place", "key", "name"}};
        List<Collection<Node>> held = List.of(people.values(), organizations.values(), parks.values(),
                projects.values(), positions.values(), events.values(), places.values());
        for (int t = 0; t < tables.length; t++) {
            List<String> header = new ArrayList<>(List.of(":ID", ":LABEL"));
            header.addAll(List.of(tables[t]).subList(1, tables[t].length));
            header.add(EMPTY_LISTS_PROPERTY + ":string[]");
            try (ImportCsv csv = new ImportCsv(dir.resolve("nodes-" + tables[t][0] + ".csv"), header.toArray(String[]::new))) {
                for (Node n : held.get(t)) {
                    Map<String, Object> own = n.props();
                    Map<String, Object> props = withEmptyLists(own);
                    List<String> labels = new ArrayList<>(n.labels());
                    if (props != own) {
                        labels.add(EMPTY_LISTS_LABEL);
                    }
                    csv.row(props, n.id, labels);
                }
                files.add(new ImportFile(csv.file, true, null, csv.rows()));
            }
        }
        close();
        relationshipFiles.forEach((type, csv) -> files.add(new ImportFile(csv.file, false, type, csv.rows())));
        return files;
    }

    @Override
    public void close() {
        articleFile.close();
        ledgerFile.close();
        relationshipFiles.values().forEach(ImportCsv::close);
    }
}
