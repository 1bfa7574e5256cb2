// Auth.js's own endpoints (session, CSRF, sign-out); signing in goes through the /login page's server action.
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
