/**
 * Headers every answer carries: next.config.ts adds them to what Next.js serves, scripts/server.ts to
 * what it serves itself (/files, refusals).
 */
export const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
];
