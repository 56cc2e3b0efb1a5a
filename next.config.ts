import type { NextConfig } from 'next';
import { securityHeaders } from './lib/server/net/security-headers';

/**
 * The Content-Security-Policy of every page. Scripts and styles from this origin (Next.js inlines its
 * bootstrap scripts and styles); media, images and fonts from anywhere, because a video config draws
 * remote sources and the Player must show them; no plugins, no framing by other sites.
 * `npm run dev` needs eval for hot reloading, so the policy is only sent by production builds.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data: blob:',
  'media-src * data: blob:',
  'font-src * data:',
  "connect-src 'self' *",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');


const nextConfig: NextConfig = {
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Pages only: /files sets its own (a sandbox for SVGs), and a header set here would win over it.
      ...(process.env.NODE_ENV === 'production'
        ? [{ source: '/((?!files/|api/).*)', headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy }] }]
        : []),
      // API answers are per caller: never cached by browsers or proxies.
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
  // The renderer and bundler are Node-only and ship native binaries: never bundle them into server code.
  // BullMQ (the optional REDIS_URL queue that startRender feeds), the AWS SDK (S3 storage) and pg are loaded from node_modules too.
  serverExternalPackages: [
    '@remotion/renderer', '@remotion/bundler', 'pg', '@prisma/adapter-pg', 'bullmq',
    '@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner',
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
