package newsgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsgraph.extract.date.DateResolver;
import newsgraph.extract.entity.EntityRecognizer;
import newsgraph.extract.event.EventMerger;
import newsgraph.extract.event.EventRecognizer;
import newsgraph.extract.event.ParticipantLinker;
import newsgraph.extract.lexicon.Lexicons;
import newsgraph.extract.people.PersonRecognizer;
import newsgraph.extract.pipeline.AssembleStage;
import newsgraph.extract.pipeline.CleanStage;
import newsgraph.extract.pipeline.DateStage;
import newsgraph.extract.pipeline.Document;
import newsgraph.extract.pipeline.EntityStage;
import newsgraph.extract.pipeline.EventStage;
import newsgraph.extract.pipeline.PeopleStage;
import newsgraph.extract.pipeline.Pipeline;
import newsgraph.extract.pipeline.SegmentStage;
import newsgraph.extract.pipeline.SplitStage;
import newsgraph.extract.pipeline.StageTimes;
import newsgraph.extract.segment.HanLpSegmenter;
import newsgraph.extract.segment.Segmenter;
import newsgraph.extract.segment.WordTriggers;
import newsgraph.extract.text.InputDecoder;
import newsgraph.model.DocumentExtraction;

/**
 * The extractor: one document in, one {@link DocumentExtraction} out. Build it once (lexicons and
 * HanLP dictionaries load in the constructor) and reuse it: {@link #extract} is thread-safe.
 *
 * <p>A {@link Pipeline} of stages over one {@link Document} (package {@code pipeline}): clean →
 * split into articles → dates → segment → people → events → parks, projects, organizations →
 * extraction-v1 records. Each stage delegates to the recognizer of its feature package (text,
 * article, date, segment, people, event, entity). Evidence offsets refer to the original text.
 */
public final class Extractor {
    private final Lexicons lex;
    private final Pipeline pipeline;
    private final InputDecoder decoder = new InputDecoder();

    public Extractor() {
        this(Lexicons.load(), new HanLpSegmenter());
    }

    public Extractor(Lexicons lex, Segmenter segmenter) {
        this(lex, segmenter, false);
    }

    /**
     * {@code segmentEverything}: give every clause to the segmenter, not only those holding a
     * {@link WordTriggers} word — slower, same output; the reference for testing that claim.
     */
    public Extractor(Lexicons lex, Segmenter segmenter, boolean segmentEverything) {
        this.lex = lex;
        DateResolver dates = new DateResolver(lex.yearContext());
        PersonRecognizer people = new PersonRecognizer(lex, segmenter);
        WordTriggers triggers = wordTriggers(lex, people);
        this.pipeline = new Pipeline(List.of(
                new CleanStage(),
                new SplitStage(lex.surnames()),
                new DateStage(dates),
                new SegmentStage(segmenter, segmentEverything ? null : triggers),
                new PeopleStage(people),
                new EventStage(new EventRecognizer(lex), new ParticipantLinker(lex), new EventMerger(lex), dates),
                new EntityStage(new EntityRecognizer(lex)),
                new AssembleStage()));
    }

    /**
     * The segment stage's gate: the trigger words, a project, organization or park suffix where the entity
     * rules may take it, a role verb where the people rule may (or in a clause an investment-anchored
     * name reads).
     */
    public static WordTriggers wordTriggers(Lexicons lex, PersonRecognizer people) {
        EntityRecognizer entities = new EntityRecognizer(lex);
        return new WordTriggers(lex, new WordTriggers.Cues(entities::projectSuffixCue, entities::orgSuffixCue,
                WordTriggers.Cue.either(people::roleVerbCue, EntityRecognizer::investedClauseCue), entities::parkSuffixCue));
    }

    /**
     * Reads and extracts a file; input that cannot be read as a news page (no regular file, too
     * large, binary, undecodable) gives {@link DocumentExtraction#failed} with the reason.
     */
    public DocumentExtraction extractFile(Path file, LocalDate publicationDate) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        InputDecoder.Decoded d = decoder.read(file);
        if (d.error() != null) {
            return DocumentExtraction.failed(name, d.error());
        }
        return extract(name, d.text(), publicationDate);
    }

    /** Extracts one document's text. {@code publicationDate} may be null (the year is then read from the text). */
    public DocumentExtraction extract(String fileName, String text, LocalDate publicationDate) {
        return extract(fileName, text, publicationDate, null);
    }

    /** As {@link #extract(String, String, LocalDate)}, adding each stage's time to {@code times} (may be null). */
    public DocumentExtraction extract(String fileName, String text, LocalDate publicationDate, StageTimes times) {
        return pipeline.run(new Document(fileName, text, publicationDate), times).result();
    }

    /** The stages in order (for tools that report on them). */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** The lexicons in use (for tools that report on them). */
    public Lexicons lexicons() {
        return lex;
    }
}
