// What our sessions and tokens carry besides Auth.js's defaults.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The user's session version when they signed in; the guards compare it with the database. */
    sessionVersion: number;
    /** The server-side session record (user_sessions.id) this cookie belongs to. */
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    sid?: string;
  }
}
