package newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import newsgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** {@link HappensRule#matches}, which tries its pattern only near a verb that ends a clause, gives what plain find gives. */
class HappensRuleTest {
    private static final HappensRule RULE = new HappensRule(new RuleKit(Lexicons.load()));

    private static List<String> shown(List<MatchResult> ms) {
        return ms.stream().map(m -> m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2)).toList();
    }

    @Test
    void agreesWithFindOnRandomSentences() {
        String[] parts = {"在", "市民中心", "某某", "会议", "论坛", "工程", "项目", "协议", "隆重", "正式", "顺利", "完成",
                "召开", "举行", "开幕", "开工", "签约", "签署", "召", "开", "签", "，", "。", "；", "！", "、", "\uD842\uDFB7",
                "1", "年", "的", "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"};
        Random r = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(20);
            for (int i = 0; i < k; i++) {
                String p = parts[r.nextInt(parts.length)];
                int rep = r.nextInt(6) == 0 ? 1 + r.nextInt(30) : 1; // runs long enough to pass the place's 25
                for (int j = 0; j < rep; j++) {
                    b.append(p);
                }
            }
            String s = b.toString();
            assertEquals(shown(RULE.matchesByFind(s)), shown(RULE.matches(s)), () -> "for \"" + s + "\"");
        }
    }
}
