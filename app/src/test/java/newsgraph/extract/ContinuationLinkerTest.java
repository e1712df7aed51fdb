package newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsgraph.cli.ExtractCommand;
import newsgraph.model.ArticleExtraction;
import newsgraph.model.Continuation;
import newsgraph.model.Continuation.ArticleRef;
import newsgraph.model.DocumentExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two fictional pages of one issue: two front-page articles go on to page 2, in the other order there. */
class ContinuationLinkerTest {
    private static final String FRONT = String.join("\n",
            "　　□记者 赵海涛 报道",
            "　　本报讯 3月2日上午，东岳新区海洋牧场建设推进会议召开。东岳新区工委书记李明远出席会议并讲话。",
            "　　李明远强调，要加快深远海养殖工船和海洋牧场平台建设，推动渔业转型，全区（下转第二版）",
            "",
            "　　□记者 孙晓雯 报道",
            "　　本报讯 3月2日下午，东岳新区召开老年大学办学工作座谈会。区委副书记韩立群出席。",
            "　　韩立群指出，老年大学要丰富书法、合唱、太极拳等课程，满足（下转第二版）");
    private static final String PAGE_TWO = String.join("\n",
            "（上接第一版）老年学员多样化学习需求。韩立群要求，要把老年大学办学工作摆上重要位置，让太极拳和书法课堂更加红火。",
            "",
            "　　□记者 钱文博 报道",
            "　　本报讯 3月1日，东岳新区举办春季植树活动。",
            "",
            "（上接第一版）海洋牧场和养殖工船建设要抓进度，深远海养殖产业链要延链补链，渔业转型要见实效。");
    private static final String OTHER_YEAR = String.join("\n",
            "（上接第一版）海洋牧场建设要抓进度，养殖工船要早日投产。",
            "",
            "　　□记者 钱文博 报道",
            "　　本报讯 2019年5月6日，南港区举办读书月活动。");

    @Test
    void linker_joinsEachRestToTheArticleItContinues(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p1.txt"), FRONT);
        Files.writeString(dir.resolve("p2.txt"), PAGE_TWO);
        List<DocumentExtraction> docs = ExtractCommand.run(Shared.extractor(), List.of(dir), null, System.err).documents();
        List<ArticleExtraction> front = docs.get(0).articles();
        List<ArticleExtraction> two = docs.get(1).articles();

        ArticleExtraction elderRest = two.get(0);
        ArticleExtraction oceanRest = two.get(2);
        assertEquals(new Continuation(1, null, new ArticleRef("p1.txt", 1), null), elderRest.continuation());
        assertEquals(new Continuation(1, null, new ArticleRef("p1.txt", 0), null), oceanRest.continuation());
        assertEquals(new Continuation(null, 2, null, new ArticleRef("p2.txt", 2)), front.get(0).continuation());
        assertEquals(new Continuation(null, 2, null, new ArticleRef("p2.txt", 0)), front.get(1).continuation());
        // the rest of an article is dated as the article; the page's own article is untouched
        assertEquals(front.get(0).date(), oceanRest.date());
        assertNull(two.get(1).continuation());
    }

    @Test
    void linker_leavesPagesOfAnotherYearApart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p1.txt"), FRONT.replace("3月2日", "2024年3月2日"));
        Files.writeString(dir.resolve("q2.txt"), OTHER_YEAR);
        List<DocumentExtraction> docs = ExtractCommand.run(Shared.extractor(), List.of(dir), null, System.err).documents();
        ArticleExtraction rest = docs.get(1).articles().get(0);
        assertEquals(new Continuation(1, null, null, null), rest.continuation());
        assertNull(rest.date());
        assertEquals(new Continuation(null, 2, null, null), docs.get(0).articles().get(0).continuation());
    }
}
