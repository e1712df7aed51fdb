package newsgraph.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.article.Article;
import newsgraph.extract.article.ArticleSplitter;
import newsgraph.extract.article.Page;
import newsgraph.extract.date.DateResolver;
import newsgraph.extract.entity.EntityMention;
import newsgraph.extract.entity.EntityRecognizer;
import newsgraph.extract.event.EventDraft;
import newsgraph.extract.event.EventRecognizer;
import newsgraph.extract.event.ParticipantLinker;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.PersonRecognizer;
import newsgraph.extract.people.TitleMention;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import newsgraph.extract.text.CleanText;
import newsgraph.extract.text.InputDecoder;
import newsgraph.extract.text.PageCleaner;
import newsgraph.extract.text.Paragraph;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Event;
import newsgraph.model.Evidence;
import newsgraph.model.Official;
import newsgraph.model.Organization;
import newsgraph.model.Organizer;
import newsgraph.model.Park;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.model.Project;

/**
 * The extractor: one document in, one {@link DocumentExtraction} out. Build it once (lexicons and
 * HanLP dictionaries load in the constructor) and reuse it: {@link #extract} is thread-safe.
 *
 * <p>Pipeline: clean ({@link PageCleaner}) → split into articles ({@link ArticleSplitter}) → dates
 * ({@link DateResolver}) → segment ({@link Segmenter}) → people ({@link PersonRecognizer}) → events
 * ({@link EventRecognizer}, {@link ParticipantLinker}) → parks, projects, organizations
 * ({@link EntityRecognizer}) → extraction-v1 records. Evidence offsets refer to the original text.
 */
public final class Extractor {
    private final Lexicons lex;
    private final Segmenter segmenter;
    private final PageCleaner cleaner = new PageCleaner();
    private final ArticleSplitter splitter = new ArticleSplitter();
    private final DateResolver dates;
    private final PersonRecognizer people;
    private final EventRecognizer events;
    private final ParticipantLinker linker;
    private final EntityRecognizer entities;
    private final InputDecoder decoder = new InputDecoder();

    public Extractor() {
        this(Lexicons.load(), new HanLpSegmenter());
    }

    public Extractor(Lexicons lex, Segmenter segmenter) {
        this.lex = lex;
        this.segmenter = segmenter;
        this.dates = new DateResolver(lex.yearContext());
        this.people = new PersonRecognizer(lex, segmenter);
        this.events = new EventRecognizer(lex);
        this.linker = new ParticipantLinker(lex);
        this.entities = new EntityRecognizer(lex);
    }

    /** Reads and extracts a file; unreadable input gives {@link DocumentExtraction#failed}. */
    public DocumentExtraction extractFile(Path file, LocalDate publicationDate) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > InputDecoder.MAX_BYTES) {
                return DocumentExtraction.failed(name, "file too large (" + Files.size(file) + " bytes; the limit is "
                        + InputDecoder.MAX_BYTES + " bytes): not a news page");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return DocumentExtraction.failed(name, "cannot read: " + e.getMessage());
        }
        InputDecoder.Decoded d = decoder.decode(bytes);
        if (d.error() != null) {
            return DocumentExtraction.failed(name, d.error());
        }
        return extract(name, d.text(), publicationDate);
    }

    /** Extracts one document's text. {@code publicationDate} may be null (the year is then read from the text). */
    public DocumentExtraction extract(String fileName, String text, LocalDate publicationDate) {
        CleanText clean = cleaner.clean(text);
        Page page = splitter.split(clean);
        Integer year = publicationDate != null ? Integer.valueOf(publicationDate.getYear()) : dates.inferYear(clean.text());
        String t = clean.text();

        Set<String> notOfficials = new HashSet<>(page.staff());
        for (Article a : page.articles()) {
            notOfficials.addAll(a.reporters());
            notOfficials.addAll(a.photographers());
        }
        // segment every body paragraph once; find anchored people
        Map<Paragraph, List<Token>> tokens = new java.util.IdentityHashMap<>();
        Map<Paragraph, List<PersonMention>> mentions = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (Article a : page.articles()) {
            List<Paragraph> paragraphs = concat(a.body(), a.captions());
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                String s = t.substring(p.start(), p.end());
                List<Token> tk = segmenter.segment(s);
                tokens.put(p, tk);
                if (i >= a.body().size()) {
                    continue; // captions: segmented for parks and projects, no people
                }
                List<PersonMention> pm = new ArrayList<>();
                for (PersonMention m : people.recognize(s, tk, p.start())) {
                    if (!notOfficials.contains(m.name())) {
                        pm.add(m);
                        known.add(m.name());
                    }
                }
                mentions.put(p, pm);
            }
        }
        Map<String, Boolean> present = new LinkedHashMap<>();
        Map<String, List<TitleMention>> titles = new LinkedHashMap<>();
        for (Map.Entry<Paragraph, List<PersonMention>> e : mentions.entrySet()) {
            Paragraph p = e.getKey();
            String s = t.substring(p.start(), p.end());
            List<PersonMention> all = new ArrayList<>(e.getValue());
            all.addAll(people.known(s, p.start(), known, e.getValue()));
            all.sort((x, y) -> Integer.compare(x.start(), y.start()));
            List<PersonMention> marked = new ArrayList<>();
            for (PersonMention m : all) {
                PersonMention mm = m.withStudied(people.studied(s, p.start(), m));
                marked.add(mm);
                present.merge(mm.name(), !mm.studied(), Boolean::logicalOr);
                titles.computeIfAbsent(mm.name(), k -> new ArrayList<>()).addAll(mm.titles());
            }
            e.setValue(marked);
        }

        List<ArticleExtraction> out = new ArrayList<>();
        for (Article a : page.articles()) {
            out.add(article(clean, a, tokens, mentions, year, publicationDate, present, titles));
        }
        return new DocumentExtraction(fileName, out, null);
    }

    private ArticleExtraction article(CleanText clean, Article a, Map<Paragraph, List<Token>> tokens,
                                      Map<Paragraph, List<PersonMention>> mentions, Integer year, LocalDate pub,
                                      Map<String, Boolean> present, Map<String, List<TitleMention>> docTitles) {
        String t = clean.text();
        Paragraph first = a.body().get(0);
        String firstText = t.substring(first.start(), first.end());
        LocalDate dateline = dates.dateline(firstText, year);
        LocalDate articleDate = dateline;
        if (articleDate == null) {
            int cut = firstText.indexOf('。');
            articleDate = dates.first(cut < 0 ? firstText : firstText.substring(0, cut), year, pub);
        }
        if (articleDate == null && !dates.hasDateline(firstText) && !a.continuation()) {
            articleDate = pub;
        }
        LocalDate relativeBase = dateline != null ? dateline : articleDate;

        List<EventDraft> evs = new ArrayList<>();
        Map<String, List<PersonMention>> byName = new LinkedHashMap<>();
        List<EntityMention> ents = new ArrayList<>();
        EntityMention lastProject = null;
        int sentenceNo = 0;
        for (Paragraph p : a.body()) {
            String ps = t.substring(p.start(), p.end());
            List<Token> tk = tokens.get(p);
            List<PersonMention> pms = mentions.getOrDefault(p, List.of());
            for (PersonMention m : pms) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
            }
            int ss = 0;
            for (int i = 0; i <= ps.length(); i++) {
                if (i < ps.length() && "。！？".indexOf(ps.charAt(i)) < 0) {
                    continue;
                }
                int se = Math.min(ps.length(), i + 1);
                if (se > ss) {
                    String s = ps.substring(ss, se);
                    int base = p.start() + ss;
                    List<PersonMention> inS = new ArrayList<>();
                    for (PersonMention m : pms) {
                        if (m.chainStart() >= base && m.end() <= base + s.length()) {
                            inS.add(m);
                        }
                    }
                    List<Token> stk = slice(tk, ss, se);
                    List<EventDraft> found = events.recognize(s, base, stk, inS, sentenceNo < 2);
                    for (EventDraft e : found) {
                        String prefix = t.substring(base, Math.max(base, e.start));
                        LocalDate d = dates.first(prefix, year, relativeBase);
                        if (d == null && !e.mentionedOnly && evs.stream().noneMatch(x -> !x.mentionedOnly)) {
                            d = articleDate;
                        }
                        e.date = d;
                        evs.add(e);
                    }
                    EventDraft current = null;
                    for (EventDraft e : evs) {
                        if (!e.mentionedOnly && e.start < base + s.length()) {
                            current = e;
                        }
                    }
                    if (current != null) {
                        linker.link(s, base, inS, current);
                        for (String[] o : linker.organizers(s)) {
                            current.organizers.add(new String[] {o[0], o[1]});
                            current.organizerEvidence.add(new int[] {base, base + s.length()});
                        }
                    }
                    sentenceNo++;
                }
                ss = se;
            }
            List<EntityMention> parks = withoutPeople(entities.parks(ps, tk, p.start()), pms);
            ents.addAll(parks);
            List<EntityMention> projects = withoutPeople(entities.projects(ps, tk, p.start(), parks, lastProject), pms);
            ents.addAll(projects);
            for (EntityMention pr : projects) {
                if (lastProject == null || pr.start() >= lastProject.start()) {
                    lastProject = pr;
                }
            }
            ents.addAll(withoutPeople(entities.organizations(ps, tk, p.start()), pms));
        }
        for (Paragraph p : a.captions()) {
            String ps = t.substring(p.start(), p.end());
            List<Token> tk = tokens.get(p);
            List<EntityMention> parks = entities.parks(ps, tk, p.start());
            ents.addAll(parks);
            ents.addAll(entities.projects(ps, tk, p.start(), parks));
        }

        // officials
        List<Official> officials = new ArrayList<>();
        for (Map.Entry<String, List<PersonMention>> e : byName.entrySet()) {
            String name = e.getKey();
            List<TitleMention> tms = new ArrayList<>();
            for (PersonMention m : e.getValue()) {
                tms.addAll(m.titles());
            }
            if (tms.isEmpty()) {
                tms.addAll(docTitles.getOrDefault(name, List.of()));
            }
            LinkedHashMap<String, Position> positions = new LinkedHashMap<>();
            for (TitleMention tm : tms) {
                positions.putIfAbsent(tm.title(), new Position(tm.title(), tm.organization(), tm.post(), clean.sentenceEvidence(tm.start(), tm.end())));
            }
            officials.add(new Official(name, List.copyOf(positions.keySet()), List.copyOf(positions.values()),
                    present.getOrDefault(name, true)));
        }

        // events
        List<Event> eventOut = new ArrayList<>();
        Set<String> eventNames = new HashSet<>();
        for (EventDraft e : evs) {
            if (!eventNames.add(e.name)) {
                continue;
            }
            List<Participant> parts = new ArrayList<>();
            if (!e.mentionedOnly) {
                for (Map.Entry<String, Set<String>> r : e.roles.entrySet()) {
                    if (Boolean.FALSE.equals(present.get(r.getKey()))) {
                        continue;
                    }
                    int[] ev = e.roleEvidence.get(r.getKey());
                    parts.add(new Participant(r.getKey(), List.copyOf(r.getValue()), clean.evidence(ev[0], ev[1])));
                }
            }
            List<Organizer> orgs = new ArrayList<>();
            for (int i = 0; i < e.organizers.size(); i++) {
                int[] ev = e.organizerEvidence.get(i);
                orgs.add(new Organizer(e.organizers.get(i)[0], e.organizers.get(i)[1], clean.evidence(ev[0], ev[1])));
            }
            eventOut.add(new Event(e.name, List.of(), e.kind, e.date == null ? null : e.date.toString(), e.place,
                    parts, orgs, e.mentionedOnly, clean.sentenceEvidence(e.start, e.end)));
        }

        // parks, projects, organizations
        LinkedHashMap<String, EntityMention> parkMap = new LinkedHashMap<>();
        LinkedHashMap<String, EntityMention> projectMap = new LinkedHashMap<>();
        LinkedHashMap<String, Organization> orgMap = new LinkedHashMap<>();
        for (EntityMention m : ents) {
            switch (m.type()) {
                case PARK -> parkMap.putIfAbsent(m.name(), m);
                case PROJECT -> {
                    EntityMention old = projectMap.get(m.name());
                    if (old == null || old.investmentYuan() == null && m.investmentYuan() != null
                            || old.park() == null && m.park() != null && old.investmentYuan() == null) {
                        projectMap.put(m.name(), m);
                    }
                }
                case ORGANIZATION -> orgMap.putIfAbsent(m.name(),
                        new Organization(m.name(), m.kind(), List.of(), clean.sentenceEvidence(m.start(), m.end())));
            }
        }
        for (Official o : officials) {
            for (Position p : o.positions()) {
                if (p.organization() != null && p.organization().length() >= 2) {
                    orgMap.putIfAbsent(p.organization(), new Organization(p.organization(), null, List.of(), p.evidence()));
                }
            }
        }
        for (Event e : eventOut) {
            for (Organizer o : e.organizers()) {
                orgMap.putIfAbsent(o.name(), new Organization(o.name(), null, List.of(), o.evidence()));
            }
        }
        List<Park> parks = mergeParks(clean, parkMap);
        List<Project> projects = new ArrayList<>();
        for (EntityMention m : projectMap.values()) {
            projects.add(new Project(m.name(), List.of(), m.investmentYuan(), m.park(), clean.sentenceEvidence(m.start(), m.end())));
        }

        StringBuilder title = new StringBuilder();
        for (Paragraph h : a.headlines()) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(t, h.start(), h.end());
        }
        String body = t.substring(a.start(), a.end());
        return new ArticleExtraction(title.length() == 0 ? null : title.toString(),
                articleDate == null ? null : articleDate.toString(), a.reporters(), officials, eventOut,
                List.copyOf(orgMap.values()), parks, projects, body,
                clean.originStart(a.start()), clean.originEnd(a.end()));
    }

    /** Parks named with and without their city (东岳临港生态园, 临港生态园) become one park with an alias. */
    private static List<Park> mergeParks(CleanText clean, Map<String, EntityMention> parks) {
        List<String> names = new ArrayList<>(parks.keySet());
        names.sort((x, y) -> y.length() - x.length());
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Set<String> absorbed = new HashSet<>();
        for (String n : names) {
            if (absorbed.contains(n)) {
                continue;
            }
            List<String> al = new ArrayList<>();
            for (String m : names) {
                if (!m.equals(n) && !absorbed.contains(m) && n.endsWith(m) && n.length() - m.length() <= 3) {
                    al.add(m);
                    absorbed.add(m);
                }
            }
            aliases.put(n, al);
        }
        List<Park> out = new ArrayList<>();
        for (String n : parks.keySet()) {
            if (aliases.containsKey(n)) {
                EntityMention m = parks.get(n);
                out.add(new Park(n, aliases.get(n), clean.sentenceEvidence(m.start(), m.end())));
            }
        }
        return out;
    }

    /** Drops park, project and organization candidates that take in all or part of a person's name (甲来到某产业园). */
    private static List<EntityMention> withoutPeople(List<EntityMention> found, List<PersonMention> people) {
        if (people.isEmpty()) {
            return found;
        }
        List<EntityMention> out = new ArrayList<>(found.size());
        for (EntityMention e : found) {
            boolean hasPerson = false;
            for (PersonMention pm : people) {
                hasPerson |= pm.start() < e.end() && pm.end() > e.start(); // a name inside, or cut in half
            }
            if (!hasPerson) {
                out.add(e);
            }
        }
        return out;
    }

    /** The tokens inside [from, to), shifted to start at 0; tokens are sorted, so start by binary search. */
    private static List<Token> slice(List<Token> tokens, int from, int to) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Token> out = new ArrayList<>();
        for (int i = lo; i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token tk = tokens.get(i);
            if (tk.end() <= to) {
                out.add(new Token(tk.text(), tk.pos(), tk.start() - from, tk.end() - from));
            }
        }
        return out;
    }

    private static List<Paragraph> concat(List<Paragraph> a, List<Paragraph> b) {
        List<Paragraph> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The lexicons in use (for tools that report on them). */
    public Lexicons lexicons() {
        return lex;
    }
}
