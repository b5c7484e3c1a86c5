// `npm run schema:snapshot`: rewrites tests/migrations/schema.snapshot.sql from a fresh database built by
// the migrations as they are now. Run it after adding a migration, and commit the file with it.
import { writeFileSync } from 'node:fs';
import { freshSnapshot, SNAPSHOT_PATH } from './schemaSnapshot';

writeFileSync(SNAPSHOT_PATH, freshSnapshot());
console.log(`Wrote ${SNAPSHOT_PATH}`);
