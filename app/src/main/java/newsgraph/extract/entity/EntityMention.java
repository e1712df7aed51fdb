package newsgraph.extract.entity;

import java.util.Objects;

/**
 * A park, project or organization named at [start, end) of the clean text. {@code investmentYuan}
 * is set only for a project whose own investment is stated; {@code park} is the park a project is in.
 */
public record EntityMention(String name, Type type, String kind, int start, int end, Long investmentYuan, String park) {
    public enum Type { PARK, PROJECT, ORGANIZATION }

    public EntityMention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public EntityMention withInvestment(Long yuan) {
        return new EntityMention(name, type, kind, start, end, yuan, park);
    }

    public EntityMention withPark(String p) {
        return new EntityMention(name, type, kind, start, end, investmentYuan, p);
    }
}
