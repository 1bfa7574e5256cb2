// The database's tables, one module per concern; drizzle-kit (drizzle.config.ts) and the client (db/index.ts)
// read them all from here. Enumerations live in lib/constants.ts so forms, seeds and the database agree.
export * from "./auth";
export * from "./record";
export * from "./history";
export * from "./archive";
