package newsgraph.model;

import java.util.List;
import java.util.Objects;

/** A whole extraction run: the top-level object of an extraction-v1 JSON file. */
public record Extraction(String format, List<DocumentExtraction> documents) {
    public static final String FORMAT = "extraction-v1";

    public Extraction {
        Objects.requireNonNull(format, "format");
        documents = List.copyOf(documents);
    }

    public static Extraction of(List<DocumentExtraction> documents) {
        return new Extraction(FORMAT, documents);
    }
}
