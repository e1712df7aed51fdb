package newsgraph.api.schema;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** GET /api/evidence: a page of the records that state the relationships between two entities. */
@Schema(description = "The sentences that state the relationships between two entities, oldest article first, a page at a time.")
public record RelationshipEvidence(
        @Schema(description = "One side, as asked (a key, name, title or alias).", example = "林海峰") String from,
        @Schema(description = "The other side, as asked (or an article's title, for its reporters).", example = "东岳新区自贸片区建设推进会议") String to,
        @Schema(description = "How many records there are between them in all.", example = "3") long total,
        @Schema(description = "Records passed over before this page.", example = "0") long skip,
        @Schema(description = "True when there are records after this page: ask again with skip + limit.") boolean more,
        List<Record> records) {

    /** One record: one article's statement of one relationship (and role). */
    @Schema(name = "RelationshipRecord", description = "One article's statement of one relationship between the two, with its sentence.")
    public record Record(
            @Schema(description = "The relationship's type.", example = "ATTENDED",
                    allowableValues = {"ATTENDED", "HELD", "OF", "ORGANIZED", "HELD_AT", "LOCATED_IN", "WROTE"}) String relationship,
            @Schema(description = "The role, for ATTENDED and ORGANIZED.", example = "chaired", nullable = true) String role,
            @Schema(description = "The article's date (YYYY-MM-DD).", example = "2024-06-06", nullable = true) String date,
            Evidence evidence) {
    }
}
