import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaLibSQL } from '@prisma/adapter-libsql';

// Rust-free Prisma: the JS engine + libsql adapter, so generate/migrate run offline.
const dataDir = path.resolve(process.env.DATA_DIR ?? './data');

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    fs.mkdirSync(dataDir, { recursive: true });
    return new PrismaLibSQL({ url: `file:${path.join(dataDir, 'cutroom.db')}` });
  },
});
