package newsgraph.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import newsgraph.query.QueryCatalogue;
import newsgraph.query.QueryParam;
import newsgraph.query.SavedQuery;

/**
 * The Neo4j Browser guide ({@code :play <app>/browser-kit/guide.html}): slides in Browser's remote
 * guide format ({@code <slide>} elements; a {@code pre.runnable} goes to the editor on a click).
 * Built from the query catalogue on every request, so it offers exactly the saved queries of
 * cypher/, each with two runnable blocks: its example's {@code :param} lines, then the query. They
 * must be apart: Browser runs a block of several statements as a script and shows only a status
 * line per statement, never the rows or the graph.
 */
public final class BrowserGuide {

    private BrowserGuide() {}

    /** The guide with each query's own example (from its cypher/ file). */
    public static String html(QueryCatalogue catalogue, String appUrl) {
        Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
        catalogue.all().forEach(q -> examples.put(q.name(), q.example()));
        return html(catalogue, appUrl, examples);
    }

    /**
     * The guide; {@code appUrl} is where the app is reached (for the style and favorites links),
     * {@code examples} the parameters each query's slide sets (by query name; see {@link GuideExamples}).
     */
    public static String html(QueryCatalogue catalogue, String appUrl, Map<String, Map<String, Object>> examples) {
        StringBuilder out = new StringBuilder();
        out.append("<article class=\"guide\">\n<carousel class=\"deck container-fluid\">\n");
        intro(out);
        style(out, appUrl);
        for (SavedQuery q : catalogue.all()) {
            query(out, q, examples.getOrDefault(q.name(), q.example()));
        }
        out.append("</carousel>\n</article>\n");
        return out.toString();
    }

    private static void intro(StringBuilder out) {
        out.append("""
                <slide class="row-fluid">
                  <div class="col-sm-12">
                    <h3>newsgraph: who did what, where, said by which article</h3>
                    <p>Officials and their titles over time, organizations, parks, projects and events, read from
                    Chinese official-activity news. Every relationship keeps its <b>evidence</b>: the lists
                    <code>articles</code>, <code>evidence</code> (the sentence), <code>evidenceStart</code> and
                    <code>evidenceEnd</code>.</p>
                    <table class="table-condensed">
                      <tr><th>node</th><th>key</th><th>what</th></tr>
                      <tr><td><code>(:Person:Official)</code>, <code>(:Person:Reporter)</code></td><td>name</td><td>people named in articles, bylines</td></tr>
                      <tr><td><code>(:Position)</code></td><td>title</td><td>a post, e.g. 东岳新区区长</td></tr>
                      <tr><td><code>(:Organization)</code>, <code>(:Park)</code>, <code>(:Project)</code>, <code>(:Place)</code></td><td>name (+ aliases)</td><td></td></tr>
                      <tr><td><code>(:Event)</code></td><td>id (name + date + place)</td><td>meetings, forums, signings, visits…</td></tr>
                      <tr><td><code>(:Article)</code></td><td>id (hash of the text)</td><td>title, date, source, file, text</td></tr>
                    </table>
                    <p><code>(p)-[:HELD {article, date, asWritten}]-&gt;(:Position)-[:OF]-&gt;(:Organization)</code> (one per
                    article that says so; <code>(p)-[:TENURE {since, until, articleCount}]-&gt;(:Position)</code> sums them up),
                    <code>(p)-[:ATTENDED {role, article}]-&gt;(:Event)</code>, <code>(:Organization)-[:ORGANIZED {role}]-&gt;(:Event)</code>,
                    <code>(:Event)-[:HELD_AT]-&gt;(:Place)</code>, <code>(:Project)-[:LOCATED_IN]-&gt;(:Park)</code>,
                    <code>(:Article)-[:REPORTS|MENTIONS]-&gt;(…)</code>, <code>(:Reporter)-[:WROTE]-&gt;(:Article)</code>.</p>
                    <p>Click a block to put it in the editor, then run it:</p>
                    <pre class="pre-scrollable code runnable">MATCH (p:Person)-[a:ATTENDED]-&gt;(e:Event)
                RETURN p, a, e LIMIT 60</pre>
                    <p>The next slides offer every saved query of <code>cypher/</code> with example parameters.</p>
                  </div>
                </slide>
                """);
    }

    private static void style(StringBuilder out, String appUrl) {
        String grass = esc(appUrl + "/browser-kit/newsgraph.grass");
        String zip = esc(appUrl + "/browser-kit/newsgraph-favorites.zip");
        out.append("<slide class=\"row-fluid\">\n  <div class=\"col-sm-12\">\n")
                .append("    <h3>Style and favorites</h3>\n")
                .append("    <p>The newsgraph style colours each label and captions nodes by name (positions and articles by")
                .append(" title) and relationships by role. The embedded server applies it when you connect; elsewhere run:</p>\n")
                .append("    <pre class=\"pre-scrollable code runnable\">:style ").append(grass).append("</pre>\n")
                .append("    <p>To keep the saved queries as favorites: download <a href=\"").append(zip)
                .append("\" target=\"_blank\">newsgraph-favorites.zip</a>, open the Favorites drawer (star icon), then")
                .append(" drag the zip onto Browser's drop zone or use its import button: the queries land in a")
                .append(" <i>newsgraph</i> folder, each named after its query.</p>\n")
                .append("  </div>\n</slide>\n");
    }

    private static void query(StringBuilder out, SavedQuery q, Map<String, Object> example) {
        out.append("<slide class=\"row-fluid\">\n  <div class=\"col-sm-12\">\n");
        out.append("    <h3>").append(esc(q.name())).append("</h3>\n");
        out.append("    <p>").append(esc(q.description())).append("</p>\n");
        if (!q.params().isEmpty()) {
            out.append("    <ul>\n");
            for (QueryParam p : q.params()) {
                out.append("      <li><code>$").append(esc(p.name())).append("</code> ").append(esc(p.type().label()))
                        .append(p.required() ? ", required" : ", default " + esc(ExampleParams.literal(p, p.defaultValue())))
                        .append(p.description().isEmpty() ? "" : " — " + esc(p.description())).append("</li>\n");
            }
            out.append("    </ul>\n");
        }
        String params = params(q, example);
        if (!params.isEmpty()) {
            out.append("    <p>1. Click to set the parameters, then run (Ctrl-Enter):</p>\n");
            out.append("    <pre class=\"pre-scrollable code runnable\">").append(esc(params)).append("</pre>\n");
            out.append("    <p>2. Click the query, then run it:</p>\n");
        }
        out.append("    <pre class=\"pre-scrollable code runnable\">").append(esc(q.cypher())).append("</pre>\n");
        out.append("    <p><small>cypher/").append(esc(q.file())).append("</small></p>\n");
        out.append("  </div>\n</slide>\n");
    }

    /**
     * The example's {@code :param} lines as one Browser block, separated by ';' (a script of
     * {@code :param} commands is one Browser allows); empty for a query without parameters.
     */
    public static String params(SavedQuery q, Map<String, Object> example) {
        return String.join(";\n", ExampleParams.lines(q, example));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
