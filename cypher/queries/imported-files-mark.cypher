// Remember files an import run read, by importer kind and content hash, so a watched folder does not import the
// same content twice; a new version (another hash) is imported.
UNWIND $files AS file
MERGE (f:ImportedFile {key: file.key})
ON CREATE SET f.kind = file.kind, f.sha256 = file.sha256, f.firstName = file.name, f.firstRun = $run,
              f.importedAt = datetime()
SET f.lastName = file.name, f.lastRun = $run, f.lastSource = $source
