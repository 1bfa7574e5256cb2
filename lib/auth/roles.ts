// The two roles: editors write the record, admins also manage users.
export const USER_ROLES = ["editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_NAME: Record<UserRole, string> = { editor: "Editor", admin: "Administrator" };

export function canManageUsers(role: UserRole): boolean {
  return role === "admin";
}
