// Existing :Park nodes whose name is one of the keys (a name or alias) of an incoming park.
UNWIND $keys AS key
MATCH (n:Park {name: key})
RETURN key, n.name AS name
