// The article itself; its id is a hash of its text, so the same text is the same node.
MERGE (a:Article {id: $id})
ON CREATE SET a += $props
