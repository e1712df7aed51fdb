// Organizations and parks that carry one of the keys as an alias: run only when some name of the
// article matched no node by name (a new organization, or one named by an alias). Each key is
// looked up in the aliases field of the entity_exact fulltext index (graph-schema/V004: the keyword
// analyzer keeps each alias one term, so only nodes with exactly that alias come back), then checked
// exactly against the aliases, instead of scanning every Organization and Park. Both fulltext indexes
// are updated off the commit path (V011, V016) and could miss an alias the previous batch committed;
// which node a name resolves to must not depend on timing, so GraphWriter waits for entity_exact's
// refresh in the same transaction just before this runs. The keys travel in one map and the plan is
// kept, as in lookup.cypher: one plan whichever of the two lists is empty.
CYPHER replan=skip
CALL () {
  UNWIND $keys.organizations AS key
  CALL db.index.fulltext.queryNodes('entity_exact', 'aliases:"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS n
  WITH key, n WHERE n:Organization AND key IN n.aliases
  RETURN collect(DISTINCT {key: key, name: n.key}) AS organizations
}
CALL () {
  UNWIND $keys.parks AS key
  CALL db.index.fulltext.queryNodes('entity_exact', 'aliases:"' + replace(replace(key, '\\', '\\\\'), '"', '\\"') + '"')
    YIELD node AS n
  WITH key, n WHERE n:Park AND key IN n.aliases
  RETURN collect(DISTINCT {key: key, name: n.name}) AS parks
}
RETURN organizations, parks
