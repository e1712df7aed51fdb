// Existing :Organization nodes that carry one of the keys as an alias. A label scan: run only for the
// keys that no name matched (new organizations, or ones named by an alias only).
MATCH (n:Organization)
WHERE any(alias IN n.aliases WHERE alias IN $keys)
UNWIND [alias IN n.aliases WHERE alias IN $keys] AS key
RETURN key, n.name AS name
