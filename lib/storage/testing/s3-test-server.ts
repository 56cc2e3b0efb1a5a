import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

/**
 * A real S3-compatible server for tests: s3rver (an npm dev dependency) in its own process, on a free
 * port of E2E_PORT+150…+189 (3360…3399 without E2E_PORT; +190… are left to the app servers tests start), with one bucket and its data in a temporary folder.
 */
export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** s3rver's fixed credentials. */
  accessKeyId: string;
  secretAccessKey: string;
  /** The environment that points the app at this server (STORAGE_URL=s3://bucket/prefix, S3_*, AWS_*). */
  env(prefix: string): Record<string, string>;
  /** A client of the server's own, for checking what the bucket holds. */
  client: S3Client;
  /** Every key in the bucket under `prefix`. */
  list(prefix?: string): Promise<string[]>;
  /** Deletes every object under `prefix`. */
  clear(prefix?: string): Promise<void>;
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..', '..');

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function waitListening(child: ChildProcess, endpoint: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`s3rver exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(endpoint);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`s3rver not listening on ${endpoint} after 30 s:\n${log()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts s3rver with `bucket`; the port is picked at random among the free ones of the range (two runs may start at once). */
export async function startS3TestServer(bucket = 'cutroom-test'): Promise<S3TestServer> {
  const base = Number(process.env.E2E_PORT ?? 3210) + 150;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cutroom-s3rver-'));
  const bin = path.join(root, 'node_modules', 's3rver', 'bin', 's3rver.js');
  if (!fs.existsSync(bin)) throw new Error('s3rver is not installed: run npm install (it is a dev dependency)');
  const offsets = [...Array(40).keys()].sort(() => Math.random() - 0.5);
  for (const offset of offsets.slice(0, 10)) {
    const port = base + offset;
    if (!(await isPortFree(port))) continue;
    const child = spawn(process.execPath, [bin, '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent', '--configure-bucket', bucket], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const endpoint = `http://127.0.0.1:${port}`;
    try {
      await waitListening(child, endpoint, () => output);
    } catch (err) {
      await stopChild(child);
      if (/EADDRINUSE/.test(output)) continue; // taken between the probe and the listen
      throw err;
    }
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials, requestChecksumCalculation: 'WHEN_REQUIRED' });
    const list = async (prefix = '') => {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map((o) => o.Key!));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys;
    };
    return {
      endpoint,
      bucket,
      ...credentials,
      client,
      env: (prefix) => ({
        STORAGE_URL: `s3://${bucket}/${prefix}`,
        S3_ENDPOINT: endpoint,
        S3_REGION: 'us-east-1',
        S3_FORCE_PATH_STYLE: '1',
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      }),
      list,
      async clear(prefix = '') {
        const keys = await list(prefix);
        for (let i = 0; i < keys.length; i += 1000) {
          await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })) } }));
        }
      },
      async stop() {
        client.destroy();
        await stopChild(child);
        await fsp.rm(dir, { recursive: true, force: true });
      },
    };
  }
  await fsp.rm(dir, { recursive: true, force: true });
  throw new Error(`no free port for s3rver in ${base}…${base + 39}`);
}
