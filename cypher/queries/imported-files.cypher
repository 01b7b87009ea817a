// Which of these content hashes an importer of this kind has already imported.
UNWIND $keys AS key
MATCH (f:ImportedFile {key: key})
RETURN f.key AS key
