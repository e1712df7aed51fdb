package newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link StartGate} gives the matches of {@link Matcher#find}, lookbehinds, anchors and lazy groups included. */
class StartGateTest {
    private static List<String> plain(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    private static List<String> gated(Pattern p, StartGate gate, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int at = 0; gate.find(m, s, at); at = StartGate.next(m)) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    @Test
    void agreesWithFindOnRandomStrings() {
        Pattern[] patterns = {
            Pattern.compile("等([一二三\\d]+个)?[^，。]{0,3}?项目|(?<=[^\\d一二三])([\\d一二三]+)个项目"),
            Pattern.compile("(?:在([^，。]{1,4}?))?(?:正式)?(召开|开幕)(?=[，。]|$)"),
            Pattern.compile("^(在)|(召开)$"),
        };
        String[] gates = {"等0123456789一二三", "在正召开", "在召"};
        String[] parts = {"等", "一", "二", "三", "1", "23", "个", "项目", "项", "目", "，", "。", "在", "正式", "召开", "开幕", "会", "甲"};
        Random r = new Random(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(16);
            for (int i = 0; i < k; i++) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            String s = b.toString();
            for (int i = 0; i < patterns.length; i++) {
                Pattern p = patterns[i];
                assertEquals(plain(p, s), gated(p, new StartGate(gates[i]), s), () -> p + " on \"" + s + "\"");
            }
        }
    }

    @Test
    void stopsBeforeTheGivenEnd() {
        Pattern p = Pattern.compile("(召开)");
        String s = "召开，召开";
        Matcher m = p.matcher(s);
        StartGate gate = new StartGate("召");
        assertEquals(true, gate.find(m, s, 1, 4));
        assertEquals(3, m.start());
        assertEquals(false, gate.find(m, s, 1, 3));
    }
}
