// JSON-safe shapes that cross the doors: epoch-ms numbers, plain objects. One file per area of the app;
// everything is re-exported here so callers import from one place.

export * from './dtos/backups';
export * from './dtos/counter';
export * from './dtos/dashboard';
export * from './dtos/imports';
export * from './dtos/managerDesk';
export * from './dtos/partners';
export * from './dtos/privacy';
export * from './dtos/search';
export * from './dtos/storeDatabase';
export * from './dtos/undo';
export * from './dtos/withoutNextCall';
export * from './dtos/workbench';
