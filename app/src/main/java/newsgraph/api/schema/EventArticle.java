package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;

/** An article that reports an event or names it in passing. */
@Schema(description = "An article about the event: reports it, or only mentions it.")
public record EventArticle(
        @Schema(description = "GET /api/articles/{id}.", example = "5f0c3e1d2a9b4c6d8e7f60718293a4b5") String id,
        @Schema(example = "东岳新区自贸片区建设推进会议召开", nullable = true) String title,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String date,
        @Schema(description = "The file it was read from.", example = "01-meeting-2023.txt", nullable = true) String file,
        @Schema(nullable = true) String url,
        @Schema(example = "东岳新区报", nullable = true) String source,
        @Schema(description = "True when the article reports the event, false when it only mentions it.") boolean reports,
        @Schema(description = "Its opening words, when it was printed without a headline.", nullable = true) String lead) {
}
