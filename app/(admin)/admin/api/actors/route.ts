// GET /admin/api/actors?q=… — the entry form's actor search. Editors only (401 JSON when signed out).
import { z } from "zod";
import { searchActors } from "@/lib/actors/admin-queries";
import { guardedRoute } from "@/lib/auth/action";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z.string().trim().min(1, "give at least one character").max(100, "at most 100 characters"),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const GET = guardedRoute(
  {
    role: "editor",
    schema: querySchema,
    read: (request) => Object.fromEntries(new URL(request.url).searchParams),
  },
  async ({ q, limit }) => Response.json({ actors: await searchActors({ q, limit }) }, { headers: { "Cache-Control": "no-store" } }),
);
