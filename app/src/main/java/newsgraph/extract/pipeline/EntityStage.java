package newsgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.extract.entity.EntityMention;
import newsgraph.extract.entity.EntityRecognizer;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.segment.Token;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 7: parks, projects and organizations, paragraph by paragraph, by {@link EntityRecognizer}.
 * An investment stated after a project's paragraph may belong to the last project named, so that
 * project is carried from paragraph to paragraph. Candidates that take in a person's name
 * (甲来到某产业园) are dropped. Captions give parks and projects only.
 */
public final class EntityStage implements Stage {
    private final EntityRecognizer entities;

    public EntityStage(EntityRecognizer entities) {
        this.entities = entities;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT, Slot.DATES, Slot.TOKENS, Slot.PEOPLE);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.ENTITIES);
    }

    @Override
    public void run(Document doc) {
        String t = doc.text();
        for (ArticleState a : doc.articles()) {
            List<EntityMention> ents = a.entities();
            EntityMention lastProject = null;
            for (Paragraph p : a.article().body()) {
                Cancellation.check();
                String ps = t.substring(p.start(), p.end());
                List<Token> tk = doc.tokens(p);
                List<PersonMention> pms = doc.people().in(p);
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
            for (Paragraph p : a.article().captions()) {
                String ps = t.substring(p.start(), p.end());
                List<Token> tk = doc.tokens(p);
                List<EntityMention> parks = entities.parks(ps, tk, p.start());
                ents.addAll(parks);
                ents.addAll(entities.projects(ps, tk, p.start(), parks));
            }
        }
        doc.filled(Slot.ENTITIES);
    }

    /** Drops candidates that take in all or part of a person's name. */
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
}
