// Where things are in a JSON file, by line: the start of each element of the top-level arrays, and a syntax error.

/** 1-based line of each element of the named top-level arrays, e.g. { entries: [3, 40, 77] }. */
export function elementLines(text: string, keys: readonly string[]): Record<string, number[]> {
  const result: Record<string, number[]> = Object.fromEntries(keys.map((k) => [k, []]));
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  let stringStart = -1;
  let lastString = "";
  let key: string | null = null;
  let tracking: string | null = null;
  let expecting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    if (inString) {
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastString = text.slice(stringStart + 1, i);
      }
      continue;
    }
    if (c === " " || c === "\t" || c === "\n" || c === "\r") continue;
    if (tracking && depth === 2 && expecting && c !== "]") {
      result[tracking]!.push(line);
      expecting = false;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
    } else if (c === ":" && depth === 1) key = lastString;
    else if (c === "," && tracking && depth === 2) expecting = true;
    else if (c === "{") depth++;
    else if (c === "[") {
      depth++;
      if (depth === 2 && key !== null && keys.includes(key)) {
        tracking = key;
        expecting = true;
      }
    } else if (c === "}") depth--;
    else if (c === "]") {
      depth--;
      if (depth === 1) tracking = null;
    }
  }
  return result;
}

function failsBefore(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/end of JSON input|Unterminated string/i.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return !(position && Number(position[1]) >= length);
  }
}

/** The line and column of a JSON syntax error: the shortest prefix that is wrong, not merely unfinished. */
export function syntaxErrorLocation(text: string): { line: number; column: number } {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (failsBefore(text, mid + 1)) high = mid;
    else low = mid + 1;
  }
  const before = text.slice(0, low);
  const line = before.split("\n").length;
  return { line, column: low - before.lastIndexOf("\n") };
}
