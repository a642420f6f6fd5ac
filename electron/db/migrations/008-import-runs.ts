import type { Migration } from './types'

// A big import (and its undo) now commits in slices (db/write-slices.ts), so a half-done one can be seen by other
// processes and can be left behind by a crash. Its state is a typed column: 'applying' (rows still going in),
// 'applied', 'undoing' (an undo under way; the change log shrinks as it goes), 'undone'. The process doing it and its
// last heartbeat say whether it is still alive; a dead one's import is rolled back on the next start.
export const migration008: Migration = {
  version: 8,
  name: 'imports and undos in slices',
  up(db) {
    db.exec(`
      ALTER TABLE csv_imports ADD COLUMN state TEXT NOT NULL DEFAULT 'applied' CHECK (state IN ('applying','applied','undoing','undone'));
      ALTER TABLE csv_imports ADD COLUMN owner_pid INTEGER;
      ALTER TABLE csv_imports ADD COLUMN owner_host TEXT;
      ALTER TABLE csv_imports ADD COLUMN heartbeat_at TEXT;
      UPDATE csv_imports SET state = 'undone' WHERE undone_at IS NOT NULL;
      CREATE INDEX csv_imports_unfinished ON csv_imports(state) WHERE state IN ('applying','undoing');
    `)
  }
}
