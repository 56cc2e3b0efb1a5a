import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { sessionVersionOf } from '../server/accounts';
import { logAuthError } from './auth-log';
import { ApiError } from '../server/errors';
import { signInWithPassword } from '../server/accounts/login-throttle';
import { clientAddress } from '../server/net/client-address';
import { getAuthSecret } from '../server/accounts/auth-secret';

declare module 'next-auth' {
  interface Session {
    user: { id: string } & DefaultSession['user'];
  }
}

/** Too many recent failures for the account or the address (lib/server/login-throttle). */
export class RateLimitedSignIn extends CredentialsSignin {
  override code = 'rate_limited';
}

/** next-auth v5: email + password, JWT sessions. `auth()` reads the session in pages and handlers. */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/signin' },
  logger: { error: logAuthError },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === 'string' ? credentials.email : '';
        const password = typeof credentials?.password === 'string' ? credentials.password : '';
        if (!email || !password) return null;
        try {
          const user = await signInWithPassword({ email, password, ip: clientAddress(request.headers) });
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        } catch (err) {
          if (err instanceof ApiError && err.code === 'RATE_LIMITED') throw new RateLimitedSignIn();
          throw err;
        }
      },
    }),
  ],
  callbacks: {
    // Runs whenever a session is read: a token minted before the last password change, or for a
    // deleted account, is no session at all.
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = await sessionVersionOf(user.id);
        return token;
      }
      if (typeof token.uid !== 'string') return null;
      const current = await sessionVersionOf(token.uid);
      return current !== null && current === token.sv ? token : null;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      return session;
    },
  },
});
