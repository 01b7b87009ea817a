// Record an import run as it starts.
CREATE (r:ImportRun {id: $id, source: $source, kind: $kind, trigger: $trigger, status: 'running',
                     startedAt: datetime(), instance: $instance, files: $files})
