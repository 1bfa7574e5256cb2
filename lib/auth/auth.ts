// Auth.js (next-auth v5): email and password sign-in, sessions as signed JWT cookies carrying the user id and session version.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { clientAddress, forwardedProto } from "@/lib/security/forwarded";
import { isHttps } from "@/lib/security/headers";
import { safeCallbackPath } from "./callback-url";
import { checkCredentials, checkSecondFactor, type AuthorizedUser } from "./credentials";
import { deviceCookie, readDeviceCookie } from "./device-cookie";
import { resolveAuthSecret } from "./secret";
import { SESSION_MAX_AGE_SECONDS } from "./sessions";

export class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
  constructor(readonly challenge: string) {
    super();
  }
}

export class ChallengeExpired extends CredentialsSignin {
  code = "challenge_expired";
}

export class TooManySignIns extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfter: number) {
    super();
  }
}

/** The address the sign-in limits count by: the socket's, or X-Forwarded-For's as far as TRUST_PROXY trusts it. */
function clientIp(request: Request | undefined): string | null {
  return request ? clientAddress(request.headers, getEnv().trustProxy) : null;
}

/** After a sign-in the browser keeps the device cookie with a new token for this account; Auth.js gets the user. */
async function signedIn(request: Request, { user, device }: { user: AuthorizedUser; device: string }): Promise<AuthorizedUser> {
  const { name, options } = deviceCookie(isHttps(forwardedProto(request.headers, getEnv().trustProxy)));
  (await cookies()).set(name, device, options);
  return user;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  // Read lazily, per request: the secret may live in DATA_DIR, which is only known once the server runs.
  secret: resolveAuthSecret(),
  trustHost: true,
  // Secure (and __Secure-/__Host- prefixed) in production; browsers accept these on http://localhost too.
  useSecureCookies: process.env.NODE_ENV === "production",
  // The cookie lives as long as the longest session and is never extended (updateAge = maxAge); the idle timeout
  // and revocation are decided by the session record in the database (sessions.ts).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        challenge: {},
        code: { label: "Authentication code" },
      },
      async authorize(credentials, request) {
        // A known device is limited by its own allowance only (throttle.ts).
        const known = { deviceCookie: readDeviceCookie(request.headers.get("cookie")) };
        if (credentials.challenge !== undefined) {
          const second = await checkSecondFactor(credentials, clientIp(request), known);
          if (second.ok) return signedIn(request, second);
          if (second.retryAfter) throw new TooManySignIns(second.retryAfter);
          if (second.expired) throw new ChallengeExpired();
          return null;
        }
        const result = await checkCredentials(credentials, clientIp(request), known);
        if (result.ok) return signedIn(request, result);
        if (result.retryAfter) throw new TooManySignIns(result.retryAfter);
        if (result.challenge) throw new SecondFactorRequired(result.challenge);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      // Only what the guards need; the user's role and standing are read from the database on every request.
      return {
        expires: session.expires,
        user: { id: token.sub ?? "", name: session.user?.name ?? null, email: session.user?.email ?? "" },
        sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : -1,
        sessionId: typeof token.sid === "string" ? token.sid : "",
      } as typeof session;
    },
    redirect({ url, baseUrl }) {
      return `${baseUrl}${safeCallbackPath(url, { origin: baseUrl })}`;
    },
  },
  logger: {
    // A wrong password is not a server error; it is in the audit log instead.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error({ err: error }, "auth error");
    },
    warn(code) {
      log.warn({ code }, "auth warning");
    },
    debug() {},
  },
}));
