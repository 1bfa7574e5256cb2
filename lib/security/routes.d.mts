/** /admin, /login, /setup and Auth.js's endpoints, in any interface language (/hy/…, /ru/…). */
export function isPrivatePath(pathname: string): boolean;
