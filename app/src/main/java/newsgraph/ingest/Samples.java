package newsgraph.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsgraph.model.DocumentExtraction;
import newsgraph.model.Extraction;
import newsgraph.util.ClasspathFolder;

/**
 * The sample articles bundled in {@code samples/}: short texts we wrote in the genre of the corpus
 * (fictional people and places) — a meeting with 出席/主持/讲话, a 会见, a park project with 亿元, a
 * signing with 主办/协办/承办, and two meetings a year apart in which 东岳自贸片区管委主任 changes
 * hands. Each {@code NN-name.txt} has a hand annotation beside it, {@code NN-name.json}
 * (extraction-v1), with the evidence offsets into the text.
 */
public final class Samples {

    /** One sample: its file name, its text, and its hand annotation. */
    public record Sample(String file, String text, DocumentExtraction annotation) {}

    private Samples() {}

    public static List<Sample> bundled() {
        Map<String, String> texts = ClasspathFolder.read("samples", ".txt");
        Map<String, String> annotations = ClasspathFolder.read("samples", ".json");
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Sample> samples = new ArrayList<>();
        texts.forEach((file, text) -> {
            String annotationFile = file.replaceFirst("\\.txt$", ".json");
            String annotation = annotations.get(annotationFile);
            if (annotation == null) {
                throw new IllegalStateException("samples/" + file + " has no annotation samples/" + annotationFile);
            }
            try {
                Extraction e = json.readValue(annotation, Extraction.class);
                samples.add(new Sample(file, text, e.documents().getFirst()));
            } catch (IOException e) {
                throw new UncheckedIOException("samples/" + annotationFile + ": " + e.getMessage(), e);
            }
        });
        if (samples.isEmpty()) {
            throw new IllegalStateException("no samples/*.txt on the classpath");
        }
        return samples;
    }
}
