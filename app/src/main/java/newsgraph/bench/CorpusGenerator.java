package newsgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import newsgraph.model.ArticleExtraction;
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
 * A made-up corpus in the genre of the real one, for benchmarks and the resume test: templates of
 * our own (a meeting with 出席/主持/讲话, a 会见, a signing with 主办/协办/承办, a park project with
 * 亿元) filled with fictional districts and names. Article {@code i} depends only on the seed and
 * {@code i}; posts change holders every year, so the graph has successions; a share of articles
 * re-report the previous article's event, so events merge across articles.
 */
public final class CorpusGenerator {

    private static final String[] SURNAMES = "林韩陶周郑赵钱孙吴冯陈褚卫蒋沈杨朱秦尤许何吕施张孔曹严华金魏姜谢邹喻柏窦章苏潘葛范彭鲁马方任袁柳".split("");
    private static final String[] GIVEN = "海峰志远文博晓明可欣振华建国立新春生秋实明远思齐嘉禾宇航子墨若水清源德润家宁安和永泰广川".split("");
    private static final String[] DISTRICTS = {"东岳新区", "南湖新区", "西岭新区", "北川新区", "青屿新区", "云台新区",
            "金沙新区", "银滩新区", "松岗新区", "柳塘新区", "梅岭新区", "竹溪新区"};
    private static final String[] THEMES = {"智能制造", "海洋科技", "新能源汽车", "生物医药", "数字经济", "航空航天",
            "新材料", "现代物流"};
    private static final String[] TOPICS = {"重点项目建设推进会议", "产业链链长会议", "优化营商环境工作会议", "招商引资工作会议",
            "科技创新大会", "安全生产工作会议", "乡村振兴工作推进会", "自贸片区建设推进会议"};
    private static final String[] GUESTS = {"远航集团", "星河科技", "蓝海控股", "恒岳资本", "青禾生物", "海川物流"};
    private static final int FIRST_YEAR = 2019;
    private static final int YEARS = 7;

    private final long seed;
    private final String[] people;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        people = new String[4000];
        for (int i = 0; i < people.length; i++) {
            people[i] = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
                    + (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
        }
    }

    /** Who holds post {@code post} of district {@code d} in {@code year}: changes every year. */
    private String holder(int d, int post, int year) {
        int i = (int) Math.floorMod(((d * 31L + post) * 17 + year) * 2654435761L + seed, (long) people.length);
        return people[i];
    }

    public List<ArticleExtraction> generate(int from, int count) {
        List<ArticleExtraction> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(article(i));
        }
        return out;
    }

    /** Article {@code i}; odd articles sometimes re-report the event of article {@code i - 1}. */
    public ArticleExtraction article(int i) {
        boolean rereport = i % 10 == 1;
        int base = rereport ? i - 1 : i;
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + base);
        int d = r.nextInt(DISTRICTS.length);
        String district = DISTRICTS[d];
        LocalDate date = LocalDate.of(FIRST_YEAR + r.nextInt(YEARS), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int kind = base % 4;
        Builder b = new Builder(date);
        b.say(rereport ? "本报讯 记者从" + district + "获悉，" : "□记者 " + people[r.nextInt(people.length)] + " 报道\n本报"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日讯 ");
        if (!rereport) {
            b.reporters.add(b.lastReporter(people));
        }
        switch (kind) {
            case 0 -> meeting(b, r, d, district, date, i);
            case 1 -> visit(b, r, d, district, date, i);
            case 2 -> signing(b, r, d, district, date, i);
            default -> project(b, r, d, district, date, i);
        }
        return b.build();
    }

    private void meeting(Builder b, SplittableRandom r, int d, String district, LocalDate date, int i) {
        String topic = district + TOPICS[r.nextInt(TOPICS.length)];
        b.title = topic + "召开";
        b.say(date.getMonthValue() + "月" + date.getDayOfMonth() + "日，" + topic + "召开。");
        Evidence ev = b.lastEvidence();
        String head = holder(d, 0, date.getYear());
        String deputy = holder(d, 1, date.getYear());
        b.say(district + "工委副书记、区长" + head + "出席会议并讲话。");
        Evidence e1 = b.lastEvidence();
        b.official(head, e1, new Position(district + "工委副书记", district + "工委", "副书记", e1), new Position("区长", null, "区长", e1));
        b.say(district + "工委副书记、" + district + "自贸片区管委主任" + deputy + "主持会议。");
        Evidence e2 = b.lastEvidence();
        b.official(deputy, e2, new Position(district + "工委副书记", district + "工委", "副书记", e2),
                new Position(district + "自贸片区管委主任", district + "自贸片区管委", "主任", e2));
        b.say("会议听取了" + (20 + r.nextInt(80)) + "个重点事项进展情况汇报（第" + i + "期）。");
        b.events.add(new Event(topic, List.of(), "meeting", date.toString(), district,
                List.of(new Participant(head, List.of("attended", "spoke"), e1), new Participant(deputy, List.of("chaired"), e2)),
                List.of(), false, ev));
    }

    private void visit(Builder b, SplittableRandom r, int d, String district, LocalDate date, int i) {
        String guest = GUESTS[r.nextInt(GUESTS.length)];
        String guestHead = people[r.nextInt(people.length)];
        String head = holder(d, 0, date.getYear());
        b.title = head + "会见" + guest + "客人";
        b.say(district + "工委副书记、区长" + head + "会见了" + guest + "董事长" + guestHead + "一行。");
        Evidence e = b.lastEvidence();
        b.official(head, e, new Position(district + "工委副书记", district + "工委", "副书记", e), new Position("区长", null, "区长", e));
        b.official(guestHead, e, new Position(guest + "董事长", guest, "董事长", e));
        b.organizations.add(new Organization(guest, "company", List.of(), e));
        b.say("双方就深化合作进行了交流（第" + i + "次）。");
        b.events.add(new Event(head + "会见" + guest + "客人", List.of(), "visit", date.toString(), district,
                List.of(new Participant(head, List.of("met"), e), new Participant(guestHead, List.of("attended"), e)),
                List.of(), false, e));
    }

    private void signing(Builder b, SplittableRandom r, int d, String district, LocalDate date, int i) {
        String theme = THEMES[r.nextInt(THEMES.length)];
        String name = district + theme + "项目签约仪式";
        b.title = name + "举行";
        b.say(name + "举行。");
        Evidence ev = b.lastEvidence();
        b.say("仪式由" + district + "人民政府主办，" + district + "总工会协办，" + district + "投资促进中心承办。");
        Evidence eo = b.lastEvidence();
        String secretary = holder(d, 2, date.getYear());
        b.say(district + "工委书记" + secretary + "出席并致辞，现场签约项目" + (3 + r.nextInt(30)) + "个（第" + i + "批）。");
        Evidence es = b.lastEvidence();
        b.official(secretary, es, new Position(district + "工委书记", district + "工委", "书记", es));
        b.organizations.add(new Organization(district + "总工会", "association", List.of("区总工会"), eo));
        b.events.add(new Event(name, List.of(), "signing", date.toString(), district,
                List.of(new Participant(secretary, List.of("attended", "spoke"), es)),
                List.of(new Organizer(district + "人民政府", "host", eo), new Organizer(district + "总工会", "co_host", eo),
                        new Organizer(district + "投资促进中心", "undertaker", eo)), false, ev));
    }

    private void project(Builder b, SplittableRandom r, int d, String district, LocalDate date, int i) {
        String theme = THEMES[r.nextInt(THEMES.length)];
        String park = district + theme + "产业园";
        String alias = district.substring(0, 2) + theme.substring(0, 2) + "园";
        String project = GUESTS[r.nextInt(GUESTS.length)] + theme + "项目" + (i % 500);
        long yi = 1 + r.nextInt(80);
        b.title = project + "开工";
        b.say(project + "在" + alias + "开工，总投资" + yi + "亿元。");
        Evidence ep = b.lastEvidence();
        b.say(park + "（" + alias + "）已集聚企业" + (10 + r.nextInt(200)) + "家（第" + i + "号）。");
        Evidence ek = b.lastEvidence();
        b.parks.add(new Park(park, List.of(alias), ek));
        b.projects.add(new Project(project, List.of(), yi * 100_000_000L, alias, ep));
    }

    /** Builds an article's text sentence by sentence, recording each sentence's offsets. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final LocalDate date;
        String title;
        int sentenceStart;
        final List<String> reporters = new ArrayList<>();
        final List<Official> officials = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        final List<Organization> organizations = new ArrayList<>();
        final List<Park> parks = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();

        Builder(LocalDate date) {
            this.date = date;
        }

        void say(String sentence) {
            sentenceStart = text.length();
            text.append(sentence);
        }

        Evidence lastEvidence() {
            return new Evidence(text.substring(sentenceStart), sentenceStart, text.length());
        }

        String lastReporter(String[] people) {
            String line = text.toString();
            int at = line.indexOf("□记者 ") + 4;
            return line.substring(at, line.indexOf(' ', at));
        }

        void official(String name, Evidence e, Position... positions) {
            officials.add(new Official(name, List.of(positions).stream().map(Position::title).toList(), List.of(positions), true));
        }

        ArticleExtraction build() {
            String t = text.toString();
            return new ArticleExtraction(title, date.toString(), reporters, officials, events, organizations, parks,
                    projects, t, 0, t.length());
        }
    }
}
