package newsgraph.model;

import java.util.List;

/** The vocabulary of participant and organizer roles, as the scorer and the graph name them. */
public final class Roles {
    public static final List<String> PARTICIPANT = List.of(
            "attended", "chaired", "spoke", "met", "led", "inspected",
            "accompanied", "signed", "announced", "witnessed");
    public static final List<String> ORGANIZER = List.of("host", "co_host", "undertaker");

    private Roles() {}
}
