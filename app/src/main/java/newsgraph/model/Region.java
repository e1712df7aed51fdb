package newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The region an article is about: {@code name} is the finest jurisdiction known (临江市东岳区 gives
 * 东岳区), {@code jurisdictions} every one known, coarsest first ({@code [临江市, 东岳区]}), each
 * ending in its level (省/市/州/县/区/旗/镇/乡). {@code basis} says how it was known: {@code given}
 * (the caller said so), {@code outlet} (the paper's name, through sources.tsv), {@code titles} (the
 * jurisdictions in the officials' full titles). {@code outlet} is the paper or site read, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Region(String name, List<String> jurisdictions, String basis, String outlet) {
    public Region {
        Objects.requireNonNull(name, "name");
        jurisdictions = List.copyOf(Objects.requireNonNullElse(jurisdictions, List.of(name)));
    }

    /** The jurisdiction of one level ({@code '市'} → 临江市), or null when the region does not say. */
    public String at(char level) {
        for (String j : jurisdictions) {
            if (levelOf(j) == level) {
                return j;
            }
        }
        return null;
    }

    /** The level a jurisdiction is of: its last character, except that an 自治区 is a province. */
    public static char levelOf(String jurisdiction) {
        return jurisdiction.endsWith("自治区") ? '省' : jurisdiction.charAt(jurisdiction.length() - 1);
    }
}
