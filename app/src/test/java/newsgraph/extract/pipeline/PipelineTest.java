package newsgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import newsgraph.extract.Shared;
import org.junit.jupiter.api.Test;

class PipelineTest {

    /** A stage that only declares what it needs and makes. */
    private record Declared(String name, Set<Slot> requires, Set<Slot> produces) implements Stage {
        @Override
        public void run(Document doc) {}
    }

    @Test
    void pipeline_refusesAStageWhoseInputNoEarlierStageProduces() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(
                new CleanStage(),
                new Declared("people-too-early", Set.of(Slot.TOKENS), Set.of(Slot.PEOPLE)))));
        assertEquals("stage 'people-too-early' requires TOKENS, which no earlier stage produces", e.getMessage());
    }

    @Test
    void document_namesTheSlotThatIsNotFilledYet() {
        Document doc = new Document("a.txt", "本报讯 甲。", null);
        IllegalStateException e = assertThrows(IllegalStateException.class, doc::page);
        assertTrue(e.getMessage().startsWith("ARTICLES is not filled yet"), e.getMessage());
    }

    @Test
    void extractor_timesEveryStageInOrder() {
        StageTimes times = new StageTimes();
        Shared.extractor().extract("t.txt", "本报讯 3月2日，东岳区召开安全生产工作会议。区长王明远出席并讲话。", null, times);
        assertEquals(List.of("clean", "split", "dates", "segment", "people", "events", "entities", "assemble"),
                List.copyOf(times.snapshot().keySet()));
        assertTrue(times.snapshot().values().stream().allMatch(n -> n >= 0));
        assertTrue(times.total() > 0);
        assertEquals(times.snapshot().values().stream().mapToLong(Long::longValue).sum(), times.total());
    }

    @Test
    void extractor_pipelineIsCheckedWhenBuilt() {
        // every required slot of the real pipeline is produced earlier: building it did not throw
        List<Stage> stages = Shared.extractor().pipeline().stages();
        assertEquals(Slot.RESULT, stages.get(stages.size() - 1).produces().iterator().next());
    }
}
