import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envVariables, parseEnv } from "@/lib/env";
import { CLOSE_BUDGET_MS } from "@/lib/server-shutdown";
import {
  compose,
  interpolate,
  k8sDir,
  k8sManifests,
  kubernetesTypes,
  kustomization,
  manifest,
  type Manifest,
  read,
  root,
} from "./helpers/deploy-files";

// The deploy files are checked, not run (no container engine here): the Kubernetes manifests
// against the API's types, every variable they and compose.yaml set against lib/env.ts, and the
// probes, ports and grace periods against the app. The image itself is the standalone build
// that CI starts and runs the e2e suite against.

type Container = {
  name: string;
  command?: string[];
  ports?: { name: string; containerPort: number }[];
  env?: { name: string }[];
  readinessProbe?: { httpGet: { path: string; port: string } };
  livenessProbe?: { httpGet: { path: string; port: string } };
  startupProbe?: { httpGet: { path: string; port: string } };
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
};
type PodSpec = { containers: Container[]; terminationGracePeriodSeconds?: number };
type Deployment = {
  metadata: { name: string };
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
};
type KeyValues = { data?: Record<string, string>; stringData?: Record<string, string> };

// Read by Next itself (the standalone server's address), not by the store's code.
const NEXT_OWN = new Set(["PORT", "HOSTNAME", "NEXT_TELEMETRY_DISABLED"]);

const withoutFile = (m: Manifest) => Object.fromEntries(Object.entries(m).filter(([key]) => key !== "file"));
const routeExists = (urlPath: string) => existsSync(path.join(root, "app", urlPath, "route.ts"));
const dockerfile = read("Dockerfile");
const exposedPort = Number(/^EXPOSE (\d+)$/m.exec(dockerfile)?.[1]);
const manifests = k8sManifests();
const deployment = manifest<Deployment>(manifests, "Deployment");
const web = deployment.spec.template.spec.containers[0]!;
const config = manifest<KeyValues>(manifests, "ConfigMap").data ?? {};
const secret = manifest<KeyValues>(manifests, "Secret").stringData ?? {};
const { services } = compose();
// The services that run the store's image: the web server and the migrate step.
const storeServices = Object.entries(services).filter(([, s]) => s.build === ".");

// Plain files, no database: once is enough (the postgres project would only repeat it).
describe.skipIf(process.env.TEST_DATABASE_BASE_URL)("deploy files", () => {
  it("are Kubernetes API objects of their kind, and kustomize applies every one but the Secret template", () => {
    for (const m of manifests) {
      const Type = kubernetesTypes[`${m.apiVersion}/${m.kind}`];
      expect(Type, `${m.file}: ${m.apiVersion} ${m.kind}`).toBeDefined();
      expect(() => new Type!(withoutFile(m) as never).validate(), m.file).not.toThrow();
    }
    const files = manifests.map((m) => m.file).filter((file) => file !== "secret.example.yaml");
    expect(kustomization().resources.toSorted()).toEqual([...new Set(files)].toSorted());
    expect(manifests.map((m) => m.kind).toSorted()).toEqual([
      "ConfigMap",
      "Deployment",
      "HorizontalPodAutoscaler",
      "Ingress",
      "Job",
      "PodDisruptionBudget",
      "Secret",
      "Service",
    ]);
  });

  it("are refused when a field has the wrong type (the validation is not a formality)", () => {
    const broken = structuredClone(
      withoutFile(manifests.find((m) => m.kind === "Deployment")!),
    ) as unknown as Deployment;
    broken.spec.template.spec.containers[0]!.ports![0]!.containerPort = "3000" as never;
    expect(() => new kubernetesTypes["apps/v1/Deployment"]!(broken as never).validate()).toThrow(/containerPort/);
  });

  it("set only variables lib/env.ts knows, with values it accepts", () => {
    const known = new Set(envVariables);
    const set = [
      ...Object.keys(config),
      ...Object.keys(secret),
      ...manifests.flatMap((m) =>
        m.kind === "Deployment" || m.kind === "Job"
          ? ((m as unknown as { spec: { template: { spec: PodSpec } } }).spec.template.spec.containers.flatMap(
              (c) => c.env?.map((e) => e.name) ?? [],
            ) ?? [])
          : [],
      ),
      ...storeServices.flatMap(([, s]) => Object.keys(s.environment ?? {})),
      ...[...dockerfile.matchAll(/^\s*([A-Z_]+)=/gm)].map((match) => match[1]!),
    ];
    expect(set.length).toBeGreaterThan(20);
    expect(set.filter((name) => !known.has(name) && !NEXT_OWN.has(name))).toEqual([]);

    // Every value passes the start-up validation: a pair is whole, URLs are URLs.
    expect(() => parseEnv({ ...config, ...secret })).not.toThrow();
    for (const [name, service] of storeServices) {
      const env = Object.fromEntries(
        Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(String(value))]),
      );
      expect(() => parseEnv(env), name).not.toThrow();
    }
  });

  it("probe the app's health routes on the port the image serves", () => {
    expect(exposedPort).toBe(3000);
    expect(dockerfile).toMatch(new RegExp(`PORT=${exposedPort}\\b`));
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/api\/health'/);
    expect(dockerfile).toMatch(/^USER node$/m);

    expect(web.readinessProbe?.httpGet.path).toBe("/api/health/ready");
    expect(web.livenessProbe?.httpGet.path).toBe("/api/health");
    for (const probe of [web.readinessProbe, web.livenessProbe, web.startupProbe]) {
      expect(routeExists(probe!.httpGet.path)).toBe(true);
      expect(web.ports?.find((p) => p.name === probe!.httpGet.port)?.containerPort).toBe(exposedPort);
    }
    // The Service reaches that port; the Ingress reaches the Service; the HPA and PDB the pods.
    const service = manifest<{
      metadata: { name: string };
      spec: { selector: object; ports: { name: string; targetPort: string }[] };
    }>(manifests, "Service");
    const { selector, ports } = service.spec;
    expect(selector).toEqual(deployment.spec.selector.matchLabels);
    expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
    expect(web.ports?.map((p) => p.name)).toContain(ports[0]!.targetPort);
    const ingress = JSON.stringify(manifest<object>(manifests, "Ingress"));
    expect(ingress).toContain(`"service":{"name":"${service.metadata.name}","port":{"name":"${ports[0]!.name}"}}`);
    const hpa = manifest<{ spec: { scaleTargetRef: { name: string }; minReplicas: number } }>(
      manifests,
      "HorizontalPodAutoscaler",
    );
    expect(hpa.spec.scaleTargetRef.name).toBe(deployment.metadata.name);
    expect(Math.min(hpa.spec.minReplicas, deployment.spec.replicas)).toBeGreaterThanOrEqual(2);
    const pdb = manifest<{ spec: { selector: { matchLabels: object } } }>(manifests, "PodDisruptionBudget");
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);

    expect(services.store?.ports).toContain(`${exposedPort}:${exposedPort}`);
  });

  it("give a stopping pod or container the whole of the server's drain", () => {
    const preStopMs = Number(web.lifecycle?.preStop?.exec?.command[1] ?? 0) * 1000;
    const drainMs = Number(config.SHUTDOWN_TIMEOUT_MS ?? parseEnv({}).SHUTDOWN_TIMEOUT_MS);
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds! * 1000).toBeGreaterThan(
      preStopMs + drainMs + CLOSE_BUDGET_MS,
    );
    const composeGraceMs = Number(/^(\d+)s$/.exec(services.store?.stop_grace_period ?? "")?.[1]) * 1000;
    expect(composeGraceMs).toBeGreaterThan(parseEnv({}).SHUTDOWN_TIMEOUT_MS + CLOSE_BUDGET_MS);
  });

  it("migrate before the web process starts, with a task the image carries", () => {
    const tasks = read("scripts/build-tasks.ts");
    const job = manifest<{ spec: { template: { spec: PodSpec } } }>(manifests, "Job");
    const commands = [job.spec.template.spec.containers[0]!.command, services.migrate?.command];
    for (const command of commands) {
      expect(command).toEqual(["node", "tasks/migrate.mjs"]);
      expect(tasks).toContain('"migrate"');
    }
    expect(existsSync(path.join(root, "scripts", "migrate.ts"))).toBe(true);
    expect(services.store?.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    expect(services.store?.environment?.MIGRATE_ON_START).toBeUndefined();
  });

  it("run the production backends in compose: Postgres, Redis with its append-only file, Meilisearch, Inngest", () => {
    const env = services.store!.environment!;
    expect(new URL(interpolate(env.DATABASE_URL!)).hostname).toBe("postgres");
    expect(new URL(env.REDIS_URL!).hostname).toBe("redis");
    expect(new URL(env.MEILISEARCH_HOST!).hostname).toBe("meilisearch");
    expect(new URL(env.INNGEST_DEV!).hostname).toBe("inngest");
    expect(services.redis?.command?.join(" ")).toContain("--appendonly yes");
    const inngestApp = services.inngest?.command?.find((arg) => arg.startsWith("http://store:"));
    expect(new URL(inngestApp!).port).toBe(String(exposedPort));
    expect(routeExists(new URL(inngestApp!).pathname)).toBe(true);
    expect(existsSync(path.join(k8sDir, "secret.example.yaml"))).toBe(true);
  });
});
