package newsgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.article.Article;
import newsgraph.extract.entity.EntityMention;
import newsgraph.extract.event.EventDraft;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.TitleMention;
import newsgraph.extract.region.RegionInference;
import newsgraph.extract.text.CleanText;
import newsgraph.extract.text.Paragraph;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Continuation;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Event;
import newsgraph.model.Official;
import newsgraph.model.Organization;
import newsgraph.model.Organizer;
import newsgraph.model.Park;
import newsgraph.model.Participant;
import newsgraph.model.Position;
import newsgraph.model.Project;

/**
 * Stage 8: the extraction-v1 records of each article, evidence offsets mapped back to the original
 * text. Merges what the earlier stages found more than once: an official's titles (from the
 * article, else from elsewhere on the page), an event named twice, a park named with and without
 * its city, a project named again with its investment or park; organizations named in titles and
 * as organizers are listed too.
 */
public final class AssembleStage implements Stage {

    @Override
    public String name() {
        return "assemble";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT, Slot.DATES, Slot.PEOPLE, Slot.EVENTS, Slot.ENTITIES);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.RESULT);
    }

    @Override
    public void run(Document doc) {
        List<ArticleExtraction> out = new ArrayList<>();
        for (ArticleState a : doc.articles()) {
            out.add(article(doc, a));
        }
        doc.setResult(new DocumentExtraction(doc.fileName(), out, null));
    }

    private static ArticleExtraction article(Document doc, ArticleState state) {
        CleanText clean = doc.clean();
        String t = clean.text();
        Article a = state.article();
        PeopleFound people = doc.people();
        List<Official> officials = officials(clean, a, people);
        Map<String, String> heldTitle = new HashMap<>();
        for (Official o : officials) {
            if (!o.titles().isEmpty()) {
                heldTitle.put(o.name(), o.titles().get(0));
            }
        }
        List<Event> events = DatedEvents.noted(events(clean, state.events(), people.present(), heldTitle), doc.years());

        LinkedHashMap<String, EntityMention> parkMap = new LinkedHashMap<>();
        LinkedHashMap<String, EntityMention> projectMap = new LinkedHashMap<>();
        LinkedHashMap<String, Organization> orgMap = new LinkedHashMap<>();
        for (EntityMention m : state.entities()) {
            switch (m.type()) {
                case PARK -> parkMap.putIfAbsent(m.name(), m);
                case PROJECT -> {
                    // the mention with an investment wins; else the one that names the park
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
        for (Event e : events) {
            for (Organizer o : e.organizers()) {
                orgMap.putIfAbsent(o.name(), new Organization(o.name(), null, List.of(), o.evidence()));
            }
        }
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
        ArticleExtraction extraction = new ArticleExtraction(title.length() == 0 ? null : title.toString(),
                state.date() == null ? null : state.date().toString(), a.reporters(), officials, events,
                List.copyOf(orgMap.values()), mergeParks(clean, parkMap), projects, t.substring(a.start(), a.end()),
                clean.originStart(a.start()), clean.originEnd(a.end()), continuation(a));
        return extraction.withRegion(RegionInference.shipped().infer(extraction, null, null)); // extract/region/
    }

    /** The pages the article's markers name, or null when it has none. */
    private static Continuation continuation(Article a) {
        if (!a.continuation() && a.continuesOnPage() == 0) {
            return null;
        }
        return new Continuation(a.continuation() ? a.continuedFromPage() : null,
                a.continuesOnPage() > 0 ? a.continuesOnPage() : null, null, null);
    }

    /** Each person named in the body, with the titles given in this article (else anywhere on the page). */
    private static List<Official> officials(CleanText clean, Article a, PeopleFound people) {
        Map<String, List<TitleMention>> byName = new LinkedHashMap<>();
        for (Paragraph p : a.body()) {
            for (PersonMention m : people.in(p)) {
                byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).addAll(m.titles());
            }
        }
        List<Official> out = new ArrayList<>();
        for (Map.Entry<String, List<TitleMention>> e : byName.entrySet()) {
            String name = e.getKey();
            List<TitleMention> tms = e.getValue().isEmpty() ? people.titles().getOrDefault(name, List.of()) : e.getValue();
            LinkedHashMap<String, Position> positions = new LinkedHashMap<>();
            for (TitleMention tm : tms) {
                positions.putIfAbsent(tm.title(), new Position(tm.title(), tm.organization(), tm.post(), clean.sentenceEvidence(tm.start(), tm.end())));
            }
            out.add(new Official(name, List.copyOf(positions.keySet()), List.copyOf(positions.values()),
                    people.present().getOrDefault(name, true)));
        }
        return out;
    }

    /** One record per event name; people only studied or quoted on the page are not participants. */
    private static List<Event> events(CleanText clean, List<EventDraft> drafts, Map<String, Boolean> present,
                                      Map<String, String> heldTitle) {
        List<Event> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (EventDraft e : drafts) {
            if (!names.add(e.name)) {
                continue;
            }
            List<Participant> parts = new ArrayList<>();
            if (!e.mentionedOnly) {
                for (Map.Entry<String, Set<String>> r : e.roles.entrySet()) {
                    if (Boolean.FALSE.equals(present.get(r.getKey()))) {
                        continue;
                    }
                    int[] ev = e.roleEvidence.get(r.getKey());
                    parts.add(new Participant(r.getKey(), List.copyOf(r.getValue()), clean.evidence(ev[0], ev[1]),
                            heldTitle.get(r.getKey())));
                }
            }
            List<Organizer> orgs = new ArrayList<>();
            for (int i = 0; i < e.organizers.size(); i++) {
                int[] ev = e.organizerEvidence.get(i);
                orgs.add(new Organizer(e.organizers.get(i)[0], e.organizers.get(i)[1], clean.evidence(ev[0], ev[1])));
            }
            out.add(new Event(e.name, List.of(), e.kind, e.date == null ? null : e.date.toString(), e.place,
                    parts, orgs, e.mentionedOnly, clean.sentenceEvidence(e.start, e.end)));
        }
        return out;
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
}
