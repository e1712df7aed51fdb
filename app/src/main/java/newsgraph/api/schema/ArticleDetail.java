package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/articles/{id}. */
@Schema(description = "An article: its text (evidence offsets point into it) and the events it reports or mentions.")
public record ArticleDetail(
        @Schema(example = "5f0c3e1d2a9b4c6d8e7f60718293a4b5") String id,
        @Schema(example = "东岳新区自贸片区建设推进会议召开", nullable = true) String title,
        @Schema(format = "date", example = "2023-07-20", nullable = true) String date,
        @Schema(example = "东岳新区报", nullable = true) String source,
        @Schema(example = "01-meeting-2023.txt", nullable = true) String file,
        @Schema(nullable = true) String url,
        @Schema(description = "The article's text as read (cleaned of page layout).") String text,
        List<ArticleEvent> events) {
}
