// A SELECT's rows read as arrays and built into objects of one fixed shape: better-sqlite3 builds each row
// object key by key, which for a few hundred wide rows (the day calendar's 1 500 rows of 50 columns) costs a
// third of the read. The objects are the same: the same keys, in the same order, the last of two equal names
// winning.
import type Database from 'better-sqlite3';

type Shape = (values: readonly unknown[]) => Record<string, unknown>;

const shapes = new WeakMap<Database.Statement, Shape | null>();

/** Every row a reading statement answers, as better-sqlite3's `all()` would give them. */
export function shapedRows(statement: Database.Statement, parameters: readonly unknown[]): unknown[] {
  let shape = shapes.get(statement);
  if (shape === undefined) {
    shape = shapeOf(statement.columns().map((c) => c.name));
    shapes.set(statement, shape);
  }
  if (!shape) return statement.all(parameters);
  statement.raw(true);
  try {
    return (statement.all(parameters) as unknown[][]).map(shape);
  } finally {
    statement.raw(false);
  }
}

/** A function building the row object from its values; null where a literal would not give the same object. */
function shapeOf(names: readonly string[]): Shape | null {
  // `__proto__:` in a literal sets the prototype rather than a key.
  if (names.includes('__proto__')) return null;
  const keys = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`);
  return new Function('v', `return { ${keys.join(', ')} };`) as Shape;
}
