import madge from "madge";

// The import rules ESLint cannot see file by file (docs/architecture.md, "One-way
// dependencies"): no import cycle between files, none between the domains of lib/ (a domain is
// a folder of lib/, or one of its top-level files), and the layers point one way. Prints each
// broken rule and exits 1; prints one line and exits 0 when the tree keeps them.

const ROOTS = ["lib", "db", "inngest", "app", "components", "proxy.ts", "instrumentation.ts"];

/** Which layers a file of each layer must never import. */
const FORBIDDEN: Record<string, string[]> = {
  lib: ["app", "components", "inngest"],
  components: ["app", "db", "inngest"],
  inngest: ["app", "components"],
  db: ["app", "components", "inngest"],
};

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const layerOf = (file: string) => file.split("/")[0] ?? file;

/** lib/cart/get-cart.ts → lib/cart; lib/env.ts → lib/env; anything outside lib → null. */
function domainOf(file: string): string | null {
  const [layer, name = "", ...rest] = file.split("/");
  if (layer !== "lib") return null;
  return rest.length > 0 ? `lib/${name}` : `lib/${name.replace(/\.tsx?$/, "")}`;
}

/** The database schema describes tables; it reads nothing of the app (only db/index reads lib/env). */
function schemaBreach(from: string, to: string): boolean {
  return from.startsWith("db/schema/") && !to.startsWith("db/schema/");
}

function findCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

async function main() {
  const result = await madge(ROOTS, { fileExtensions: ["ts", "tsx"], tsConfig: "tsconfig.json" });
  const files = result.obj();
  const problems: string[] = [];

  for (const cycle of result.circular()) problems.push(`file cycle: ${[...cycle, cycle[0]].join(" → ")}`);

  const domains = new Map<string, Set<string>>();
  const witness = new Map<string, string>();
  for (const [from, imports] of Object.entries(files)) {
    if (isTest(from)) continue;
    for (const to of imports) {
      const banned = FORBIDDEN[layerOf(from)] ?? [];
      if (banned.includes(layerOf(to)) || schemaBreach(from, to)) problems.push(`layer: ${from} imports ${to}`);
      const [a, b] = [domainOf(from), domainOf(to)];
      if (!a || !b || a === b) continue;
      if (!domains.has(a)) domains.set(a, new Set());
      domains.get(a)!.add(b);
      if (!witness.has(`${a}→${b}`)) witness.set(`${a}→${b}`, `${from} imports ${to}`);
    }
  }
  for (const cycle of findCycles(domains)) {
    const steps = cycle.slice(1).map((to, i) => `  ${witness.get(`${cycle[i]}→${to}`)}`);
    problems.push(`domain cycle: ${cycle.join(" → ")}\n${steps.join("\n")}`);
  }

  if (problems.length > 0) {
    console.error(problems.join("\n"));
    console.error(`\n${problems.length} import rule(s) broken; see docs/architecture.md, "One-way dependencies".`);
    process.exit(1);
  }
  console.log(`imports: ${Object.keys(files).length} files, no cycles, layers one-way`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
