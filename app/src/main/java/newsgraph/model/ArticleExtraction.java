package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One article of a document. {@code date} is ISO (yyyy-MM-dd) or null when it could not be
 * resolved; {@code text} is the cleaned article text and {@code start}/{@code end} its span in the
 * source document; {@code continuation} (null for most articles) says where the page continues it;
 * {@code region} (null when unknown) is the region the article is about, with how it was known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleExtraction(
        String title,
        String date,
        List<String> reporters,
        List<Official> officials,
        List<Event> events,
        List<Organization> organizations,
        List<Park> parks,
        List<Project> projects,
        String text,
        int start,
        int end,
        Continuation continuation,
        Region region) {

    public ArticleExtraction(String title, String date, List<String> reporters, List<Official> officials,
                             List<Event> events, List<Organization> organizations, List<Park> parks,
                             List<Project> projects, String text, int start, int end) {
        this(title, date, reporters, officials, events, organizations, parks, projects, text, start, end, null, null);
    }

    public ArticleExtraction(String title, String date, List<String> reporters, List<Official> officials,
                             List<Event> events, List<Organization> organizations, List<Park> parks,
                             List<Project> projects, String text, int start, int end, Continuation continuation) {
        this(title, date, reporters, officials, events, organizations, parks, projects, text, start, end, continuation, null);
    }

    public ArticleExtraction {
        reporters = List.copyOf(Objects.requireNonNullElse(reporters, List.of()));
        officials = List.copyOf(Objects.requireNonNullElse(officials, List.of()));
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        organizations = List.copyOf(Objects.requireNonNullElse(organizations, List.of()));
        parks = List.copyOf(Objects.requireNonNullElse(parks, List.of()));
        projects = List.copyOf(Objects.requireNonNullElse(projects, List.of()));
    }

    public ArticleExtraction withContinuation(Continuation c) {
        return new ArticleExtraction(title, date, reporters, officials, events, organizations, parks, projects,
                text, start, end, c, region);
    }

    public ArticleExtraction withDate(String d) {
        return new ArticleExtraction(title, d, reporters, officials, events, organizations, parks, projects,
                text, start, end, continuation, region);
    }

    public ArticleExtraction withRegion(Region r) {
        return new ArticleExtraction(title, date, reporters, officials, events, organizations, parks, projects,
                text, start, end, continuation, r);
    }

    public ArticleExtraction withTitle(String t) {
        return new ArticleExtraction(t, date, reporters, officials, events, organizations, parks, projects,
                text, start, end, continuation, region);
    }
}
