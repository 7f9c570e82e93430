import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
} from 'kysely';

/**
 * Kysely's SQLite dialect, for a file other processes write too: transactions begin IMMEDIATE (the
 * write lock is taken, waiting up to the busy timeout, before anything is read, so a transaction never
 * fails half-way on a stale snapshot), and migrations run in one such transaction, so two processes
 * starting at once migrate one after the other.
 */
export class SharedFileSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;

  constructor(database: Database.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#database);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  readonly #database: Database.Database;

  constructor(database: Database.Database) {
    super({ database });
    this.#database = database;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  // SQLite rolls a transaction back itself on some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM):
  // a second rollback would fail with "cannot rollback - no transaction is active", and Kysely would
  // report that instead of the cause.
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.#database.inTransaction) await super.rollbackTransaction(connection);
  }
}

class TransactionalSqliteAdapter extends SqliteAdapter {
  // SQLite's DDL is transactional; Kysely's adapter says false only because it takes no lock.
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
