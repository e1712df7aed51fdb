/**
 * The extraction-v1 records: what the extractor produces and what {@code evaluate}, {@code ingest}
 * and the HTTP API consume. Field names follow ../shared/eval/README.md; fields beyond what the
 * scorer reads (kinds, evidence, offsets, article text) are ours and ignored by it.
 *
 * <p>Offsets in {@link newsgraph.model.Evidence} are character offsets (UTF-16 indices) into the
 * original input document, so a fact can be quoted and highlighted in its source.
 */
package newsgraph.model;
