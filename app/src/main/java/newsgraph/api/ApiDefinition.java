package newsgraph.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/**
 * The OpenAPI document's header; micronaut-openapi writes the spec at compile time, with
 * {@code api.version} set to the Maven project version (app/pom.xml).
 */
@OpenAPIDefinition(info = @Info(title = "newsgraph", version = "${api.version}",
        description = "Officials, events, organizations, parks and projects from Chinese official-activity news,"
                + " with the evidence sentence for every fact. Errors are application/problem+json."))
final class ApiDefinition {
    private ApiDefinition() {}
}
