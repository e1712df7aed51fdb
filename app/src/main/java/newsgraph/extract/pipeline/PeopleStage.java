package newsgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.article.Article;
import newsgraph.extract.people.KnownNames;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.PersonRecognizer;
import newsgraph.extract.people.StudyMarks;
import newsgraph.extract.people.TitleMention;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 5: officials, by {@link PersonRecognizer}, in two passes over the body paragraphs of the
 * whole page: first the anchored mentions (title chains, collective labels, name + role verb); then
 * every later bare mention of a name found in the first pass (propagation), each marked when the
 * person is only studied or quoted (学习习近平总书记…). Reporters, photographers and page staff are
 * never officials. Captions get no people.
 */
public final class PeopleStage implements Stage {
    private final PersonRecognizer people;

    public PeopleStage(PersonRecognizer people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT, Slot.ARTICLES, Slot.TOKENS);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.PEOPLE);
    }

    @Override
    public void run(Document doc) {
        String t = doc.text();
        Set<String> notOfficials = new HashSet<>(doc.page().staff());
        for (Article a : doc.page().articles()) {
            notOfficials.addAll(a.reporters());
            notOfficials.addAll(a.photographers());
        }
        Map<Paragraph, List<PersonMention>> anchored = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (Article a : doc.page().articles()) {
            for (Paragraph p : a.body()) {
                Cancellation.check();
                List<PersonMention> pm = new ArrayList<>();
                for (PersonMention m : people.recognize(t.substring(p.start(), p.end()), doc.tokens(p), p.start())) {
                    if (!notOfficials.contains(m.name())) {
                        pm.add(m);
                        known.add(m.name());
                    }
                }
                anchored.put(p, pm);
            }
        }
        Map<Paragraph, List<PersonMention>> mentions = new HashMap<>();
        Map<String, Boolean> present = new LinkedHashMap<>();
        Map<String, List<TitleMention>> titles = new LinkedHashMap<>();
        KnownNames knownNames = new KnownNames(known);
        for (Map.Entry<Paragraph, List<PersonMention>> e : anchored.entrySet()) {
            Paragraph p = e.getKey();
            String s = t.substring(p.start(), p.end());
            List<PersonMention> all = new ArrayList<>(e.getValue());
            all.addAll(people.known(s, p.start(), knownNames, e.getValue()));
            all.sort((x, y) -> Integer.compare(x.start(), y.start()));
            List<PersonMention> marked = new ArrayList<>(all.size());
            StudyMarks marks = all.isEmpty() ? null : people.studyMarks(s);
            int previousEnd = p.start();
            for (PersonMention m : all) {
                Cancellation.check();
                PersonMention mm = m.withStudied(marks.studied(p.start(), m, previousEnd));
                previousEnd = Math.max(previousEnd, m.end());
                marked.add(mm);
                present.merge(mm.name(), !mm.studied(), Boolean::logicalOr);
                titles.computeIfAbsent(mm.name(), k -> new ArrayList<>()).addAll(mm.titles());
            }
            mentions.put(p, List.copyOf(marked));
        }
        doc.setPeople(new PeopleFound(mentions, present, titles));
    }
}
