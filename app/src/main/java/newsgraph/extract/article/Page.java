package newsgraph.extract.article;

import java.util.List;

/**
 * A page split into articles, with what was set aside: teasers (今日导读), sidebars (◆), page
 * credits and the names in them ({@code staff}: editors, designers, who are never participants).
 */
public record Page(List<Article> articles, List<String> staff) {
    public Page {
        articles = List.copyOf(articles);
        staff = List.copyOf(staff);
    }
}
