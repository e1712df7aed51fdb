package newsgraph.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import org.junit.jupiter.api.Test;

/** Short sentences with fictional names. */
class PersonRecognizerTest {
    private static final Segmenter SEG = new HanLpSegmenter();
    private static final PersonRecognizer PEOPLE = new PersonRecognizer(Lexicons.load(), SEG);

    private static List<PersonMention> people(String s) {
        return PEOPLE.recognize(s, SEG.segment(s), 0);
    }

    private static List<String> names(String s) {
        return people(s).stream().map(PersonMention::name).toList();
    }

    private static List<String> titles(String s, String name) {
        return people(s).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + s))
                .titles().stream().map(TitleMention::title).toList();
    }

    /**
     * Rule 3 (a name the segmenter tags a person, at a clause start, right before a role verb) must
     * take no name where {@link PersonRecognizer#roleVerbCue} says no: the segment stage segments a
     * clause for a role verb only where the cue holds. Every combination of what stands before the
     * name, the name, spaces and the verb, the words given by hand (the segmenter's dictionary tags
     * few invented names as persons); fails as soon as the rule takes a name the cue would not segment.
     */
    @Test
    void people_aNameBeforeARoleVerbIsTakenOnlyWhereTheSegmentStagesCueHolds() {
        PersonRecognizer rule = new PersonRecognizer(Lexicons.load());
        int taken = 0;
        int refused = 0;
        for (String before : List.of("", "，", "。", "；", "：", "、", "“", "（", "\n", "！", "在", "请", "记者", "1", "A")) {
            for (String name : List.of("林海峰", "林峰", "欧阳岚", "欧阳明辉", "海峰", "明辉", "林")) {
                for (String gap : List.of("", " ", "\u3000 ")) {
                    for (String verb : List.of("出席", "主持", "参与", "致开幕词")) {
                        String s = "今天" + before + name + gap + verb + "会议。";
                        int n = 2 + before.length();
                        int v = n + name.length() + gap.length();
                        List<Token> tokens = new java.util.ArrayList<>(List.of(new Token("今天", "t", 0, 2)));
                        if (!before.isBlank()) {
                            tokens.add(new Token(before, "w", 2, n));
                        }
                        tokens.add(new Token(name, "nr", n, n + name.length()));
                        tokens.add(new Token(verb, "v", v, v + verb.length()));
                        tokens.add(new Token("会议", "n", v + verb.length(), v + verb.length() + 2));
                        tokens.add(new Token("。", "w", s.length() - 1, s.length()));
                        boolean ruleTakes = rule.recognize(s, tokens, 0).stream()
                                .anyMatch(m -> m.anchor() == PersonMention.Anchor.VERB && m.name().equals(name));
                        boolean cue = rule.roleVerbCue(s).mayTake(v, v + verb.length());
                        assertTrue(cue || !ruleTakes, "the rule takes " + name + " where the cue says no: " + s);
                        taken += ruleTakes ? 1 : 0;
                        refused += cue ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(taken > 0 && refused > 0, "taken " + taken + ", refused by the cue " + refused);
    }

    @Test
    void people_aTwoCharacterNameWithoutAFamilyNameIsTakenAfterAPost() {
        assertEquals(List.of("召温"), names("州人大常委会主任召温出席会议。"));
        assertEquals(List.of("岩坎", "召香"), names("县长岩坎，县委书记召香出席。"));
    }

    @Test
    void people_aNameTheSegmenterSplitsIsTakenBeforeItsPost_withTheOrganizationBeforeIt() {
        String s = "省科协柯昱珩副主席与市农科院冷恺钰院长为该中心揭牌。";
        assertEquals(List.of("柯昱珩", "冷恺钰"), names(s));
        assertEquals(List.of("省科协副主席"), titles(s, "柯昱珩"));
        assertEquals(List.of("市农科院院长"), titles(s, "冷恺钰"));
        assertTrue(names("会议听取了各位副主席的意见。").isEmpty());
        assertTrue(names("他此前曾任副总经理。").isEmpty());
    }

    @Test
    void people_namesBeforeDengAndAPostEndAtFabiao() {
        assertEquals(List.of("柯昱珩", "冷恺钰"), names("柯昱珩、冷恺钰等多位院士发表主旨演讲。"));
    }

    @Test
    void people_aSpeechGivenIsNoSpeechStudied() {
        String given = "县委书记祁山海在会上作重要讲话。";
        assertEquals(false, PEOPLE.studied(given, 0, people(given).get(0)));
        String report = "副县长罗青山作关于人事事项的说明。";
        assertEquals(false, PEOPLE.studied(report, 0, people(report).get(0)));
        String studied = "会议传达了县委书记祁山海在全县大会上的重要讲话精神。";
        assertEquals(true, PEOPLE.studied(studied, 0, people(studied).get(0)));
    }

    @Test
    void people_aWordAfterAPostIsNotAName() {
        assertTrue(names("主任指出，要加强统筹。").isEmpty());
        assertTrue(names("书记一行来到现场。").isEmpty());
    }

    @Test
    void people_namesListedAfterOnePostAllHoldIt() {
        String s = "副县长严立新、罗青山、苗为民出席会议。";
        assertEquals(List.of("严立新", "罗青山", "苗为民"), names(s));
        assertEquals(List.of("副县长"), titles(s, "苗为民"));
    }

    @Test
    void people_aPostAfterTheListedNameIsItsOwn() {
        String s = "副县长严立新、县政协主席罗青山出席。";
        assertEquals(List.of("县政协主席"), titles(s, "罗青山"));
    }

    @Test
    void people_aConjunctionInsideAnOrganizationDoesNotCutTheTitle() {
        assertEquals(List.of("中国林业与草原联合会副会长"), titles("中国林业与草原联合会副会长方志远出席。", "方志远"));
        assertEquals(List.of("省文化和旅游厅厅长"), titles("省文化和旅游厅厅长罗青山出席。", "罗青山"));
    }

    @Test
    void people_aConjunctionJoiningTwoFieldsOfOneBodyOrPostDoesNotCutTheTitle() {
        assertEquals(List.of("青禾大学城市与环境研究中心副主任"), titles("青禾大学城市与环境研究中心副主任罗青山认为，", "罗青山"));
        assertEquals(List.of("省能源局新能源和可再生能源处处长"), titles("省能源局新能源和可再生能源处处长罗青山表示，", "罗青山"));
        assertEquals(List.of("青禾照明市场和服务总监"), titles("据青禾照明市场和服务总监罗青山介绍，", "罗青山"));
    }

    @Test
    void people_aHyphenJoiningTwoPartnersNamesOneCompany() {
        assertEquals(List.of("东湖-西岭汽车有限公司总经理"), titles("东湖-西岭汽车有限公司总经理罗青山表示，", "罗青山"));
        assertEquals(List.of("青禾汽车有限公司总经理"), titles("发布人：-青禾汽车有限公司总经理罗青山表示，", "罗青山"));
        assertEquals(List.of("东湖-西岭汽车总经理"), titles("但是按照东湖-西岭汽车总经理罗青山的规划，", "罗青山"));
    }

    @Test
    void people_theListAfterYouOfWhoWasThereStartsAfterIt_youInsideANameStays() {
        assertEquals(List.of("市委常委", "秘书长"), titles("出席会见的还有市委常委、秘书长罗青山，副市长苗为民等。", "罗青山"));
        assertEquals(List.of("市委常委"), titles("参加会议的有市委常委罗青山、副市长苗为民等。", "罗青山"));
        assertEquals(List.of("江陵大有文具有限公司负责人"), titles("江陵大有文具有限公司负责人罗青山说，订单增加了。", "罗青山"));
    }

    @Test
    void people_aConjunctionBetweenTwoPeopleStillCutsTheTitle() {
        assertEquals(List.of("青禾物流有限公司副总裁"), titles("县商务局副局长严立新与青禾物流有限公司副总裁罗青山签署协议。", "罗青山"));
        assertEquals(List.of("县商务局局长"), titles("县长苗为民与县商务局局长罗青山出席。", "罗青山"));
        assertEquals(List.of("青禾大学校长"), titles("专家学者和青禾大学校长罗青山出席。", "罗青山"));
        assertEquals(List.of("青禾商会会长"), titles("企业家和青禾商会会长罗青山出席。", "罗青山"));
    }

    @Test
    void people_aPronounOpeningAClauseIsTheOnePersonNamedBefore() {
        String s = "县长苗为民来到青禾乡。她在讲话中指出，要抓好春耕。";
        List<PersonMention> found = people(s);
        List<PersonMention> pronouns = PEOPLE.pronouns(s, 0, found, List.of());
        assertEquals(1, pronouns.size());
        assertEquals("苗为民", pronouns.get(0).name());
        assertEquals(s.indexOf('她'), pronouns.get(0).start());
    }

    @Test
    void people_aPronounIsLeftAloneWhenTwoPeopleCameBefore() {
        String s = "县长苗为民、副县长严立新来到青禾乡。他强调，要抓好春耕。他们表示，将全力以赴。";
        assertTrue(PEOPLE.pronouns(s, 0, people(s), List.of()).isEmpty());
        String t = "县长苗为民来到青禾乡。他们表示，将全力以赴。其他人员参加。";
        assertTrue(PEOPLE.pronouns(t, 0, people(t), List.of()).isEmpty());
        assertEquals(Set.of(), Set.copyOf(PEOPLE.pronouns("他强调，要抓好春耕。", 0, List.of(), List.of())));
    }

    @Test
    void people_aWordForAThingAfterAPostIsNotAName() {
        assertTrue(names("要把书记项目和民生实事办好。").isEmpty());
    }

    @Test
    void people_verbAndAdverbFragmentsAfterAPostAreNoNames() {
        assertTrue(names("该办公室罗主任向记者介绍了有关情况。").stream().noneMatch(n -> n.startsWith("向")), "向记者");
        assertTrue(names("县领导强调，要压实责任。").isEmpty(), "强调 is a verb");
        assertTrue(names("公司总经理曾表示，产能将翻番。").isEmpty(), "曾 + 表示");
        assertTrue(names("公司负责人应该到场。").isEmpty(), "应该 is a verb");
    }

    @Test
    void people_aGivenNameMayBeAVerbAndARareFamilyNameIsKnown() {
        assertEquals(List.of("罗青山", "王保存"), names("副主任罗青山、王保存出席会议。"));
        assertEquals(List.of("骞芳蕊"), names("商务司司长骞芳蕊来我市调研。"));
        assertEquals(List.of("罗峰"), names("公司总经理罗峰称，订单增长。"));
    }

    @Test
    void people_aTransliteratedNameKeepsAllItsParts() {
        assertEquals(List.of("马尔科夫·伊万·彼得罗维奇"), names("博物馆副馆长马尔科夫·伊万·彼得罗维奇说，合作前景广阔。"));
        assertEquals(List.of("马库斯·韦伯"), names("公司总裁马库斯·韦伯出席。"));
    }

    @Test
    void people_postsInTwoBodiesSeparatedByACommaAreOneChain() {
        String s = "青禾省委常委、副省长，白鹭新区党工委书记、管委会主任罗青山出席。";
        assertEquals(List.of("青禾省委常委", "副省长", "白鹭新区党工委书记", "管委会主任"), titles(s, "罗青山"));
        assertEquals(List.of("副县长"), titles("县长苗为民，副县长罗青山出席。", "罗青山"), "a name before the comma ends the chain");
    }

    @Test
    void people_aWordRunningOnFromACollectiveLabelIsNoName() {
        assertTrue(names("要打造忠诚的领导班子和干警队伍。").isEmpty());
        assertTrue(names("没有良好的家风，领导干部就可能出事。").isEmpty());
    }

    @Test
    void people_namesAfterALabelEndBeforeDeng() {
        assertEquals(List.of("罗青山", "苗为民"), names("市领导罗青山、苗为民参加会议。"));
        assertEquals(List.of("严立新", "罗青山", "林小同"), names("县领导严立新、罗青山、林小同等参加会议。"));
    }

    @Test
    void people_aFunctionWordAndAOneCharacterVerbAfterAPostAreNoName() {
        assertTrue(names("正如总书记所说，要加强统筹。").isEmpty(), names("正如总书记所说，要加强统筹。").toString());
        assertTrue(names("全省院士已达111人。").isEmpty());
        assertTrue(names("企业的文化负责人都说他们的老总非常重视。").isEmpty());
        assertEquals(List.of("罗青山"), names("在港航中心主任罗青山看来，航道建设很重要。"));
    }

    @Test
    void people_namesListedBeforeDengAndAPostHoldIt() {
        String s = "会上，罗青山、苗为民、严立新等多位院士作主旨演讲。";
        assertEquals(List.of("罗青山", "苗为民", "严立新"), names(s));
        assertEquals(List.of("院士"), titles(s, "苗为民"));
        assertTrue(names("会议部署了防汛、安全等工作。").isEmpty());
    }

    @Test
    void people_aOneCharacterAdverbOrPrepositionAfterTheNameEndsIt() {
        assertEquals(List.of("罗青山"), names("青禾汽车协会常务副会长罗青山在会上表示，要加强合作。"));
        assertEquals(List.of("苗为民"), names("青禾陶瓷总经理苗为民也认为，市场前景很好。"));
    }

    @Test
    void people_aPrepositionOpeningTheClauseIsNoPartOfTheTitle() {
        assertEquals(List.of("青禾塑机协会秘书长"), titles("据青禾塑机协会秘书长罗青山介绍，出口增长。", "罗青山"));
        assertEquals(List.of("市经信委副主任"), titles("市经信委副主任罗青山出席。", "罗青山"));
    }

    @Test
    void people_aConjunctionPointerOrDateBeforeTheOrganizationIsNoPartOfTheTitle() {
        assertEquals(List.of("青禾塑机公司总经理"), titles("订单减少，但青禾塑机公司总经理罗青山并不担心。", "罗青山"));
        assertEquals(List.of("国际业务部经理"), titles("其国际业务部经理罗青山表示，出口稳定。", "罗青山"));
        assertEquals(List.of("青禾涂料公司总经理"), titles("最有名的是当年青禾涂料公司总经理罗青山的策划。", "罗青山"));
    }

    @Test
    void people_aFamilyNameWithAFormOfAddressIsNobody() {
        assertTrue(names("青禾公司负责人袁先生表示，产品已送检。").isEmpty());
        assertTrue(names("白鹭物业负责人徐总说，业主很满意。").isEmpty());
    }

    @Test
    void people_aVerbBeforeSayingOrAnAdverbBeforeAPrepositionIsNoName() {
        assertEquals(List.of(), names("罗青山主任呼吁道，节能和质量缺一不可。").stream().filter(n -> n.startsWith("呼")).toList());
        assertTrue(names("白鹭纺织城负责人明确对记者表示，会给予答复。").isEmpty());
        assertEquals(List.of("宁可欣"), names("管委会主任宁可欣致辞。"));
    }

    @Test
    void people_aLongOrganizationIsNotCutInsideAWord() {
        // 22 characters before the post: the walk's length limit must not cut 黑龙江省 to 江省
        assertEquals(List.of("黑龙江省青禾粮油食品进出口股份有限公司杂品部经理"),
                titles("黑龙江省青禾粮油食品进出口股份有限公司杂品部经理罗青山称，订单减少。", "罗青山"));
    }

    @Test
    void people_aFunctionCharacterInsideANounIsPartOfTheOrganization() {
        // 讯 of 通讯 is no news label (本报讯), 于 of 对于 is no part of the company
        assertEquals(List.of("青禾通讯总裁"), titles("青禾通讯总裁罗青山表示，订单增长。", "罗青山"));
        assertEquals(List.of("青禾塑机公司总经理"), titles("对于青禾塑机公司总经理罗青山来说，这是新的开始。", "罗青山"));
        assertEquals(List.of("市委书记"), titles("本报讯市委书记罗青山出席会议。", "罗青山"));
    }

    @Test
    void people_aVerbTakingThePersonAsObjectIsNoPartOfTheTitle() {
        assertEquals(List.of("青禾塑机集团董事长"), titles("记者多次致电青禾塑机集团董事长罗青山，电话无人接听。", "罗青山"));
        assertEquals(List.of("青禾陶瓷协会会长"), titles("有媒体引述青禾陶瓷协会会长罗青山的话说，价格将上涨。", "罗青山"));
        assertEquals(List.of("青禾纺织工业协会副会长"), titles("与会者包括青禾纺织工业协会副会长罗青山。", "罗青山"));
    }

    @Test
    void people_theHeadOfANamedBodyHoldsItsPost_aBareOrIndefiniteHeadNamesNoOne() {
        assertEquals(List.of("青禾塑机有限公司负责人"), titles("青禾塑机有限公司负责人罗青山表示，订单稳定。", "罗青山"));
        assertEquals(List.of("白鹭集团采购部相关负责人"), titles("白鹭集团采购部相关负责人苗为民介绍，原料充足。", "苗为民"));
        assertTrue(names("一家灯具厂负责人罗青山表示，订单稳定。").isEmpty());
        assertTrue(names("青禾省某制衣公司负责人罗青山坦言，压力很大。").isEmpty());
        assertTrue(names("这位负责人向本报记者透露，价格将上涨。").isEmpty());
        assertTrue(names("市商务局的相关负责人明确表示，会给予支持。").isEmpty());
    }

    @Test
    void people_noNameFollowsACollectiveLabelWhenAFunctionWordOrWordDoes() {
        assertTrue(names("这时候，再精明的领导都很难扭转局面。").isEmpty());
        assertTrue(names("每到一处，走访组领导和专家都提出建议。").isEmpty());
        assertEquals(List.of("罗青山", "苗为民"), names("市领导罗青山、苗为民出席开工仪式。"));
    }

    @Test
    void people_aPluralPostACountOrAnAdverbAndItsVerbAfterAPostIsNoName() {
        assertTrue(names("今年，药企的市场总监们最为困惑的是招标。").isEmpty());
        assertTrue(names("他辞去了青禾公司总裁一职。").isEmpty());
        assertTrue(names("那里从总理到部长都乘坐国产轿车。").isEmpty());
        assertEquals(List.of("陆青山"), names("青禾商会副秘书长陆青山表示，出口增长。"));
    }

    @Test
    void people_aThirdGivenNameCharacterTheSegmenterSplitsOffStaysInTheName() {
        assertEquals(List.of("罗志诚"), names("青禾电子商务有限公司总经理助理罗志诚分析，市场需求将增长。"));
        assertEquals(List.of("罗青"), names("青禾公司董事会秘书罗青欲了解情况。"));
    }

    @Test
    void people_aCharacterThatCannotStandBareBeforeAVerbOfSayingIsTheNamesThird() {
        assertEquals(List.of("钱柏淅", "赵飞"), names("公司副总经理钱柏淅先生及分公司经理赵飞先生出席。"));
        assertEquals(List.of("孙樟作"), names("协会会长孙樟作说，去年以来价格上涨。"));
        assertEquals(List.of("钟岷用"), names("副主任钟岷用介绍，今年增长较快。"));
        assertEquals(List.of("柯大为"), names("协会会长柯大为说。"));
        // adverbs and prepositions with an object stay out of the name
        assertEquals(List.of("李强"), names("经理李强又说，不会。"));
        assertEquals(List.of("李强"), names("经理李强向记者表示，不会。"));
        assertEquals(List.of("李强"), names("经理李强为此表示，不会。"));
    }

    @Test
    void people_aLetterWrittenToAnOfficialIsNoPartOfTheTitle() {
        String s = "两位议员致信市交通局局长孙望，询问进展。";
        assertEquals(List.of("市交通局局长"), titles(s, "孙望"));
    }

    @Test
    void people_aTradeDescriptionBeforeACompanyNameIsNoPartOfTheTitle() {
        assertEquals(List.of("青禾药业董事长"), titles("国内最大的饮片供应商青禾药业董事长钱望舒告诉记者。", "钱望舒"));
        assertEquals(List.of("江北远航集团董事长"), titles("工程机械代理商江北远航集团董事长孙立川也表示。", "孙立川"));
        // a body of the trade keeps the trade word: one word after it, or a bare suffix
        assertEquals(List.of("服装零售商联席会议秘书长"), titles("服装零售商联席会议秘书长孙立川说。", "孙立川"));
        assertEquals(List.of("模具产业供应商协会会长"), titles("模具产业供应商协会会长孙立川说。", "孙立川"));
    }

    @Test
    void people_aPrepositionAfterAnAsciiQuestionMarkOpensTheClause() {
        assertEquals(List.of("青禾县政府采购中心主任"), titles("合法吗?据青禾县政府采购中心主任孙立川介绍，很好。", "孙立川"));
    }

    @Test
    void people_aPostThatOpensACommitteeSuffixIsFollowedByNoName() {
        String s = "全国人大环资委员会主任委员孙望川担任总顾问。";
        assertEquals(List.of("孙望川"), names(s));
        assertEquals(List.of("全国人大环资委员会主任委员"), titles(s, "孙望川"));
    }

    @Test
    void people_twoForeignNamesJoinedByAConjunctionAreNotOne() {
        assertEquals(List.of("托马斯·贝克曼", "孙望"), names("议员托马斯·贝克曼和亨利·沃尔德曾致信市交通局局长孙望。"));
        assertEquals(List.of("瓦连京·科罗比兹"), names("协会会长瓦连京·科罗比兹认为，很好。"));
    }

    @Test
    void people_aPointerWordBeforeATitleIsNoPartOfIt() {
        assertEquals(List.of("原党委书记"), titles("而该院原党委书记孙望川、原院长钱立受审。", "孙望川"));
    }

    @Test
    void people_aMarriedNameWithTwoFamilyNamesKeepsAllFourCharacters() {
        assertEquals(List.of("林庄秀琴"), names("不过，青禾家居总经理林庄秀琴随后发言。"));
        assertEquals(List.of("王刚"), names("区长王刚强调，很好。"));
    }

    @Test
    void people_anOutletRunIntoATitleIsNoPartOfIt() {
        assertEquals(List.of("中国青禾协会理事长"), titles("发布人：-青禾日报中国青禾协会理事长孙立川表示，很好。", "孙立川"));
        // a word that only ends like an outlet (电网) stays in the body's name
        assertEquals(List.of("国家电网山东省电力公司总经理"), titles("国家电网山东省电力公司总经理孙立川表示，很好。", "孙立川"));
    }

    @Test
    void people_aVerbalNounOpeningAnOrganizationStaysInItsName() {
        assertEquals(List.of("对外经贸大学金融学院院长"), titles("对外经贸大学金融学院院长孙立川表示，很好。", "孙立川"));
    }

    @Test
    void people_aThirdCharacterThatCannotStandAloneStaysInTheName() {
        // a bound morpheme or a name character before a verb (柯健|林/ng|预计, 柯光|焘/nr|担任)
        assertEquals(List.of("柯健林"), names("青禾集团董事长柯健林预计，明年市场回暖。"));
        assertEquals(List.of("柯光焘"), names("市农科院院长柯光焘担任评委会主任。"));
        // a conjunction with a preposition after it joins nothing
        assertEquals(List.of("冷夕和"), names("省药监局副局长冷夕和向记者介绍。"));
        // a lone verb character before 所说 is no speaker; 所 itself ends the name
        assertEquals(List.of("柯杰成"), names("青禾公司营销经理柯杰成所说：好。"));
        assertEquals(List.of("柯明"), names("正如县长柯明所说，市场回暖。"));
        // a conjunction before a name or a body joins two people
        assertEquals(List.of("柯明", "冷山"), names("县长柯明和向阳乡党委书记冷山出席。"));
    }

    @Test
    void people_aLoneVerbCharacterOpeningAClauseOpensTheCompanyName() {
        assertEquals(List.of("胜禾货柜公司副总裁"), titles("”胜禾货柜公司副总裁柯国梁表示，运价回升。", "柯国梁"));
        assertEquals(List.of("喜达园中国区总经理"), titles("”喜达园中国区总经理柯章辉说。", "柯章辉"));
        // a verb that takes the person as object stays out (title-openers.tsv)
        assertEquals(List.of("临江县农业局局长"), titles("，这让临江县农业局局长祁山海很为难。", "祁山海"));
    }

    @Test
    void people_aDateOrAClauseBeforeTheCompanyIsNoPartOfTheTitle() {
        assertEquals(List.of("宝禾缝纫机集团东南亚市场区域经理"), titles("”这是2006年宝禾缝纫机集团东南亚市场区域经理柯山海在接受采访时说。", "柯山海"));
        assertEquals(List.of("青禾英博公司亚太区总裁"), titles("先是本月初青禾英博公司亚太区总裁柯玫凯率队考察。", "柯玫凯"));
        assertEquals(List.of("青禾中国副总裁"), titles("继2009年冬天青禾中国副总裁柯永红跳槽后，", "柯永红"));
        // an adverb, a count of times or an aspect particle before a verb: the title starts after the verb
        assertEquals(List.of("市委副秘书长"), titles("目前，临江市政府已委派市委副秘书长柯朝晖临时代行职务。", "柯朝晖"));
        assertEquals(List.of("青禾公司总经理"), titles("记者于6日、7日多次拨打青禾公司总经理柯开民的手机。", "柯开民"));
        assertEquals(List.of("青禾服饰公关经理"), titles("同时，实习编辑冷源尝试着联系青禾服饰公关经理柯敏旭。", "柯敏旭"));
        // a time word inside a name, an adverb among single characters of a split name stay
        assertEquals(List.of("临江明日控股集团有限公司总经理"), titles("临江明日控股集团有限公司总经理柯新伟表示。", "柯新伟"));
        assertEquals(List.of("长沙西正印制有限公司销售总监"), titles("长沙西正印制有限公司销售总监柯孝明说。", "柯孝明"));
    }

    @Test
    void people_aSourceLabelsNameAndATradeDescriptionAreNoPartOfTheTitle() {
        assertEquals(List.of("临江市市长"), titles("发布人：柯山海临江市市长柯林远日前批准20项。", "柯林远"));
        assertEquals(List.of("青禾光电总经理"), titles("在大陆背光源领先厂家青禾光电总经理柯伟斌看来，", "柯伟斌"));
    }

    @Test
    void people_anAdverbACountOrAnUnopenedAsideBeforeThePostIsNoPartOfTheTitle() {
        assertEquals(List.of("董事长"), titles("其中，仅董事长柯刚一人就持有200万股。", "柯刚"));
        assertEquals(List.of("副总裁"), titles("昨天，青禾中国确认，另一名副总裁柯国维也已加盟。", "柯国维"));
        // the walk stopped inside the brackets: what stands before the closing one is left out
        assertEquals(List.of("董事长"), titles("青禾股份(600000，收盘价12.15元)董事长柯建雄明确表态。", "柯建雄"));
        // an ordinal or a division's number stays
        assertEquals(List.of("第十四届临江国际车展组委会秘书长"), titles("第十四届临江国际车展组委会秘书长柯山海表示。", "柯山海"));
    }

    @Test
    void people_anAdverbOpensNoNameAfterAPost() {
        assertTrue(names("柯经理很早就认定市场会回暖。").isEmpty());
    }

    @Test
    void people_aConjunctionCharacterInsideACompanyOrCountyNameStaysInTheTitle() {
        // after a place and before a lone character, in a company's name; after a bound character (云|和|县)
        assertEquals(List.of("深圳市和顺园医药有限公司总经理"), titles("深圳市和顺园医药有限公司总经理柯钢也表示，", "柯钢"));
        assertEquals(List.of("浙江省云和县青禾工艺品有限公司总经理"), titles("”浙江省云和县青禾工艺品有限公司总经理柯青瑶说。", "柯青瑶"));
        assertEquals(List.of("临江和泰玩具有限公司总经理"), titles("”临江和泰玩具有限公司总经理柯彬说。", "柯彬"));
        // a conjunction after a person's name joins two people
        assertEquals(List.of("临江对外贸易中心副主任"), titles("商务厅厅长柯耀文和临江对外贸易中心副主任冷润生出席。", "冷润生"));
    }

    @Test
    void people_aVerbCharacterBeforeAVerbOfSayingIsTheNamesThird() {
        assertEquals(List.of("柯鹏起"), names("临江钢铁公司总工程师柯鹏起直言，限制出口不行。"));
    }

    @Test
    void people_aProfessionBeforeAConjunctionAPrepositionAnOutletEndTheTitle() {
        assertEquals(List.of("临江地质研究所总工程师"), titles("昨天，鉴定人临江学院柯东辉教授及临江地质研究所总工程师冷希强出庭。", "冷希强"));
        assertEquals(List.of("临江银行行长"), titles("项目批给临江银行行长柯小川，具体实施还在商议。", "柯小川"));
        assertEquals(List.of("临江市市长"), titles("发布人：-青禾汽车网临江市市长柯林远3月30日表示。", "柯林远"));
        // a verb after a noun is a field joined to the next by 与
        assertEquals(List.of("青禾全球技术转让与销售亚太区总经理"), titles("青禾全球技术转让与销售亚太区总经理柯健诚告诉本报。", "柯健诚"));
    }

    @Test
    void people_aVerbOfSayingBeforeACommaEndsTheName() {
        assertEquals(List.of("柯明"), names("临江多媒体产业公司总经理柯明称，市场回暖。"));
    }

    @Test
    void people_aFieldNounOpeningWithALevelCharacterIsNoLevelOfGovernment() {
        assertEquals(List.of("青禾联合会信息与市场部副主任"), titles("青禾联合会信息与市场部副主任柯昉则在会上预测。", "柯昉"));
    }

    /**
     * The rules read the words of a clause only where the segment stage segmented it; a paragraph
     * whose clause holding a title was left without words (every other clause segmented, or none)
     * must still be read, never throw (walkTitleLeft once looked past the last word: an
     * IndexOutOfBoundsException). Every subset of a paragraph's clauses segmented.
     */
    @Test
    void people_aParagraphWithClausesLeftUnsegmentedIsReadWithoutError() {
        for (String s : List.of("会议在临江举行，东岳区区长林海峰出席。",
                "会议在临江举行，东岳区区长林海峰出席，临江市副市长柯明、冷岚陪同",
                "发布人：柯远东岳区区长林海峰表示，项目进展顺利。",
                "据了解，青禾集团董事长柯林远、总经理冷希强，以及市领导林海峰参加")) {
            List<int[]> clauses = new java.util.ArrayList<>();
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                if (Segmenter.isClauseEnd(s.charAt(i)) || i == s.length() - 1) {
                    clauses.add(new int[] {from, i + 1});
                    from = i + 1;
                }
            }
            List<PersonMention> all = null;
            for (int mask = 0; mask < 1 << clauses.size(); mask++) {
                List<Token> tokens = new java.util.ArrayList<>();
                for (int c = 0; c < clauses.size(); c++) {
                    if ((mask & 1 << c) != 0) {
                        SEG.segmentInto(s.substring(clauses.get(c)[0], clauses.get(c)[1]), clauses.get(c)[0], tokens);
                    }
                }
                List<PersonMention> found = PEOPLE.recognize(s, tokens, 0);
                if (mask == (1 << clauses.size()) - 1) {
                    all = found;
                }
            }
            assertTrue(all.stream().anyMatch(m -> m.name().equals("林海峰")), s + ": " + all);
        }
    }

    @Test
    void people_namesListedAfterPostsJoinedByACommaOfListHoldThemAll() {
        String s = "党委委员、副主任罗青山、苗为民等陪同调研。";
        assertEquals(List.of("党委委员", "副主任"), titles(s, "罗青山"));
        assertEquals(List.of("党委委员", "副主任"), titles(s, "苗为民"));
        // posts of another body before a ，are the first name's only
        String t = "县委常委，镇党委书记罗青山、苗为民出席。";
        assertEquals(List.of("镇党委书记"), titles(t, "苗为民"));
    }

    @Test
    void people_aPostAfterANameClosesThatPerson_theNextNamesChainDoesNotTakeIt() {
        String s = "出席的有：科学院名誉院长、“某某”功臣王立新院士，市科学技术研究中心主任周明远等。";
        assertEquals(List.of("市科学技术研究中心主任"), titles(s, "周明远"));
        // posts of one person listed over a comma still make one chain
        assertEquals(List.of("市委常委", "新区党工委书记"), titles("市委常委，新区党工委书记周明远出席。", "周明远"));
    }

    @Test
    void people_aLoneDistinguishingCharacterBefore的IsPartOfABrandsName() {
        assertEquals(List.of("金的利电器公司副总裁"), titles("会上，金的利电器公司副总裁林海峰表示，销量上升。", "林海峰"));
        assertEquals(List.of("奥的华电梯公司经理"), titles("会上，奥的华电梯公司经理林海峰表示，销量上升。", "林海峰"));
        // a word before 的 modifies what follows: the walk stops there
        assertEquals(List.of("董事长"), titles("最早转型的是该公司的董事长林海峰。", "林海峰"));
    }

    @Test
    void people_aVerbThatPointsAtAPersonOpensTheTitle() {
        assertEquals(List.of("东岭石油分公司总经理"), titles("网帖把矛头直指东岭石油分公司总经理林海峰。", "林海峰"));
    }

    @Test
    void people_aTradeDescriptionBeforeACompanysNameIsNoPartOfTheTitle() {
        assertEquals(List.of("远航顾问华东区总监"), titles("在猎头公司远航顾问华东区总监林海峰看来，人才紧缺。", "林海峰"));
    }

    @Test
    void people_aBoundCharacterAfterAThreeCharacterNameIsItsFourth() {
        // a family name of two and a given name of two (Japanese names): the fourth character cannot stand alone
        assertEquals(List.of("竹田幸司"), names("公司总经理竹田幸司在接受记者采访时表示，销量上升。"));
        // a free word after a name of three stays out
        assertEquals(List.of("林海峰"), names("公司董事长林海峰在会上表示，销量上升。"));
        // nor a time morpheme: 昨 is the predicate's
        assertEquals(List.of("林海峰"), names("东岭市副市长林海峰昨出席北湖集团成立大会。"));
    }

    @Test
    void people_aParticleAfterAPostOpensNoName_andAVerbOfExpectingOpensTheTitle() {
        assertTrue(names("林先生虽辞去总统之职，此后专心实业。").isEmpty());
        assertEquals(List.of("东岭国总统"), titles("市场预计东岭国总统林海峰将宣布新政。", "林海峰"));
    }

    @Test
    void people_aRoleVerbThatNamesADepartmentsFieldIsPartOfTheTitle() {
        assertEquals(List.of("东岭省发展委价格监督检查司司长"), titles("东岭省发展委价格监督检查司司长林海峰表示，价格平稳。", "林海峰"));
        // a verb before a post still opens the title
        assertEquals(List.of("局长"), titles("市长陪同局长林海峰考察。", "林海峰"));
    }

    @Test
    void people_anOutletsNameBeforeABrandIsNoPartOfTheTitle() {
        assertEquals(List.of("富康达科技集团总裁"), titles("发布人：-东岭日报富康达科技集团总裁林海峰表示，销量上升。", "林海峰"));
    }

    @Test
    void people_aPostBothOfWhoseEndsFallInsideWordsIsNoPost() {
        assertTrue(names("随后进行长时间的设备检修。").isEmpty());
        // a body's word and its post that share a character (某处|处长) stay a title
        assertEquals(List.of("东岭市标准处处长"), titles("东岭市标准处处长林海峰表示，标准已定。", "林海峰"));
    }
}
