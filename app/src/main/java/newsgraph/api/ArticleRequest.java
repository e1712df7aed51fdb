package newsgraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One article posted to the API: its text, and optionally title, publication date, source, URL and
 * the region it reports on.
 * Built from the JSON object with every field checked, so a typo ({@code "txt"}) is an error that
 * names it rather than an article silently missing its text.
 */
@Schema(description = "An article to read: its text (required) and what is known about it.", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
public record ArticleRequest(
        @Schema(description = "The article's text, Chinese, at most 200,000 characters (NEWSGRAPH_EXTRACT_MAX_CHARS).",
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "本报讯 3月2日，临江市东岳区召开招商引资工作推进会议。东岳区委书记李明远出席会议并讲话。") String text,
        @Schema(description = "The headline; when given it is the article's title (a page of several articles keeps the headlines found in it).", example = "东岳区召开招商引资工作推进会议",
                nullable = true) String title,
        @Schema(description = "Publication date; without it, the date is read from the text.", example = "2024-03-02",
                nullable = true) LocalDate date,
        @Schema(description = "The outlet, e.g. a newspaper; gives the region through lexicons/sources.tsv.", example = "临江日报",
                nullable = true)
        String source,
        @Schema(description = "Where the article was published.", example = "https://news.example/2024/0302/1.html",
                nullable = true) String url,
        @Schema(description = "The region the article reports on, when known.", example = "临江市东岳区", nullable = true)
        String region) {

    static final List<String> FIELDS = List.of("text", "title", "date", "source", "url", "region");

    /** The request Swagger UI's "Try it out" starts from: fictional, and one the extractor reads. */
    static final String EXAMPLE = "{\"text\": \"本报讯 3月2日，临江市东岳区召开招商引资工作推进会议。东岳区委书记李明远出席会议并讲话。\","
            + " \"title\": \"东岳区召开招商引资工作推进会议\", \"date\": \"2024-03-02\"}";

    /**
     * @param maxChars the longest text accepted (newsgraph.extraction.max-chars)
     * @throws IllegalArgumentException saying which field is missing, unknown or malformed
     * @throws HttpStatusException 413 when the text is longer than {@code maxChars}
     */
    public static ArticleRequest from(Map<String, Object> body, int maxChars) {
        if (body == null) {
            throw new IllegalArgumentException("send a JSON object with at least \"text\"");
        }
        var unknown = new TreeSet<>(body.keySet());
        FIELDS.forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown field" + (unknown.size() > 1 ? "s " : " ") + unknown
                    + "; an article takes " + FIELDS);
        }
        String text = string(body, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing \"text\": the article's text is required");
        }
        if (text.length() > maxChars) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "\"text\" is too long: " + text.length()
                    + " characters, the limit is " + maxChars + " (split it into articles or pages)");
        }
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            throw new IllegalArgumentException("\"text\" has no Chinese characters: newsgraph reads Chinese news");
        }
        String date = string(body, "date");
        LocalDate parsed = null;
        if (date != null && !date.isBlank()) {
            try {
                parsed = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, got '" + date + "'");
            }
        }
        return new ArticleRequest(text, string(body, "title"), parsed, string(body, "source"), string(body, "url"),
                string(body, "region"));
    }

    private static String string(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
}
