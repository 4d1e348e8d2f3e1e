import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * Adapter factory for Prisma's WebAssembly schema engine (prisma.config.ts).
 * It works around two upstream adapter-pg bugs seen with Prisma 6.19:
 * - the engine reads catalog columns of type "char" (oid 18) and name (oid 19),
 *   which adapter-pg cannot map (prisma/orm#27403): we report them as text;
 * - connectToShadowDb() reused a connection string (so the "shadow" database was
 *   the real one) and dropped the shadow database while its pool was still open;
 * - executeScript() splits a migration on every ";", which breaks dollar-quoted
 *   function bodies: we send the script whole (PostgreSQL runs a multi-statement
 *   simple query as one implicit transaction).
 */
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function retypeCatalogColumns<T>(result: T): T {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (fields) {
    for (const field of fields) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads; we only post-process whatever result it yields.
  query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, retypeCatalogColumns(result));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const outcome = (super.query as (...a: unknown[]) => unknown)(...args);
    if (outcome instanceof Promise) return outcome.then(retypeCatalogColumns) as never;
    return outcome as never;
  }
}

export function poolConfigFromUrl(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
  };
}

type ConnectedAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
// adapter-pg's queryable keeps its pool and error mapper as (JavaScript-)public members.
type ScriptRunner = { client: pg.Pool; onError(error: unknown): never };

function runScriptsWhole<T extends ConnectedAdapter>(adapter: T): T {
  const runner = adapter as unknown as ScriptRunner;
  adapter.executeScript = async (script: string) => {
    try {
      await runner.client.query(script);
    } catch (error) {
      runner.onError(error);
    }
  };
  return adapter;
}

class MigrationPgFactory extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super({ ...poolConfig, Client: CatalogTextClient });
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = runScriptsWhole(await new PrismaPg({ ...this.poolConfig, database, Client: CatalogTextClient }).connect());
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE "${database}"`);
      await admin.dispose();
    };
    return shadow;
  }
}

export function createMigrationAdapterFactory(databaseUrl: string): PrismaPg {
  return new MigrationPgFactory(poolConfigFromUrl(databaseUrl));
}
