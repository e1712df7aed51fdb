package newsgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.Token;
import org.junit.jupiter.api.Test;

/** One paragraph at a time (fictional parks and projects). */
class EntityRecognizerTest {
    private static final Segmenter SEG = new HanLpSegmenter();
    private static final EntityRecognizer ENTITIES = new EntityRecognizer(Lexicons.load());

    private static List<EntityMention> parks(String s) {
        return ENTITIES.parks(s, SEG.segment(s), 0);
    }

    private static List<EntityMention> projects(String s) {
        List<Token> tk = SEG.segment(s);
        return ENTITIES.projects(s, tk, 0, ENTITIES.parks(s, tk, 0));
    }

    private static List<String> names(List<EntityMention> l) {
        return l.stream().map(EntityMention::name).toList();
    }

    @Test
    void entity_aProjectNameStopsAtTheProjectItIsPlacedIn() {
        List<EntityMention> p = projects("其中，总投资15亿元的青禾智能装备项目落户白鹭湾高新区内的青禾精密制造产业园，从签约到开工仅用了60天。");
        assertEquals(List.of("青禾智能装备项目"), names(p));
        assertEquals(1_500_000_000L, p.get(0).investmentYuan());
        assertEquals("青禾精密制造产业园", p.get(0).park());
    }

    @Test
    void entity_aCountedProjectWordIsACategory() {
        assertTrue(projects("开幕式上，共签约新能源项目8个，总投资60亿元。").isEmpty());
    }

    @Test
    void entity_aCountywideProjectIsACategory() {
        assertTrue(projects("今年是全县项目建设攻坚年。").isEmpty());
    }

    @Test
    void entity_aBuildingProjectWithAPhaseKeepsItsWholeName() {
        List<EntityMention> p = projects("青禾海洋研究院一期建设项目总投资12亿元，选址白鹭湾片区。");
        assertEquals(List.of("青禾海洋研究院一期建设项目"), names(p));
        assertEquals(1_200_000_000L, p.get(0).investmentYuan());
        assertEquals(List.of("白鹭湾片区"), names(parks("青禾海洋研究院一期建设项目总投资12亿元，选址白鹭湾片区。")));
    }

    @Test
    void entity_aParkNamedAsAProjectInsideAnotherParkIsThatProject() {
        assertEquals(List.of("白鹭湾片区"), names(parks("在白鹭湾片区，青禾冷链物流园项目完成投资9000万元。")));
    }

    @Test
    void entity_aParkWhoseProjectStandsAloneStaysAPark() {
        assertEquals(List.of("青禾汽配产业园"), names(parks("在汽车产业链，青禾汽配产业园项目一期建成。")));
    }

    @Test
    void entity_softwareParksAndResortsAreParks() {
        assertEquals(List.of("青禾软件园"), names(parks("启动仪式在青禾软件园举行。")));
        assertEquals(List.of("白鹭山国家级旅游度假区"), names(parks("加快白鹭山国家级旅游度假区提档升级。")));
    }

    @Test
    void entity_theInvestmentOfTheProjectJustNamedMayRepeatTheWordProject() {
        List<EntityMention> p = projects("青禾物流集团将投资建设青禾智慧物流港项目，项目总投资18.6亿元，建成后年吞吐能力可达200万吨。");
        assertEquals(List.of("青禾智慧物流港项目"), names(p));
        assertEquals(1_860_000_000L, p.get(0).investmentYuan());
    }
    @Test
    void entity_aParkBeforeItsCommitteeIsAParkButNotBeforeATitle() {
        assertEquals(List.of("白鹭湾国家旅游度假区"), names(parks("签约仪式上，白鹭湾国家旅游度假区管委会向青禾航空授牌。")));
        assertTrue(parks("白鹭湾片区管委主任周立出席。").isEmpty());
    }

    @Test
    void entity_innovationZonesAndParksAreParks() {
        assertEquals(List.of("青禾国家自主创新示范区"), names(parks("论坛在青禾国家自主创新示范区展示中心举行。")));
        assertTrue(parks("打造共同富裕示范区。").isEmpty(), "a policy label is not a park");
    }

    @Test
    void entity_aVerbBeforeAPlaceIsNotPartOfThePark() {
        assertEquals(List.of("苏州保税区"), names(parks("检查发现苏州保税区存在问题。")));
    }

    @Test
    void entity_theSentencesOneProjectTakesItsTotalInvestment() {
        List<EntityMention> p = projects("据悉，“青禾国际机械城”项目位于青禾高速出口处，总占地面积460亩，总投资10.3亿元。");
        assertEquals(List.of("“青禾国际机械城”项目"), names(p));
        assertEquals(1_030_000_000L, p.get(0).investmentYuan());
        List<EntityMention> q = projects("此次开工的白鹭供水二期工程，审批总投资74.5亿元。");
        assertEquals(List.of("白鹭供水二期工程"), names(q));
        assertEquals(7_450_000_000L, q.get(0).investmentYuan());
    }

    @Test
    void entity_anAmountBeforeTheBuildingVerbPaysForTheProject() {
        List<EntityMention> p = projects("集团拟投资200亿元以上开发建设白鹭滩旅游项目。");
        assertEquals(List.of("白鹭滩旅游项目"), names(p));
        assertEquals(20_000_000_000L, p.get(0).investmentYuan());
    }

    @Test
    void entity_aCentreWithItsOwnInvestmentIsAProject() {
        List<EntityMention> p = projects("青禾中心总投资10.8亿元，预计明年竣工。");
        assertEquals(List.of("青禾中心"), names(p));
        assertEquals(1_080_000_000L, p.get(0).investmentYuan());
    }

    @Test
    void entity_aNameWhoseFirstCharacterAPointerWordTookIsNoProject() {
        // HanLP reads 该机|顶|盒: the pointer swallowed the noun's first character, what is left is no name
        assertTrue(projects("随后该机顶盒项目以2亿元中标。").isEmpty());
        assertTrue(projects("该机顶盒项目总投资3亿元。").isEmpty());
        assertEquals(List.of("青禾机顶盒项目"), names(projects("青禾机顶盒项目总投资3亿元。")));
    }

    @Test
    void entity_aNameCutAfterABoundaryWordGluedToTheOwnersNameIsNoProject() {
        // 联合, 全球 stop a name walk as verbs and scopes; glued between nouns they are inside the owner's name
        assertFalse(names(projects("白鹭钢铁联合企业焦化二期工程已于今年投产。")).contains("企业焦化二期工程"));
        assertFalse(names(projects("青禾水产品全球采购中心项目总投资10亿元。")).contains("采购中心项目"));
    }

    @Test
    void entity_ranksAndScopesNameCategoriesNotProjects() {
        assertTrue(projects("这是我国重大水利工程，也是大型跨流域调水工程。").isEmpty());
        assertTrue(projects("该项目是四川省重大产业项目。").isEmpty());
        assertTrue(projects("进行了量子产业标杆项目的集中签约。").isEmpty());
        assertEquals(List.of("青禾集成电路重大项目二期"), names(projects("推动青禾集成电路重大项目二期建设。")));
    }

    @Test
    void entity_listedItemsNeedANameNotAField() {
        assertTrue(projects("车路协同、工业互联网、智慧城市生态等项目取得突破。").isEmpty());
        List<String> p = names(projects("其中江西峡江、青海河口村、黄河下游近期防洪等6项工程基本完成。"));
        assertTrue(p.containsAll(List.of("江西峡江", "青海河口村", "黄河下游近期防洪")), p.toString());
    }

    @Test
    void entity_listedItemsSplitAtAnd() {
        List<String> p = names(projects("参观了白鹭度假酒店和青禾山香杏小镇等旅游开发项目。"));
        assertTrue(p.contains("白鹭度假酒店"), p.toString());
    }

    @Test
    void entity_aSectionLabelOrAGoverningVerbIsNotPartOfAProject() {
        assertEquals(List.of("白鹭供水二期工程"), names(projects("（经济）白鹭供水二期工程开工")));
        assertTrue(projects("各地开展保障性安居工程。").isEmpty());
    }

    @Test
    void entity_aKindNamedByAProductOrIndustryIsNoProject() {
        assertTrue(projects("近年来，不少企业纷纷上马光伏项目，钾肥项目也有增加。").isEmpty());
    }

    @Test
    void entity_aProcurementLotIsNoProject() {
        assertTrue(projects("白鹭湾县第一中学课桌椅采购项目以80万元的中标金额成交。").isEmpty());
    }

    @Test
    void entity_aVerbAndItsObjectIsNoProjectName() {
        assertTrue(projects("商业银行挑选项目时更看重收益。").isEmpty());
        assertTrue(projects("我国企业投资美国风电项目要过审批关。").isEmpty());
    }

    @Test
    void entity_aProjectWithAPlaceACompanyOrAPhaseIsKept() {
        assertEquals(List.of("青禾县城南污水处理厂二期工程"), names(projects("青禾县城南污水处理厂二期工程近日开工。")));
        assertEquals(List.of("鹭江集团年产5万吨纤维项目"), names(projects("鹭江集团年产5万吨纤维项目已完成环评。")));
    }

    @Test
    void entity_aDescriptiveNameThatTheSentenceBuildsIsKept() {
        assertEquals(List.of("滨河生态休闲度假中心项目"), names(projects("公司将投资开发滨河生态休闲度假中心项目。")));
    }

    @Test
    void entity_aBreakdownByKindIsNoProject() {
        assertTrue(projects("按类型划分，防洪减灾项目投资30亿元，节水灌溉项目投资12亿元。").isEmpty());
        assertTrue(projects("今年将新开工高速公路项目建设。").isEmpty());
    }
    @Test
    void entity_aMagnitudeCharacterWithNoNumberBeforeItOpensAName() {
        List<EntityMention> p = projects("万禾中心总投资8.5亿元，预计明年竣工。");
        assertEquals(List.of("万禾中心"), names(p));
        assertEquals(850_000_000L, p.get(0).investmentYuan());
        assertEquals(List.of("万禾创新园"), names(parks("集团通过设立万禾创新园，引入前沿技术。")));
    }

    @Test
    void entity_aVerbalNounOfACompoundStaysInTheName() {
        assertEquals(List.of("青禾智能运营结算中心项目"), names(projects("位于白鹭县的青禾智能运营结算中心项目施工正抓紧收尾。")));
    }

    @Test
    void entity_aGoverningVerbAfterAPlaceIsNoPartOfAPark() {
        assertEquals(List.of("现代生物医药产业园"), names(parks("企业计划投资30亿元在白鹭县建设现代生物医药产业园。")));
    }

    @Test
    void entity_aParkBuiltWithItsOwnInvestmentIsAlsoAProject() {
        List<EntityMention> p = projects("企业计划投资30亿元在白鹭县建设现代生物医药产业园。");
        assertEquals(List.of("现代生物医药产业园"), names(p));
        assertEquals(3_000_000_000L, p.get(0).investmentYuan());
    }

    @Test
    void entity_anInvestmentOfThisProjectBelongsToTheProjectJustNamed() {
        List<EntityMention> p = projects("青禾冷链物流中心项目施工正抓紧收尾，在这个总投资35亿元的项目背后，是交通优势。");
        assertEquals(List.of("青禾冷链物流中心项目"), names(p));
        assertEquals(3_500_000_000L, p.get(0).investmentYuan());
    }

    @Test
    void entity_itemsOfAListWithAnExactCountAreProjects() {
        List<String> p = names(projects("此次白鹭港区共推出了债务优化项目、冷链仓储物流项目、青禾社区集聚改造项目3个项目。"));
        assertTrue(p.containsAll(List.of("冷链仓储物流项目", "青禾社区集聚改造项目")), p.toString());
        assertTrue(projects("今年已有智能交通、新能源汽车等领域的86个项目应用了新产品。").isEmpty());
    }

    @Test
    void entity_numberedRoadSectionsBuiltAreProjects() {
        List<String> p = names(projects("今年将开工建设国道999线青禾至白鹭段、省道888线东岭至西岭段。"));
        assertEquals(List.of("国道999线青禾至白鹭段", "省道888线东岭至西岭段"), p.stream().sorted().toList());
        assertTrue(projects("去年，国道999线青禾至白鹭段整治全面完成。").isEmpty());
    }

    @Test
    void entity_aWholeQuotedEngineeringIsAProgramme() {
        assertTrue(projects("全省高校大力实施“青苗强校工程”，建立了一批团队。").isEmpty());
    }

    @Test
    void entity_aDescriptionBeforeADashGoesByTheNameAfterIt() {
        assertEquals(List.of("万禾中心"), names(projects("青禾集团总部大厦——万禾中心奠基仪式在此举行。")));
    }

    @Test
    void entity_aParkSuffixInsideALongerWordIsNoPark() {
        assertTrue(parks("听取土地托管四大功能区块工作介绍。").isEmpty());
    }

    // precision on real news (docs/audit): what a project name needs beyond a project word

    @Test
    void entity_aKindAcronymOrACapacityAloneNamesNoProject() {
        assertTrue(projects("各地竞相上马LED项目。").isEmpty());
        assertTrue(projects("年产量200万台冰箱项目正式开工。").isEmpty());
        assertTrue(projects("规划建设百万吨不锈钢项目。").isEmpty());
        assertEquals(List.of("星河ABX项目"), names(projects("开工建设星河ABX项目。")));
    }

    @Test
    void entity_aPhaseOfABareWordNamesNoProject() {
        assertTrue(projects("公司二期项目正式投产。").isEmpty());
        assertEquals(List.of("北湖引水二期工程"), names(projects("北湖引水二期工程正式开工。")));
    }

    @Test
    void entity_aVerbGoverningTheNameIsCutOffAndAClauseIsNoName() {
        assertEquals(List.of("昆明铝土矿项目"), names(projects("星河集团退出昆明铝土矿项目。")));
        assertTrue(projects("这促使企业适时更新经营项目。").isEmpty());
        assertTrue(projects("有消息称青禾科技要投资风电项目。").isEmpty());
    }

    @Test
    void entity_companiesAndShowsListedBeforeAProjectWordAreNoProjects() {
        assertTrue(projects("明年，青禾重工、白鹭机械等30多家国际著名工程机械品牌将入驻园区。").isEmpty());
        assertTrue(projects("产品在东岭博览会、北湖运动会等重大项目得到应用。").isEmpty());
    }

    @Test
    void entity_aClosingQuoteOfSomeonesWordsIsNoQuotedName() {
        assertTrue(projects("这是好事。”东岭大学海洋研究中心的研究员说。").isEmpty());
    }

    @Test
    void entity_aRouteKeepsBothEndsAndAFieldInAnOrganizationIsNoProject() {
        assertEquals(List.of("昆明至玉溪高速公路项目"), names(projects("昆明至玉溪高速公路项目征地动员大会召开。")));
        assertTrue(projects("东岭市汽车工程学会成立。").isEmpty());
    }

    @Test
    void entity_quotedLabelsAreNoProjectsButQuotedNamesAre() {
        assertTrue(projects("公司施行了一种“职业安全”项目。").isEmpty());
        assertTrue(projects("全面实施“2211”光伏产品应用工程，建设光伏电站。").isEmpty());
        assertTrue(projects("列入国家“七五”科技攻关项目以来，市场逐年扩大。").isEmpty());
        assertEquals(List.of("“青禾3号”钻井平台"), names(projects("“青禾3号”钻井平台投入使用。")));
        assertEquals(List.of("“北岭国际机械城”项目"), names(projects("“北岭国际机械城”项目开工。")));
    }

    @Test
    void entity_programmesAndAPlacesAreaWorksAreNoProjects() {
        assertTrue(projects("节能产品惠民工程对空调的补贴在6月取消。").isEmpty());
        assertTrue(projects("该项目是省里确定的重点产业援疆项目。").isEmpty());
        assertTrue(projects("在东岭市城市快速路和主干道建设项目中采用新材料。").isEmpty());
        assertTrue(projects("部里下发了关于公开城镇保障性安居工程建设信息的通知。").isEmpty());
        assertEquals(List.of("东岭镇西溪村电商扶贫项目"), names(projects("考察组先后查看了东岭镇西溪村电商扶贫项目。")));
    }

    @Test
    void entity_aProjectWordInsideAnOrganizationsNameIsNoProjectButAProjectsOrganKeepsIt() {
        assertTrue(projects("青禾博岭工程设计（北京）有限公司总经理出席。").isEmpty());
        assertTrue(projects("东岭大学汽车工程开发研究院副院长接受采访。").isEmpty());
        assertEquals(List.of("昆明至玉溪高速公路工程"), names(projects("昆明至玉溪高速公路工程建设指挥部今天成立。")));
    }

    @Test
    void entity_aDealOrJudgementVerbMakesAClause() {
        assertTrue(projects("此次事故再次引起环保组织广泛质疑石油公司深海钻探项目的安全性。").isEmpty());
    }

    @Test
    void entity_aNameCutFromALongerWordIsNoProject() {
        assertTrue(names(projects("行业新进入者ABCD项目最早也要到明年才建成。")).stream().noneMatch(n -> n.startsWith("者")));
        assertTrue(names(projects("公司宣布暂停Gold Hill铁矿项目。")).stream().noneMatch(n -> n.startsWith("Hill")));
    }

    @Test
    void entity_twoThingsJoinedAreNoOneProject() {
        assertTrue(names(projects("双方签约两个项目，分别为青禾项目和东岭碧海湾综合旅游项目。")).stream().noneMatch(n -> n.contains("项目和")));
    }

    @Test
    void entity_aKindOfProductOrPlantIsNoProjectWhateverItCosts() {
        assertTrue(projects("公司将引进中速柴油发动机项目，并向建设高速柴油发动机项目的目标推进。").isEmpty());
        assertTrue(projects("青禾钢铁公司投资90亿元的300万吨特钢项目，今年初已经开工建设。").isEmpty());
        assertTrue(projects("该县先后引进投资1.5亿元的青禾食品、投资1.2亿元的白鹭食品等企业。").isEmpty());
        assertTrue(projects("经营智慧亦可运用于现代商业管理项目。").isEmpty());
        assertTrue(projects("明年为昆明市太阳能光伏项目的大建设年。").isEmpty());
        assertTrue(projects("平均每4天就有一家国际品牌酒店开业。").isEmpty());
        assertTrue(projects("双方就在昆明合作建设青禾锂业公司项目进行了商谈。").isEmpty());
    }

    @Test
    void entity_aSiteAfterLocatedAndANameHoldingAnAsideAreNoProjects() {
        assertTrue(names(projects("青禾葡萄酒城位于昆明市盘龙区中心城，项目总投资10亿元。")).stream().noneMatch(n -> n.startsWith("昆明")));
        assertTrue(projects("青禾钢铁公司（下称“青钢”）钢铁项目一期技改工程举行开工仪式。").isEmpty());
        assertTrue(names(projects("启动建设青禾路2号地块、白鹭河东侧等10余个停车场建设项目。")).stream().noneMatch(n -> n.endsWith("东侧")));
    }
    @Test
    void entity_aDescribedThingAfterAPointerOrPossessiveIsNoName() {
        assertTrue(projects("据介绍，该冷链仓储项目占地两百亩，投资3亿元。").isEmpty());
        List<String> p = names(projects("青禾集团与白鹭县签约青禾果蔬交易中心项目，该项目及其关联配套项目总投资为60亿元。"));
        assertEquals(List.of("青禾果蔬交易中心项目"), p);
    }

    @Test
    void entity_whatFollowsSuoIsARelativeClause() {
        assertTrue(projects("正如他所累述甘肃水利项目全面开工。").isEmpty());
    }

    @Test
    void entity_aProjectWordBeforeHeJoinsTwoThingsHoweverTheSegmenterReadsWhatFollows() {
        assertTrue(names(projects("两家企业此次共签下两个项目：青禾钢铁项目和龙海白鹭湾文旅项目。"))
                .stream().noneMatch(n -> n.contains("项目和")));
    }

    @Test
    void entity_aRankRightBeforeTheProjectWordMakesAClass() {
        assertTrue(names(projects("江西省属企业技术改造重大项目昨日集中启动。"))
                .stream().noneMatch(n -> n.endsWith("重大项目")));
    }

    @Test
    void entity_aKindOfPlantAndItsPhaseIsNoProject() {
        assertTrue(projects("青禾米业规划的大米加工厂一期年加工能力8万吨。").isEmpty());
        List<String> p = names(projects("今年将加快青禾芯片重大项目二期、白鹭光电产业园等项目建设。"));
        assertTrue(p.contains("青禾芯片重大项目二期"), p.toString()); // the phase of a project, not of a kind of plant
    }

    @Test
    void entity_theOtherPartyOfASigningIsAnOrganization() {
        assertTrue(projects("会上，白鹭商会与青禾会展中心签署了合作协议。").isEmpty());
    }

    @Test
    void entity_aDepartmentJoiningTwoFieldsIsNoProject() {
        assertTrue(projects("青禾大学土木工程与力学系的一位教授说，新材料前景广阔。").isEmpty());
    }

    @Test
    void entity_aListOfOrganizationsNamesNoProjects() {
        assertTrue(projects("该软件已用于白鹭省财政厅、青禾市档案局、北湖区民政局、南岭县信息中心等单位的信息化项目。").isEmpty());
    }

    @Test
    void entity_aListedKindAcronymNamesNothing() {
        assertTrue(names(projects("募集资金将用于光纤预制棒、海缆、FTTx接入网(ODN)产品等3个项目。"))
                .stream().noneMatch(n -> n.contains("FTTx")));
    }

    @Test
    void entity_aListedQuotedSloganIsAProgramme() {
        assertTrue(names(projects("当地推行过“阳光计划”、“光明工程”、“电力下乡”等农村电力工程。"))
                .stream().noneMatch(n -> n.contains("光明工程")));
    }

    @Test
    void entity_aListedKindBeforeTheSentencesAmountIsNoProject() {
        assertTrue(projects("以一座焦化厂为例，配套干熄焦、脱硫装置，项目总投资约10亿元。").isEmpty());
    }

    @Test
    void entity_twoActsOnTheirObjectsAreAnActivityNotACoinedName() {
        assertTrue(names(projects("市里把道路保洁、控源截污工程、绿地养护等一批民生项目纳入采购。"))
                .stream().noneMatch(n -> n.contains("控源截污")));
    }

    @Test
    void entity_theItemsOfAListComeAfterWhatIntroducesThem() {
        List<String> p = names(projects("今年开工的几个高速公路项目有神木-府谷、北湖-南岭等6个项目。"));
        assertTrue(p.contains("北湖-南岭"), p.toString());
        assertTrue(p.stream().noneMatch(n -> n.contains("项目有")), p.toString());
    }
    @Test
    void entity_whatFollowsSuoIsAClauseEvenWithAPlaceInIt() {
        assertTrue(projects("如我们前文所累述新疆基建项目已陆续开工。").isEmpty());
    }

    @Test
    void entity_unknownCharactersBeforeAnActivityAreItsObjectNotACoinedName() {
        assertTrue(projects("公司拟把募资用于光棒扩建项目。").isEmpty());
        assertTrue(names(projects("新区今年推进三项工程：亲水绿化工程、北湖公园工程和危房改造工程。"))
                .stream().noneMatch(n -> n.contains("亲水")));
    }

    @Test
    void entity_aQuotedNumberedThingIsAProjectOnlyWhereTheClauseBuildsIt() {
        assertTrue(projects("青禾农场培育出的“白鹭一号”金银花亩产提高三成。").isEmpty());
        assertTrue(projects("据通报，与“白鹭1号”钻井平台相连的一段输油管出现破损。").isEmpty());
        assertEquals(List.of("“青禾3号”钻井平台"), names(projects("“青禾3号”钻井平台投入使用。")));
    }

    @Test
    void entity_anInvestedThingInAClauseLeftUnsegmentedEndsBeforeItsAct() {
        String s = "此外，总投资12亿元的青禾湖50MW光伏电站建设已启动。";
        List<EntityMention> p = ENTITIES.projects(s, List.of(), 0, List.of());
        assertEquals(List.of("青禾湖50MW光伏电站"), names(p));
        assertEquals(1_200_000_000L, p.get(0).investmentYuan());
    }
    @Test
    void entity_aPlaceAndOneFieldOfWorksIsACategory() {
        assertTrue(projects("白鹭大道是余姚市交通工程中投资最多的一条路。").isEmpty());
    }

    @Test
    void entity_anInvestorAndItsVerbTaggedAsANounAreNoPartOfTheName() {
        List<String> p = names(projects("据报道，中铁建投资老挝铁路项目出现亏损。"));
        assertTrue(p.contains("老挝铁路项目"), p.toString());
        assertTrue(p.stream().noneMatch(n -> n.contains("投资")), p.toString());
    }

    @Test
    void entity_noNameOpensWithANumberSignAndAPlacesRealEstateIsAKind() {
        assertTrue(projects("将新建北湖3#-A地块、南岭路西侧等8个停车场项目。").isEmpty());
        assertTrue(projects("白鹭集团违规投资天津房地产项目。").isEmpty());
    }

    @Test
    void entity_aBackReferenceAfterTheParagraphsFirstSentencePointsToWhatThatSentenceIntroduced() {
        EntityMention earlier = new EntityMention("青禾大道工程", EntityMention.Type.PROJECT, null, 0, 6, null, null);
        String later = "北湖路西段是今年新开的一条道路。该项目全长5公里，总投资3.2亿元。";
        List<Token> tk = SEG.segment(later);
        assertTrue(ENTITIES.projects(later, tk, 100, List.of(), earlier).stream().noneMatch(e -> e.investmentYuan() != null));
        String first = "该项目全长5公里，总投资3.2亿元。";
        List<EntityMention> p = ENTITIES.projects(first, SEG.segment(first), 100, List.of(), earlier);
        assertEquals(List.of("青禾大道工程"), names(p));
        assertEquals(320_000_000L, p.get(0).investmentYuan());
    }

    @Test
    void entity_aDistrictAndTheProjectWordAloneAreItsWorksInGeneral() {
        assertTrue(projects("他说，滨江新区工程建设的事一般由指挥部决定。").isEmpty());
        assertTrue(projects("他说，荆州开发区工程建设的事一般由指挥部决定。").isEmpty());
        assertTrue(projects("据悉，岚州新区工程的进度由指挥部掌握。").isEmpty());
    }

    @Test
    void entity_aPlaceAndAPhaseAloneNameNoProject() {
        assertTrue(projects("当天，青禾文具采购基地在济宁二期项目正式授牌。").isEmpty());
        assertEquals(List.of("济宁港二期项目"), names(projects("当天，济宁港二期项目正式开工。")));
    }

    @Test
    void entity_aLineNumberAfterTheProjectWordBelongsToTheName() {
        List<String> p = names(projects("此外，白鹭市轨道交通工程2号线全长30公里，总投资120亿元。"));
        assertTrue(p.stream().noneMatch(n -> n.endsWith("工程")), p.toString());
    }

    @Test
    void entity_aRouteJoinedByATildeNamesBothEnds() {
        List<String> p = names(projects("将建设±800千伏锡林～青岛直流工程。"));
        assertTrue(p.stream().noneMatch(n -> n.equals("青岛直流工程")), p.toString());
        assertEquals(List.of("锡林～青岛直流工程"), names(projects("将建设锡林～青岛直流工程。")));
    }

    /** The list pattern's start gate (等, or the first numeral of a count going on to 个) finds what {@code find} finds. */
    @Test
    void listedStartGate_agreesWithFindOnRandomStrings() {
        String[] parts = {"等", "在内的", "一批", "一", "十", "两", "3", "12", "个", "项目", "工程", "高速公路", "铁路", "，", "、", "。", "甲", "乙港", "年"};
        java.util.Random r = new java.util.Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(14);
            for (int i = 0; i < k; i++) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String s = b.toString();
            List<String> plain = new java.util.ArrayList<>();
            java.util.regex.Matcher m = EntityRecognizer.LISTED.matcher(s);
            while (m.find()) {
                plain.add(m.start() + "-" + m.end());
            }
            List<String> gated = new java.util.ArrayList<>();
            java.util.regex.Matcher g = EntityRecognizer.LISTED.matcher(s);
            for (int at = 0; EntityRecognizer.LISTED_STARTS.find(g, s, at); at = newsgraph.extract.text.StartGate.next(g)) {
                gated.add(g.start() + "-" + g.end());
            }
            assertEquals(plain, gated, () -> "on \"" + s + "\"");
        }
    }

    private static List<String> orgs(String s) {
        return names(ENTITIES.organizations(s, SEG.segment(s), 0));
    }

    @Test
    void organization_aDepartmentNamedByItsFieldAloneIsOne() {
        assertEquals(List.of("水利部"), orgs("据水利部介绍，临江水库工程已完成主体施工。"));
        assertTrue(orgs("会议邀请了临江省科技厅、民政厅等省直部门相关负责同志。").contains("民政厅"));
    }

    @Test
    void organization_aOneCharacterEndingOfACommonWordNamesNoBody() {
        assertEquals(List.of(), orgs("要关心广大干部，服务发展格局，带动中国西部。"));
    }

    @Test
    void organization_theVerbGoverningANameIsNotInIt() {
        assertEquals(List.of("临江市委"), orgs("王海一行拜会临江市委。"));
        assertEquals(List.of("中共临江省委办公厅"), orgs("会议传达学习中共临江省委办公厅关于做好防汛工作的通知。"));
    }

    @Test
    void organization_aVerbOrPrepositionBeforeAWordThatIsTheBodyIsNotInTheName() {
        assertEquals(List.of("民政厅"), orgs("专家组成员来自民政厅。"));
        assertEquals(List.of("水利部"), orgs("工作人员来自水利部。"));
        assertEquals(List.of("铁道部"), orgs("工作人员来自铁道部。"));
        assertEquals(List.of("财政部"), orgs("按照财政部要求，开展检查。"));
        // a brand the segmenter tags nz, then the suffix alone (its tags written out: no fictional brand here gets nz)
        List<Token> brand = List.of(new Token("底气", "n", 0, 2), new Token("来自", "v", 2, 4), new Token("青禾", "nz", 4, 6), new Token("公司", "nis", 6, 8), new Token("。", "w", 8, 9));
        assertEquals(List.of("青禾公司"), names(ENTITIES.organizations("底气来自青禾公司。", brand, 0)));
    }

    @Test
    void organization_aVerbBeforeTheSuffixAloneOrBeforeAPlainWordStaysInTheName() {
        assertEquals(List.of("兴业银行"), orgs("他说，兴业银行将提供贷款。"), "the word is the suffix alone");
        assertEquals(List.of("临江安装技师学院"), orgs("他毕业于临江安装技师学院。"), "安装 before 技师, not before the body");
        assertEquals(List.of("临江职业技术学院"), orgs("他毕业于临江职业技术学院。"));
        assertEquals(List.of("临江出版发行集团公司"), orgs("他任职于临江出版发行集团公司。"), "集团公司 is a kind of body, not one");
    }

    @Test
    void organization_aVerbBeforeTheSuffixAsACommonNounNamesNothing() {
        assertEquals(List.of(), orgs("这些新品进入大型超市以前，都要征求发改委意见。"));
        assertEquals(List.of("青禾银行"), orgs("他说，青禾银行将提供贷款。"), "a name opening a clause");
    }

    @Test
    void organization_aDelegationEndsTheNameAfterIt() {
        assertEquals(List.of("青禾控股集团"), orgs("6月9日，王海一行与青禾控股集团进行了交流。"));
    }

    @Test
    void organization_aReportersBracketIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("临江省人民政府", "白鹭省人民政府"), orgs("新华社临江5月2日电（记者王海）临江省人民政府和白鹭省人民政府1日在临江签署合作协议。"));
    }

    @Test
    void organization_theItemsOfAListOfCompaniesAreOrganizations() {
        assertEquals(List.of("青禾科技", "白鹭湾集团", "蓝湖智造"), orgs("会上，青禾科技、白鹭湾集团、蓝湖智造等民营企业负责人发言。"));
        assertEquals(List.of(), orgs("钢铁、化工、新材料等企业加快转型。"), "trades, not bodies");
        assertEquals(List.of(), orgs("与驻地学校、农场、部队等单位联系。"), "kinds of body, not bodies");
    }

    @Test
    void organization_shopsAndInspectionTeamsAreBodies() {
        assertEquals(List.of("青禾超市"), orgs("青禾超市采购经理来到田头。"));
        assertEquals(List.of("全国人大常委会执法检查组"), orgs("他会见了全国人大常委会执法检查组。"));
    }

    /**
     * The suffix rules drop a suffix by its characters where the segment stage left it without words
     * ({@code suffixMayName}, {@code orgSuffixMayName}: the segment stage asks the same). Held here to the rules without those gates, on random paragraphs of the
     * pieces the gates read (marks that stop the walk or that it jumps over, generic and rank words,
     * counts, phases, verbs, names, suffixes): a gate that drops what a rule would take fails this.
     */
    @Test
    void entity_theCharacterGatesDropNothingTheRulesWouldTake() {
        Lexicons lex = Lexicons.load();
        EntityRecognizer reference = new EntityRecognizer(lex, EntityRecognizer.Gates.NEVER);
        EntityRecognizer gated = new EntityRecognizer(lex, EntityRecognizer.Gates.ALWAYS);
        String[] pieces = {"，", "、", "：", "“", "”", "（", "）", "。", "项目", "工程", "建设项目", "中心", "平台", "基地", "局", "部",
            "厅", "协会", "公司", "集团", "研究院", "重点", "重大", "新建", "产业", "示范", "民生", "招商引资", "我国", "推进", "抓",
            "开工", "投产", "建设", "落户", "12个", "3项", "一期", "二期", "2号线", "等", "总投资5亿元", "投资3亿元的", "青山", "白鹭",
            "临江市", "青山区", "冷链", "物流", "湖畔花园", "智能", "装备", "市", "区", "的", "和", "布", "开", "大", "全"};
        int taken = 0;
        for (String s : randomParagraphs(pieces, 20261401)) {
            List<Token> tk = SEG.segment(s);
            List<EntityMention> parks = ENTITIES.parks(s, tk, 0);
            List<EntityMention> projects = reference.projects(s, tk, 0, parks);
            List<EntityMention> orgs = reference.organizations(s, tk, 0);
            assertEquals(projects, gated.projects(s, tk, 0, parks), s);
            assertEquals(orgs, gated.organizations(s, tk, 0), s);
            taken += projects.size() + orgs.size();
        }
        assertTrue(taken > 1000, "the paragraphs name projects and organizations: " + taken); // or the test proves nothing
    }

    /**
     * The park rule drops a suffix by its characters where the segment stage left it without words
     * ({@code parkSuffixMayName}: the segment stage asks the same). Held here to the rule without
     * that gate on random paragraphs of the pieces the gate reads (marks that stop the walk or that it
     * jumps over, generic words, an office after the suffix, verbs, places, names, suffixes): a gate
     * that drops what the rule would take fails this.
     */
    @Test
    void entity_theParkGateDropsNothingTheRuleWouldTake() {
        Lexicons lex = Lexicons.load();
        EntityRecognizer reference = new EntityRecognizer(lex, EntityRecognizer.Gates.NEVER);
        EntityRecognizer gated = new EntityRecognizer(lex, EntityRecognizer.Gates.ALWAYS);
        String[] pieces = {"，", "、", "：", "“", "”", "（", "）", "。", "《", "》", "园区", "产业园", "开发区", "经济区", "高新区", "片区",
            "自贸片区", "合作区", "试验区", "示范区", "生态园", "物流园", "新区", "管委会主任", "工委书记", "专业", "新兴产业", "重点", "省级",
            "国家级", "挂牌", "特色", "出台", "建设", "加快", "推动", "位于", "入驻", "在", "和", "及", "4个", "7家", "青山", "白鹭", "临江市",
            "青山区", "冷链", "智能", "装备", "湖畔", "软件", "市", "区", "的", "大", "全"};
        int taken = 0;
        for (String s : randomParagraphs(pieces, 20261501)) {
            List<Token> tk = SEG.segment(s);
            List<EntityMention> parks = reference.parks(s, tk, 0);
            assertEquals(parks, gated.parks(s, tk, 0), s);
            taken += parks.size();
        }
        assertTrue(taken > 600, "the paragraphs name parks: " + taken); // or the test proves nothing
    }

    /** 4,000 paragraphs of 2 to 11 pieces each, drawn with the seed: what the gate tests read. */
    private static List<String> randomParagraphs(String[] pieces, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = 2 + random.nextInt(10); n > 0; n--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }
}
