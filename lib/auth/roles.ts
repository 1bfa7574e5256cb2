// The two roles: editors write the record, admins also manage users (the list is in lib/constants.ts).
import type { UserRole } from "@/lib/constants";

export { USER_ROLES, type UserRole } from "@/lib/constants";

export const ROLE_NAME: Record<UserRole, string> = { editor: "Editor", admin: "Administrator" };

export function canManageUsers(role: UserRole): boolean {
  return role === "admin";
}
