// Organizations and parks that carry one of the keys as an alias. A label scan: run only when some
// name of the article matched no node by name (a new organization, or one named by an alias).
CALL () {
  MATCH (n:Organization) WHERE any(alias IN n.aliases WHERE alias IN $organizationKeys)
  UNWIND [alias IN n.aliases WHERE alias IN $organizationKeys] AS key
  RETURN collect({key: key, name: n.name}) AS organizations
}
CALL () {
  MATCH (n:Park) WHERE any(alias IN n.aliases WHERE alias IN $parkKeys)
  UNWIND [alias IN n.aliases WHERE alias IN $parkKeys] AS key
  RETURN collect({key: key, name: n.name}) AS parks
}
RETURN organizations, parks
