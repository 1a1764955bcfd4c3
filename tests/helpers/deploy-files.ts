import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Job } from "kubernetes-models/batch/v1/Job";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { parse, parseAllDocuments } from "yaml";

// Reads the deploy files (compose.yaml, deploy/k8s/, Dockerfile) for tests/deploy.test.ts.

export const root = path.join(import.meta.dirname, "..", "..");
export const k8sDir = path.join(root, "deploy", "k8s");

export const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The Kubernetes API type for each kind the manifests use; validate() checks against its OpenAPI schema. */
export const kubernetesTypes: Record<string, { new (data: never): { validate(): void } }> = {
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "batch/v1/Job": Job,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "networking.k8s.io/v1/Ingress": Ingress,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};

export type Manifest = { file: string; apiVersion: string; kind: string; metadata: { name: string } } & Record<
  string,
  unknown
>;

export function k8sManifests(): Manifest[] {
  return readdirSync(k8sDir)
    .filter((file) => file.endsWith(".yaml") && file !== "kustomization.yaml")
    .flatMap((file) =>
      parseAllDocuments(readFileSync(path.join(k8sDir, file), "utf8")).map(
        (doc) => ({ file, ...(doc.toJS() as object) }) as Manifest,
      ),
    );
}

export function manifest<T>(manifests: Manifest[], kind: string): T {
  const found = manifests.filter((m) => m.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0] as T;
}

export function kustomization(): { resources: string[] } {
  return parse(readFileSync(path.join(k8sDir, "kustomization.yaml"), "utf8")) as { resources: string[] };
}

type ComposeService = {
  build?: string;
  image?: string;
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  stop_grace_period?: string;
};

export function compose(): { services: Record<string, ComposeService> } {
  return parse(read("compose.yaml"), { merge: true }) as { services: Record<string, ComposeService> };
}

/**
 * Compose's interpolation as `docker compose up` does it with an empty .env: `${X:-default}`
 * takes the default, and `${X:?message}` (a variable the operator must set) gets a stand-in.
 */
export function interpolate(value: string): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, _name: string, op?: string, arg?: string) =>
    op === "-" ? (arg ?? "") : op === "?" ? "x".repeat(32) : "",
  );
}
