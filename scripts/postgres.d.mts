// Types of scripts/postgres.mjs for the TypeScript that uses it (the test setup, the e2e fixtures).
export const DEFAULT_POSTGRES_PORT: number;
export interface EmbeddedSettings {
  dir: string;
  passwordFile: string;
  port: number;
  database: string;
  osUser: string;
  password?: string;
}
export interface EmbeddedServer {
  url: string;
  started: boolean;
  stop(): Promise<void>;
}
export function embeddedSettings(env?: NodeJS.ProcessEnv): EmbeddedSettings;
export function serverUser(name: string): { uid?: number; gid?: number };
export function startEmbedded(options: Omit<EmbeddedSettings, 'database'> & { durable?: boolean; log?: (message: string) => void }): Promise<EmbeddedServer>;
export function withDatabase(url: string, database: string): string;
export function ensureDatabase(url: string, options?: { template?: string }): Promise<void>;
export function recreateDatabase(url: string): Promise<void>;
export function ensureDatabaseUrl(env: NodeJS.ProcessEnv, options?: { log?: (message: string) => void }): Promise<{ url: string; embedded: boolean; stop(): Promise<void> }>;
