package newsgraph.extract.pipeline;

import java.util.List;
import java.util.Map;
import newsgraph.extract.people.PersonMention;
import newsgraph.extract.people.TitleMention;
import newsgraph.extract.text.Paragraph;

/**
 * The officials of a document: the mentions in each body paragraph (in text order, studied leaders
 * marked), whether each name is present at some point ({@code false}: only studied or quoted), and
 * every title seen for each name anywhere on the page.
 */
public record PeopleFound(
        Map<Paragraph, List<PersonMention>> mentions,
        Map<String, Boolean> present,
        Map<String, List<TitleMention>> titles) {

    public List<PersonMention> in(Paragraph p) {
        return mentions.getOrDefault(p, List.of());
    }
}
