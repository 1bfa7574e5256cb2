// Fetches every export file through its route handler, as bytes.
const ROUTES = {
  "record.json": () => import("@/app/export/record.json/route"),
  "entries.csv": () => import("@/app/export/entries.csv/route"),
  "actors.csv": () => import("@/app/export/actors.csv/route"),
  "sources.csv": () => import("@/app/export/sources.csv/route"),
  "record.zip": () => import("@/app/export/record.zip/route"),
} as const;

export type ExportName = keyof typeof ROUTES;
export const EXPORT_NAMES = Object.keys(ROUTES) as ExportName[];

export async function fetchExport(name: ExportName, headers: Record<string, string> = {}): Promise<Response> {
  const { GET } = await ROUTES[name]();
  return GET(new Request(`http://localhost:3000/export/${name}`, { headers }));
}

export async function fetchAllExports(): Promise<Record<ExportName, Buffer>> {
  const files = {} as Record<ExportName, Buffer>;
  for (const name of EXPORT_NAMES) {
    const response = await fetchExport(name);
    if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
    files[name] = Buffer.from(await response.arrayBuffer());
  }
  return files;
}
