package newsgraph.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsgraph.extract.date.DateResolver;
import newsgraph.extract.event.EventDraft;
import newsgraph.extract.event.EventMerger;
import newsgraph.extract.event.EventRecognizer;
import newsgraph.extract.event.ParticipantLinker;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.segment.Token;
import newsgraph.extract.text.Clauses;
import newsgraph.extract.text.Paragraph;

/**
 * Stage 6: events, sentence by sentence through each article body. {@link EventRecognizer} finds
 * the events a sentence reports or mentions; each gets the first date stated before it in the
 * sentence (今天 and 昨天 counted from the article's {@link ArticleState#relativeBase}, 当天 being
 * the day of the last event told, else the article's date), else, for an event reported (not only
 * mentioned), the day of the last event told, else the article's date. Then every
 * sentence's people and organizers are linked by {@link ParticipantLinker} to the event reported
 * most recently. Last, an event reported again under a longer or shorter name (X揭牌, X揭牌仪式),
 * or an unveiling or witnessed signing in the lead after the event it reports, is merged into the
 * first report of it by {@link EventMerger}.
 */
public final class EventStage implements Stage {
    /** Kinds of event an act (an unveiling, a witnessed signing) on the same day takes place at. */
    private static final Set<String> OCCASIONS = Set.of("meeting", "forum", "signing", "ceremony");
    /** A year alone or with its month (2009年在某地举办, 2009年5月某地召开; not 2009年3月5日): the time of what the clause tells. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?!度)(?!\\d{1,2}月\\d{1,2}[日号])");
    /**
     * Words placing what a sentence tells before the day being reported (此前, 早前, 曾经, 不久前):
     * people doing something then took no part in the event of the day.
     */
    private static final Pattern EARLIER = Pattern.compile("此前|在此之前|早前|曾经|前不久|不久前|之前[，,]");
    /** How far (characters) after the first person named the words placing the act earlier are read. */
    private static final int PREDICATE_START = 8;
    private final EventRecognizer events;
    private final ParticipantLinker linker;
    private final EventMerger merger;
    private final DateResolver dates;

    public EventStage(EventRecognizer events, ParticipantLinker linker, EventMerger merger, DateResolver dates) {
        this.events = events;
        this.linker = linker;
        this.merger = merger;
        this.dates = dates;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Slot> requires() {
        return Set.of(Slot.CLEAN_TEXT, Slot.DATES, Slot.TOKENS, Slot.PEOPLE);
    }

    @Override
    public Set<Slot> produces() {
        return Set.of(Slot.EVENTS);
    }

    @Override
    public void run(Document doc) {
        for (ArticleState a : doc.articles()) {
            article(doc, a);
        }
        doc.filled(Slot.EVENTS);
    }

    private void article(Document doc, ArticleState a) {
        String t = doc.text();
        List<EventDraft> evs = a.events();
        Focus focus = new Focus();
        int sentenceNo = 0;
        int leadEnd = Integer.MAX_VALUE;
        List<String> names = bodyNames(doc, a);
        for (Paragraph h : a.article().headlines()) {
            // a headline is one clause of its own (no tokens are kept for it; its people are the body's
            // names it holds): 某某大会圆满举行, 甲一行调研某社工作
            String ht = t.substring(h.start(), h.end());
            for (EventDraft e : events.recognize(ht, h.start(), List.of(), namedIn(ht, h.start(), names), true)) {
                if (!e.mentionedOnly) {
                    e.headline = true; // dated after merging: the body may tell its day
                    evs.add(e);
                }
            }
        }
        Reported reported = new Reported(false);
        Reported current = new Reported(true);
        Day day = new Day();
        List<Paragraph> heads = a.article().headlines();
        int hk = 0;
        for (Paragraph p : a.article().body()) {
            boolean subheading = false;
            while (hk < heads.size() && heads.get(hk).start() < p.start()) {
                subheading |= heads.get(hk).start() > a.article().body().get(0).start();
                hk++;
            }
            if (subheading) {
                for (EventDraft e : evs) {
                    e.speechRunEnd = -1; // a subheading opens a new part: the next quoted speaker is no longer at the event's floor
                }
            }
            String ps = t.substring(p.start(), p.end());
            List<Token> tk = doc.tokens(p);
            List<PersonMention> pms = doc.people().in(p);
            int ss = 0;
            for (int i = 0; i <= ps.length(); i++) {
                if (i < ps.length() && !Clauses.isSentenceEnd(ps.charAt(i))) {
                    continue;
                }
                int se = Math.min(ps.length(), i + 1);
                if (se > ss) {
                    Cancellation.check();
                    sentence(doc, a, ps.substring(ss, se), p.start() + ss, slice(tk, ss, se), pms, sentenceNo < 2, reported, current,
                            focus, day);
                    sentenceNo++;
                    if (sentenceNo == 2) {
                        leadEnd = p.start() + se;
                    }
                }
                ss = se;
            }
        }
        List<EventDraft> merged = merger.merge(evs, leadEnd);
        for (EventDraft e : merged) {
            if (e.headline && e.date == null) {
                e.date = a.date();
            }
        }
        evs.clear();
        evs.addAll(merged);
    }

    private void sentence(Document doc, ArticleState a, String s, int base, List<Token> tokens,
                          List<PersonMention> paragraphPeople, boolean articleStart, Reported reported,
                          Reported latest, Focus focus, Day day) {
        List<EventDraft> evs = a.events();
        List<PersonMention> inS = new ArrayList<>();
        // the paragraph's people are sorted by start: only those starting inside the sentence can be in it
        for (int i = firstStartingAt(paragraphPeople, base); i < paragraphPeople.size(); i++) {
            PersonMention m = paragraphPeople.get(i);
            if (m.start() >= base + s.length()) {
                break;
            }
            if (m.chainStart() >= base && m.end() <= base + s.length()) {
                inS.add(m);
            }
        }
        long before = focus.told;
        LocalDate opened = dates.opening(s, doc.years(), a.relativeBase(), day.around(reported.last(evs), a.date()));
        if (opened != null) {
            day.set(opened, base); // 4月2日，… / 当日上午，…: the sentence's time, even if it reports no event
        }
        for (EventDraft e : events.recognize(s, base, tokens, inS, articleStart)) {
            EventDraft told = reported.last(evs);
            // the day the article is talking about: the last event told or day stated, else the article's date
            LocalDate around = day.around(told, a.date());
            String prefix = doc.text().substring(base, Math.max(base, e.start));
            LocalDate d = dates.first(prefix, doc.years(), a.relativeBase(), around);
            if (d == null && e.end > base) {
                // the date may follow the name, as wire leads write it: 某某大会5日在临江召开
                d = dates.first(clauseFrom(s, e.end - base), doc.years(), a.relativeBase(), around);
            }
            if (d == null && e.mentionedOnly && events.heldThere(s, e.start - base)) {
                // 会上，…感谢甲局举办X活动 / 在大会上，…。乙与丙共同启动“X仪式”: held at the event of the day
                EventDraft at = occasion(s, evs, reported, focus);
                d = at == null ? null : at.date;
            }
            if (!e.mentionedOnly && earlierYear(s, e.start - base, a.date())) {
                e = e.mentioned(); // 2009年在某地举办首届X交易会: an earlier year's event, named as background
            }
            if (d == null && !e.mentionedOnly) {
                // no day of its own: the day the article is talking about (the last event told, else
                // the article's date), as an article reports one day unless it says another
                d = around;
            }
            e.date = d;
            if (e.act && told != null && !told.act && OCCASIONS.contains(told.kind) && Objects.equals(d, told.date)) {
                e.within = told; // 会上，甲、乙共同为X揭牌: the unveiling is part of the conference
            }
            evs.add(e);
            if (!e.mentionedOnly) {
                focus.told++;
            }
        }
        // the event reported last, a headline's included (events are named inside their sentence, so it
        // starts before its end)
        EventDraft current = latest.last(evs);
        if (current != null && current.start >= base + s.length()) {
            current = null;
            for (EventDraft e : evs) {
                if (!e.mentionedOnly && e.start < base + s.length()) {
                    current = e;
                }
            }
        }
        String around = events.aroundEvent(s);
        EventDraft named = around == null ? null : linker.referredTo(around, evs);
        if (named != null && focus.told == before) {
            focus.on(named); // 签约仪式上，…: the sentence is about that event, unless it reports one
        }
        if (focus.event != null && focus.reported == focus.told) {
            current = focus.event;
        }
        if (current != null && focus.told == before && toldOfAnotherDay(doc, a, s, inS, base, current)) {
            current = null; // 5月24日，乙一行也来考察 / 此前，乙曾…: people at another time, not at the event of the day
        }
        if (current != null) {
            named = linker.link(s, base, inS, current, evs);
            if (named != null) {
                focus.on(named);
            }
            for (String[] o : linker.organizers(s)) {
                current.organizers.add(new String[] {o[0], o[1]});
                current.organizerEvidence.add(new int[] {base, base + s.length()});
            }
        }
    }

    /** A sentence opening at the meeting just reported: 会上，/ 在会上，. */
    private static final Pattern AT_MEETING = Pattern.compile("\\s*在?会上[，,]");

    /**
     * The reported event sentence {@code s} is set at, or null: the one it opens at by name (签约仪式上，)
     * or as the meeting (会上，: the last one reported), else the one an earlier sentence set the article
     * at (在大会上，…) while no event has been reported since.
     */
    private EventDraft occasion(String s, List<EventDraft> evs, Reported reported, Focus focus) {
        String around = events.aroundEvent(s);
        EventDraft named = around == null ? null : linker.referredTo(around, evs);
        if (named != null) {
            return named.mentionedOnly ? null : named;
        }
        if (AT_MEETING.matcher(s).lookingAt()) {
            return reported.last(evs);
        }
        return focus.event != null && focus.reported == focus.told ? focus.event : null;
    }

    /**
     * Whether the clause naming an event at {@code at} of sentence {@code s} states a year alone before
     * the name that is earlier than the article's (今年…，2009年在某地举办首届X): the event is background.
     */
    private static boolean earlierYear(String s, int at, LocalDate articleDate) {
        if (articleDate == null || at <= 0 || s.indexOf('年') < 0) {
            return false;
        }
        Matcher y = YEAR.matcher(s).region(Clauses.start(s, at), at);
        while (y.find()) {
            if (Integer.parseInt(y.group(1)) < articleDate.getYear()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence that reports no event of its own tells of a time before {@code event}'s day,
     * before its first person's predicate has gone far: a day stated there that is earlier (就在…之前，
     * 5月24日，乙一行也来考察) or a word placing it earlier (此前, 曾经, 不久前).
     */
    private boolean toldOfAnotherDay(Document doc, ArticleState a, String s, List<PersonMention> people, int base, EventDraft event) {
        if (people.isEmpty()) {
            return false;
        }
        int upTo = Math.min(s.length(), Math.max(0, people.get(0).end() - base) + PREDICATE_START);
        String before = s.substring(0, upTo);
        if (EARLIER.matcher(before).find()) {
            return true;
        }
        if (event.date == null) {
            return false;
        }
        LocalDate d = dates.first(s.substring(0, Math.max(0, people.get(0).chainStart() - base)), doc.years(), a.relativeBase(), event.date);
        return d != null && d.isBefore(event.date);
    }

    /**
     * The event the article went back to (甲出席签约仪式 after a 会见; 签约仪式上，…): the event of
     * the sentences after it, until a new event is reported.
     */
    private static final class Focus {
        EventDraft event;
        /** How many events the body has reported so far, and how many when {@link #event} was set. */
        long told;
        long reported;

        void on(EventDraft e) {
            event = e;
            reported = told;
        }
    }

    /**
     * The day a sentence last opened with (4月8日上午，…), where it is: the day the article talks
     * about from there on, until an event told later gives another.
     */
    private static final class Day {
        private LocalDate date;
        private int at = -1;

        void set(LocalDate d, int where) {
            date = d;
            at = where;
        }

        /** The later of the day stated and the day of the event told last, else the article's date. */
        LocalDate around(EventDraft told, LocalDate articleDate) {
            if (date != null && (told == null || told.date == null || at > told.start)) {
                return date;
            }
            return told != null && told.date != null ? told.date : articleDate;
        }
    }

    /**
     * The last event of an article's list that is reported, not only mentioned (with or without the
     * headline's events: a headline's event is not yet told by the body); the list only grows while its
     * sentences are read, so each event is looked at once (scanning back over events only mentioned at
     * every sentence grew with their square).
     */
    private static final class Reported {
        private final boolean withHeadlines;
        private int seen;
        private EventDraft last;

        Reported(boolean withHeadlines) {
            this.withHeadlines = withHeadlines;
        }

        EventDraft last(List<EventDraft> evs) {
            for (; seen < evs.size(); seen++) {
                EventDraft e = evs.get(seen);
                if (!e.mentionedOnly && (withHeadlines || !e.headline)) {
                    last = e;
                }
            }
            return last;
        }
    }

    /** The names of the people the article's body names as present, longest first. */
    private static List<String> bodyNames(Document doc, ArticleState a) {
        Set<String> names = new java.util.HashSet<>();
        for (Paragraph p : a.article().body()) {
            for (PersonMention m : doc.people().in(p)) {
                if (!m.studied() && m.name().length() >= 2) {
                    names.add(m.name());
                }
            }
        }
        List<String> out = new ArrayList<>(names);
        out.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
        return out;
    }

    /** The body's names found in a headline at {@code base}, as mentions in text order (a longer name wins an overlap). */
    private static List<PersonMention> namedIn(String headline, int base, List<String> names) {
        List<PersonMention> out = new ArrayList<>();
        for (String n : names) {
            for (int i = headline.indexOf(n); i >= 0; i = headline.indexOf(n, i + n.length())) {
                int from = base + i;
                if (out.stream().noneMatch(m -> m.start() < from + n.length() && m.end() > from)) {
                    out.add(new PersonMention(n, from, from + n.length(), from, List.of(), PersonMention.Anchor.KNOWN, false));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(PersonMention::start));
        return out;
    }

    /** Index of the first mention starting at or after {@code pos} (mentions sorted by start). */
    private static int firstStartingAt(List<PersonMention> people, int pos) {
        int lo = 0;
        int hi = people.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (people.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@code s} from {@code from} to the end of its clause. */
    private static String clauseFrom(String s, int from) {
        int end = Clauses.end(s, from);
        return from >= end ? "" : s.substring(from, end);
    }

    /**
     * The tokens inside [from, to), shifted to start at 0: a view, each token shifted when read
     * (a copy per sentence showed in profiles, and the event rules read characters). Tokens are
     * sorted and do not overlap, so both ends by binary search; only the last may run past {@code to}.
     */
    static List<Token> slice(List<Token> tokens, int from, int to) {
        int lo = firstStartingAtOrAfter(tokens, from);
        int hi = firstStartingAtOrAfter(tokens, to);
        if (hi > lo && tokens.get(hi - 1).end() > to) {
            hi--;
        }
        List<Token> in = tokens.subList(lo, hi);
        return new java.util.AbstractList<>() {
            @Override
            public Token get(int i) {
                Token tk = in.get(i);
                return new Token(tk.text(), tk.pos(), tk.start() - from, tk.end() - from);
            }

            @Override
            public int size() {
                return in.size();
            }
        };
    }

    private static int firstStartingAtOrAfter(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
