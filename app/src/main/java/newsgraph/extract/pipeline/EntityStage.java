package newsgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsgraph.extract.entity.EntityMention;
import newsgraph.extract.entity.EntityRecognizer;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.segment.Token;
import newsgraph.extract.text.Marks;
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
            shareInvestments(ents);
        }
        doc.filled(Slot.ENTITIES);
    }

    /**
     * One project named twice in an article (“甲机械城”项目 and 乙县甲机械城项目) has one investment
     * and one park: a mention without them takes them from a mention whose name ends with its name or
     * that its name ends with (a place or company before it); the investment not when the two differ
     * by a phase (甲工程 is not 甲二期工程). 甲机械城展示中心 is another thing than 甲机械城项目.
     */
    static void shareInvestments(List<EntityMention> ents) {
        // two names one of which ends with the other (4 characters at least) end with the same two
        // characters: only mentions of one such group are compared, each core computed once
        String[] cores = new String[ents.size()];
        Map<String, List<Integer>> byEnding = new HashMap<>();
        for (int i = 0; i < ents.size(); i++) {
            if (ents.get(i).type() == EntityMention.Type.PROJECT) {
                cores[i] = core(ents.get(i).name());
                if (cores[i].length() >= 2) {
                    byEnding.computeIfAbsent(cores[i].substring(cores[i].length() - 2), k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i = 0; i < ents.size(); i++) {
            String a = cores[i];
            if (a == null || a.length() < 2) {
                continue;
            }
            EntityMention e = ents.get(i);
            for (int j : byEnding.get(a.substring(a.length() - 2))) {
                if (j == i) {
                    continue;
                }
                EntityMention o = ents.get(j);
                String b = cores[j];
                String shorter = a.length() <= b.length() ? a : b;
                String longer = a.length() <= b.length() ? b : a;
                if (shorter.length() < 4 || !longer.endsWith(shorter)) { // a qualifier before the name, not another head after it
                    continue;
                }
                if (e.investmentYuan() == null && o.investmentYuan() != null && longer.replace(shorter, "").indexOf('期') < 0) {
                    e = e.withInvestment(o.investmentYuan());
                }
                if (e.park() == null && o.park() != null) {
                    e = e.withPark(o.park());
                }
            }
            ents.set(i, e);
        }
        shareWithShortForms(ents, cores);
    }

    /**
     * A project's short form (甲乙旅游项目 for 甲乙休闲旅游度假中心项目: the same opening, some of its
     * words left out, the same closing 项目), written after the full name, names the same project: a
     * mention without an investment takes the other's. A shorter name before the longer one is the
     * whole of which the longer names a part (甲生态城项目, then 甲生态旅游城市综合体项目). Mentions are compared within groups of the same three opening characters.
     */
    private static void shareWithShortForms(List<EntityMention> ents, String[] cores) {
        Map<String, List<Integer>> byOpening = new HashMap<>();
        for (int i = 0; i < ents.size(); i++) {
            if (cores[i] != null && cores[i].length() >= 4 && ents.get(i).name().endsWith("项目")) {
                byOpening.computeIfAbsent(cores[i].substring(0, 3), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> group : byOpening.values()) {
            for (int i : group) {
                EntityMention e = ents.get(i);
                for (int j : group) {
                    EntityMention o = ents.get(j);
                    if (e.investmentYuan() != null || o.investmentYuan() == null || cores[i].equals(cores[j])) {
                        continue;
                    }
                    boolean iShort = cores[i].length() < cores[j].length();
                    String shorter = iShort ? cores[i] : cores[j];
                    String longer = iShort ? cores[j] : cores[i];
                    EntityMention full = iShort ? o : e;
                    EntityMention brief = iShort ? e : o;
                    if (full.start() < brief.start() && subsequence(shorter, longer) && shorter.indexOf('期') < 0 && longer.indexOf('期') < 0) {
                        e = e.withInvestment(o.investmentYuan());
                    }
                }
                ents.set(i, e);
            }
        }
    }

    private static boolean subsequence(String a, String b) {
        int k = 0;
        for (int i = 0; i < b.length() && k < a.length(); i++) {
            if (b.charAt(i) == a.charAt(k)) {
                k++;
            }
        }
        return k == a.length();
    }

    /** A project's name without quote marks and without a closing 项目. */
    private static String core(String name) {
        String n = Marks.without(name, "“”‘’\"《》");
        return n.endsWith("项目") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }

    /** Drops candidates that take in all or part of a person's name. */
    private static List<EntityMention> withoutPeople(List<EntityMention> found, List<PersonMention> people) {
        if (people.isEmpty()) {
            return found;
        }
        // people sorted by start; maxEnd[k]: the furthest end among the first k (one look per candidate,
        // not a scan of the paragraph's people)
        List<PersonMention> byStart = new ArrayList<>(people);
        byStart.sort(Comparator.comparingInt(PersonMention::start));
        int[] starts = new int[byStart.size()];
        int[] maxEnd = new int[byStart.size() + 1];
        maxEnd[0] = Integer.MIN_VALUE;
        for (int k = 0; k < byStart.size(); k++) {
            starts[k] = byStart.get(k).start();
            maxEnd[k + 1] = Math.max(maxEnd[k], byStart.get(k).end());
        }
        List<EntityMention> out = new ArrayList<>(found.size());
        for (EntityMention e : found) {
            // the people starting before the candidate ends: does one of them end after it starts?
            // (a name inside, or cut in half)
            int k = lowerBound(starts, e.end());
            if (maxEnd[k] <= e.start()) {
                out.add(e);
            }
        }
        return out;
    }

    /** The number of values in sorted {@code xs} below {@code x}. */
    private static int lowerBound(int[] xs, int x) {
        int lo = 0;
        int hi = xs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
