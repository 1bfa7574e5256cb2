import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3201";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const spec of process.argv.slice(2)) {
  // path,name,width,scheme,scrollY (viewport shot at that offset) or "full"
  const [path, name, width = "1280", scheme = "light", at = "full"] = spec.split(",");
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: Number(width) < 600 ? 780 : 900 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(base + path);
  if (at === "full") await page.screenshot({ path: `screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
  else {
    await page.evaluate((y) => window.scrollTo(0, y), Number(at));
    await page.screenshot({ path: `screenshots/${name}-${width}-${scheme}-${at}.png` });
  }
  await ctx.close();
}
await browser.close();
