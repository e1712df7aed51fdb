// Existing :Organization nodes whose name is one of the keys (a name or alias) of an incoming organization.
UNWIND $keys AS key
MATCH (n:Organization {name: key})
RETURN key, n.name AS name
