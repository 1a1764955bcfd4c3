import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
const m = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
const id = Object.entries(m.node).find(([, a]) => a.filename.endsWith("add-to-cart.ts") && a.exportedName === "addToCart")[0];
const b = "----x" + randomBytes(6).toString("hex");
const f = (n, v) => `--${b}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`;
const body = f("_1_variantId", process.argv[3] ?? "1") + f("_1_quantity", "1") + f("0", '[null,"$K1"]') + `--${b}--\r\n`;
const lat = [];
const inst = autocannon({ url: `http://127.0.0.1:${process.argv[2]}/products/leather-jacket`, connections: Number(process.env.C ?? 20), duration: Number(process.env.D ?? 8), method: "POST", body,
  headers: { "next-action": id, accept: "text/x-component", "content-type": `multipart/form-data; boundary=${b}` },
  requests: [{ setupRequest: (r) => ({ ...r, headers: { ...r.headers, cookie: `cart=${randomBytes(16).toString("base64url")}` } }) }] }, (e, r) => {
  lat.sort((a, c) => a - c); const p = (q) => lat[Math.ceil(q / 100 * lat.length) - 1];
  console.log(`${(lat.length / r.duration).toFixed(0)} req/s p50 ${p(50)} p95 ${p(95)} p99 ${p(99)} non2xx ${r.non2xx} bytes ${Math.round(r.throughput.total / lat.length)}`);
});
inst.on("response", (c, s, bytes, ms) => lat.push(ms));
