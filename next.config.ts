import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The renderer and bundler are Node-only and ship native binaries: never bundle them into server code.
  serverExternalPackages: ['@remotion/renderer', '@remotion/bundler', '@libsql/client', 'libsql'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
