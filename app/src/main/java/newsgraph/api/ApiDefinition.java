package newsgraph.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The OpenAPI document's header; micronaut-openapi writes the spec at compile time, with
 * {@code api.version} set to the Maven project version (app/pom.xml). One tag per resource, so
 * Swagger UI groups the operations and a generated client has one class per resource; the
 * X-API-Key scheme gives Swagger UI its Authorize button for the write endpoints. /health is
 * Micronaut's endpoint, described by hand in app/src/main/openapi/health.yml (merged at compile time).
 */
@OpenAPIDefinition(info = @Info(title = "newsgraph", version = "${api.version}",
        description = "Officials, events, organizations, parks and projects from Chinese official-activity news,"
                + " with the evidence sentence for every fact. Errors are application/problem+json (RFC 9457)."),
        tags = {
            @Tag(name = "articles", description = "Articles: read one, or post one to extract and store it (needs the API key)"),
            @Tag(name = "events", description = "Events with attendees by role, organizers, place, date and evidence"),
            @Tag(name = "people", description = "Officials and reporters: titles over time, events, namesakes"),
            @Tag(name = "organizations", description = "Organizations: positions and holders, events organized"),
            @Tag(name = "parks", description = "Parks and the projects located in them"),
            @Tag(name = "search", description = "Find anything by part of its name, title or alias"),
            @Tag(name = "evidence", description = "The sentences that state the relationships between two entities"),
            @Tag(name = "queries", description = "The saved read-only Cypher queries, with declared parameters"),
            @Tag(name = "extraction", description = "What newsgraph reads in a text, storing nothing"),
            @Tag(name = "health", description = "Whether the server and Neo4j are up")
        })
@SecurityScheme(name = ApiDefinition.API_KEY, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = ApiKeyFilter.HEADER, description = "The server's NEWSGRAPH_API_KEY; needed by write endpoints.")
final class ApiDefinition {

    /** The name of the security scheme write endpoints require. */
    static final String API_KEY = "apiKey";

    private ApiDefinition() {}
}
