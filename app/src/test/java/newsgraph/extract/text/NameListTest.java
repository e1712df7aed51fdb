package newsgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link PageCleaner#nameList} is the regex {@link PageCleaner#NAME_LIST} written out by hand. */
class NameListTest {
    @Test
    void agreesWithTheRegexOnRandomStrings() {
        String[] parts = {"记者", "通讯员", "实习生", "作者", "主编", "美编", "审读", "排版", "责编", "责任编辑", "校对",
                "摄", "摄影", "记", "者", "张三", "，", "。", "；", " ", "\t", "\n", "\r", "\u000B", "\f", "\u3000",
                "□", "■", "\u0085", "\u2028", "\u2029", "a", "本报", "\uD842\uDFB7", "影", "编"};
        Random r = new Random(42);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(14);
            for (int i = 0; i < k; i++) {
                String p = parts[r.nextInt(parts.length)];
                int rep = r.nextInt(5) == 0 ? 1 + r.nextInt(8) : 1;
                for (int j = 0; j < rep; j++) {
                    b.append(p);
                }
            }
            String s = b.toString();
            assertEquals(PageCleaner.NAME_LIST.matcher(s).find(), PageCleaner.nameList(s), () -> "for \"" + s + "\"");
        }
    }
}
