/**
 * The typed shapes of the HTTP API's requests and responses, as the OpenAPI spec declares them, so
 * a generated client gets classes rather than maps. Each record is filled from the rows of a saved
 * query ({@link newsgraph.api.schema.Rows}); a column the record does not declare fails loudly, so
 * a query and its schema cannot drift apart unnoticed.
 *
 * <p>One vocabulary throughout: a person, an event, an organization, a project is called by
 * {@code name}; a person is told apart by {@code key}, an event by {@code id}; every fact carries
 * {@link newsgraph.api.schema.Evidence} of one shape.
 */
package newsgraph.api.schema;
