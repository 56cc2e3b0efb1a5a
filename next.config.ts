import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The renderer and bundler are Node-only and ship native binaries: never bundle them into server code.
  // BullMQ (the optional REDIS_URL queue that startRender feeds) is loaded from node_modules too.
  serverExternalPackages: ['@remotion/renderer', '@remotion/bundler', '@libsql/client', 'libsql', 'bullmq'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
