/**
 * A throwaway PostgreSQL 15 cluster for tests: initdb into a temp folder, pg_ctl on a free port of
 * 127.0.0.1, trust authentication (or, with a password, SCRAM over TCP), deleted on destroy(). As root (CI), the server runs as the
 * `postgres` user, which the Debian package creates (PostgreSQL refuses to run as root).
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../free-port.js';

const run = promisify(execFile);

/** Where Debian's postgresql-15 package puts the server binaries (`.ci/run` installs it if missing). */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** A running cluster. */
export interface TestPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres (with `:password` when the cluster has one) */
  readonly url: string;
  readonly port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Runs SQL through psql, as the superuser, in one database. */
  psql(database: string, sql: string): Promise<string>;
  /** Stops the server at once (`-m immediate`, as a crash would); the data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops the server and deletes the cluster. Safe to call twice. */
  destroy(): Promise<void>;
}

/** How the cluster is set up. */
export interface TestPostgresOptions {
  /**
   * The superuser's password: TCP connections must then authenticate with SCRAM-SHA-256, as a
   * production server does (the default is trust, no password at all).
   */
  readonly password?: string;
}

/** Starts a fresh cluster; rejects with initdb's or pg_ctl's output if it cannot. */
export async function startPostgres(setup: TestPostgresOptions = {}): Promise<TestPostgres> {
  if (!existsSync(join(POSTGRES_BIN, 'initdb')))
    throw new Error(
      `PostgreSQL 15 server binaries not found in ${POSTGRES_BIN}: apt-get install postgresql (.ci/run does)`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'qa-bot-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = await Promise.all([idOf('-u'), idOf('-g')]);
    await chown(dir, uid, gid);
  }
  const pg = (command: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(POSTGRES_BIN, command), ...args], { timeout: 60_000 })
      : run(join(POSTGRES_BIN, command), args, { timeout: 60_000 });
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start']);
  };
  const stop = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  };
  let destroyed = false;
  const password = setup.password;
  const pwfile = join(dir, 'password');
  if (password !== undefined) {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (asRoot) await chown(pwfile, ...(await Promise.all([idOf('-u'), idOf('-g')])));
  }
  const auth =
    password === undefined
      ? ['--auth=trust']
      : ['--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${pwfile}`];
  try {
    await pg('initdb', ['-D', data, '-U', 'postgres', ...auth, '--no-sync', '-E', 'UTF8', '--locale=C']);
    await start();
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  const client = connectPostgres({ port, ...(password === undefined ? {} : { password }) });
  return {
    ...client,
    stop,
    start,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Where a running cluster listens: what a test process needs to use one another process started. */
export interface PostgresAddress {
  readonly port: number;
  /** The superuser's password, when the cluster has one. */
  readonly password?: string;
}

/** A running cluster, used but not owned: no stop, start or destroy. */
export type PostgresClient = Omit<TestPostgres, 'stop' | 'start' | 'destroy'>;

/** The URLs and psql of a running cluster on 127.0.0.1. */
export function connectPostgres({ port, password }: PostgresAddress): PostgresClient {
  const user = password === undefined ? 'postgres' : `postgres:${encodeURIComponent(password)}`;
  const base = `postgres://${user}@127.0.0.1:${port}`;
  const psql = async (database: string, sql: string) => {
    const { stdout } = await run(
      'psql',
      [
        '-X',
        '-q',
        '-t',
        '-A',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        database,
        '-c',
        sql,
      ],
      {
        timeout: 30_000,
        env: { ...process.env, ...(password === undefined ? {} : { PGPASSWORD: password }) },
      },
    );
    return stdout.trim();
  };
  return {
    url: `${base}/postgres`,
    port,
    async createDatabase(name) {
      await psql('postgres', `create database "${name}"`);
      return `${base}/${name}`;
    },
    psql,
  };
}

async function idOf(flag: '-u' | '-g'): Promise<number> {
  const { stdout } = await run('id', [flag, 'postgres']);
  return Number(stdout.trim());
}
