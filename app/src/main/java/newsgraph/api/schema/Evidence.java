package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The sentence of one article that states a fact. {@code start}/{@code end} are the sentence's
 * [start, end) offsets in that article's {@code text} (GET /api/articles/{id}), null when the
 * extractor gave no sentence or the stored text no longer holds it.
 */
@Schema(description = "The sentence of one article that states a fact, where it is in the article's text, and the article.")
public record Evidence(
        @Schema(description = "The sentence as written (empty when the extractor gave none).",
                example = "东岳新区工委副书记、区长林海峰出席会议并讲话。") String sentence,
        @Schema(description = "Offset of the sentence's first character in the article's text (UTF-16 units), or null.",
                example = "107", nullable = true) Integer start,
        @Schema(description = "Offset just past the sentence's last character, or null.", example = "130",
                nullable = true) Integer end,
        @Schema(description = "The article's id.", example = "5f0c3e1d2a9b4c6d8e7f60718293a4b5") String articleId,
        @Schema(description = "The article's headline, or its opening words when it was printed without one.",
                example = "东岳新区自贸片区建设推进会议召开", nullable = true) String articleTitle,
        @Schema(description = "Where the article is: GET this path for its text.",
                example = "/api/articles/5f0c3e1d2a9b4c6d8e7f60718293a4b5") String href) {
}
