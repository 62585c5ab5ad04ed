import { factBytes, type FactId, type Facts } from './facts.ts';
import { MB, MiB } from './units.ts';

/**
 * One read-only image layer. Its id is content-addressed, as Docker's are: the SHA-256 of its description
 * (a test recomputes every one). Base layers take their size from the facts table, so the reader can change it.
 */
export interface Layer {
  readonly id: string;
  /** A short name that fits on a drawn fixture: "nginx", "api deps". */
  readonly name: string;
  readonly description: string;
  /**
   * A base layer's size is a sourced image size; a runtime's is its official image's size less the image's base;
   * an app's own layers are the explainer's example app, in round bytes.
   */
  readonly size: { readonly bytes: number } | { readonly fact: FactId } | { readonly image: FactId; readonly base: FactId };
}

const sha = (hex: string) => `sha256:${hex}`;

/** Every layer of the catalog's images, keyed by a short name used only in this file. */
const LAYERS = {
  alpine: { id: sha('720703f93de74febdaa8c8741430e882cc7dd3deb84d9db4adcbbed24898496a'), name: 'alpine', description: 'alpine base filesystem', size: { fact: 'alpineImageMB' } },
  debian: { id: sha('0724f13ed2568825318644524ae915e5b1a214f170aec9b9df9a3ad1685cc02d'), name: 'debian', description: 'debian base filesystem', size: { fact: 'debianImageMB' } },
  ubuntu: { id: sha('1b8139581444d7ee14e826430091beba5cf4862d4170dc129186b79ba745b2c8'), name: 'ubuntu', description: 'ubuntu base filesystem', size: { fact: 'ubuntuImageMB' } },
  nginx: { id: sha('96cbc63a190ff73e56c3e64b1a33c08501a0ceab3ca142f8883771c2ae3ae087'), name: 'nginx', description: 'nginx web server', size: { image: 'nginxImageMB', base: 'alpineImageMB' } },
  site: { id: sha('0f45521e29a1332cda25614f6b0b5e1e64e65a6695994092f5d05734f766e1b6'), name: 'site', description: 'static site and nginx config', size: { bytes: 2 * MB } },
  node: { id: sha('59351d3e56306385113fc4046da60d88aae7352eacffa0c50a6e36d157534dbf'), name: 'node.js', description: 'Node.js runtime', size: { image: 'nodeImageMB', base: 'alpineImageMB' } },
  apiDeps: { id: sha('58ff46f90c1f2ebc0209347a98b5a8f46928703533ab524e3cfec69ee39b52cd'), name: 'api deps', description: 'API service npm dependencies', size: { bytes: 60 * MB } },
  apiCode: { id: sha('f7d51b1a2fa4342f95e74d04f6e6111a698c636e95f8c4a3d84b671ebc97ac74'), name: 'api code', description: 'API service code', size: { bytes: 3 * MB } },
  workerDeps: { id: sha('6c697581df2452bdd91961572e029ac95abeddeea2129d37434466dccb7b2535'), name: 'worker deps', description: 'worker npm dependencies', size: { bytes: 35 * MB } },
  workerCode: { id: sha('93d16ee0c5fbd5e134d00331ee469acf1c9842355fcdff8450d6cf309f6f36f4'), name: 'worker code', description: 'worker code', size: { bytes: 1 * MB } },
  redis: { id: sha('c5a19badc81464d8a2f149a579e788e7e0e24b800ddc52a1c5f0ff3144baae66'), name: 'redis', description: 'Redis server', size: { image: 'redisImageMB', base: 'alpineImageMB' } },
  postgres: { id: sha('8f58ca400cefab92ea90fef8bb7ff7fac85bfc7852dda900ef6bf9ec57375dfe'), name: 'postgres', description: 'PostgreSQL server', size: { image: 'postgresImageMB', base: 'debianImageMB' } },
  dbInit: { id: sha('80a1fab7b7734f4130c9f3ff196ce1275ba3d554f5dff3acc4d3a9bf3221d07a'), name: 'db init', description: 'database init scripts', size: { bytes: 100_000 } },
  python: { id: sha('0ddb1e46e34011b934bbf0bbbf774a1f8e268d9af5025d80f799157573db8710'), name: 'python', description: 'Python runtime', size: { image: 'pythonImageMB', base: 'debianImageMB' } },
  pandas: { id: sha('67b4903edd6ee6f301887db33a863c2eb77eb90ec7fc24634d029d7d2ee014b6'), name: 'pandas', description: 'pandas and report libraries', size: { bytes: 150 * MB } },
  reportCode: { id: sha('ef74050fd506280be46073849422bc7abffd2c23885a1d9c686e305ea5eae499'), name: 'report code', description: 'report job code', size: { bytes: 1 * MB } },
  jdk: { id: sha('516b43f5b7d0a0f5a1d37622a22b77affc61fd88fdca5a48498325abe379404f'), name: 'jdk', description: 'Eclipse Temurin JDK (an OpenJDK build)', size: { image: 'temurinImageMB', base: 'ubuntuImageMB' } },
  jar: { id: sha('80b464dc958aee7aaa80af272d251a7aa870f20250108e9b61c2ac84f3cbb376'), name: 'jar', description: 'Java service jar', size: { bytes: 40 * MB } },
} as const satisfies Record<string, Layer>;

/** Every layer any catalog image uses. */
export const ALL_LAYERS: readonly Layer[] = Object.values(LAYERS);

const layerById = new Map<string, Layer>(ALL_LAYERS.map((layer) => [layer.id, layer]));

export function layerDefinition(id: string): Layer | undefined {
  return layerById.get(id);
}

/** The size of a layer in bytes, reading base-image sizes from the facts table. */
export function layerBytes(facts: Facts, layer: Layer): number {
  const size = layer.size;
  if ('fact' in size) return factBytes(facts, size.fact);
  // A runtime is its image less its base; an image never smaller than its base is never given a negative layer.
  if ('image' in size) return Math.max(0, factBytes(facts, size.image) - factBytes(facts, size.base));
  return size.bytes;
}

export type WorkloadKindId = 'web' | 'api' | 'worker' | 'cache' | 'database' | 'reports' | 'java';

/** A kind of workload the reader can add: what the app itself needs, whichever way it is placed. */
export interface WorkloadKind {
  readonly id: WorkloadKindId;
  /** Lower-case noun used in sentences and accessible names: "Add web server". */
  readonly name: string;
  /** One short word for a name drawn where the whole one does not fit: "web 2" for "web server 2". */
  readonly short: string;
  readonly software: string;
  /** Memory the app itself touches while serving. */
  readonly workingSetBytes: number;
  /** Typical CPU use, in cores. */
  readonly cpu: number;
  /** Seconds from process start to ready, on top of whatever starts it (a guest boot or a container start). */
  readonly appStartSeconds: number;
  /** Image layers, base first, as `FROM` and each later instruction build them. */
  readonly layers: readonly Layer[];
}

/**
 * The catalog. Each kind is built on its official image (nginx:alpine, node:24-alpine, redis:alpine, postgres:18,
 * python:3.14-slim, eclipse-temurin:25-jdk), whose sizes and bases are sourced facts. Working sets, start times and the
 * app's own top layers are an example app's round figures: the explainer's, identical on both sides, so they do not
 * tilt the comparison. The official images are built on different point releases of their base; the picture shares
 * one base layer, as images built on the same base digest do.
 */
export const CATALOG: Readonly<Record<WorkloadKindId, WorkloadKind>> = {
  web: {
    id: 'web', short: 'web', name: 'web server', software: 'nginx on alpine',
    workingSetBytes: 64 * MiB, cpu: 0.25, appStartSeconds: 0.1,
    layers: [LAYERS.alpine, LAYERS.nginx, LAYERS.site],
  },
  api: {
    id: 'api', short: 'API', name: 'API service', software: 'Node.js on alpine',
    workingSetBytes: 384 * MiB, cpu: 0.5, appStartSeconds: 1,
    layers: [LAYERS.alpine, LAYERS.node, LAYERS.apiDeps, LAYERS.apiCode],
  },
  worker: {
    id: 'worker', short: 'worker', name: 'background worker', software: 'Node.js on alpine',
    workingSetBytes: 192 * MiB, cpu: 0.25, appStartSeconds: 0.8,
    layers: [LAYERS.alpine, LAYERS.node, LAYERS.workerDeps, LAYERS.workerCode],
  },
  cache: {
    id: 'cache', short: 'cache', name: 'cache', software: 'Redis on alpine',
    workingSetBytes: 128 * MiB, cpu: 0.25, appStartSeconds: 0.1,
    layers: [LAYERS.alpine, LAYERS.redis],
  },
  database: {
    id: 'database', short: 'DB', name: 'database', software: 'PostgreSQL on debian',
    workingSetBytes: 896 * MiB, cpu: 1, appStartSeconds: 2,
    layers: [LAYERS.debian, LAYERS.postgres, LAYERS.dbInit],
  },
  reports: {
    id: 'reports', short: 'report', name: 'report job', software: 'Python on debian',
    workingSetBytes: 448 * MiB, cpu: 0.5, appStartSeconds: 1.5,
    layers: [LAYERS.debian, LAYERS.python, LAYERS.pandas, LAYERS.reportCode],
  },
  java: {
    id: 'java', short: 'Java', name: 'Java service', software: 'Temurin JDK on ubuntu',
    workingSetBytes: 768 * MiB, cpu: 1, appStartSeconds: 6,
    layers: [LAYERS.ubuntu, LAYERS.jdk, LAYERS.jar],
  },
};

export const WORKLOAD_KIND_IDS = Object.keys(CATALOG) as WorkloadKindId[];

export function isWorkloadKindId(id: string): id is WorkloadKindId {
  return Object.hasOwn(CATALOG, id);
}

/** Bytes of an image's layers above its base: what a VM installs on top of its guest OS to run the same app. */
export function appLayersBytes(facts: Facts, kind: WorkloadKind): number {
  return kind.layers.slice(1).reduce((sum, layer) => sum + layerBytes(facts, layer), 0);
}
