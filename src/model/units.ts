/** Byte multiples. Memory is counted in binary units (GiB), disk in decimal units (GB), as vendors quote them. */
export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;
export const KB = 1000;
export const MB = 1000 * KB;
export const GB = 1000 * MB;
export const TB = 1000 * GB;

/** One formatter for every figure: `toLocaleString` builds a new one per call, and a thousand rows call it often. */
const ONE_DECIMAL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function trim(value: number): string {
  // One decimal below 10, none above: "9.5 GiB", "64 GiB", "0.3 s".
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return ONE_DECIMAL.format(rounded);
}

/** Memory in binary units: "512 MiB", "9.5 GiB". */
export function formatMemory(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= GiB) return `${trim(bytes / GiB)} GiB`;
  if (abs >= MiB) return `${trim(bytes / MiB)} MiB`;
  if (abs >= KiB) return `${trim(bytes / KiB)} KiB`;
  return `${Math.round(bytes)} B`;
}

/** Disk in decimal units: "20 GB", "5.6 MB", "63 B". */
export function formatDisk(bytes: number): string {
  const abs = Math.abs(bytes);
  if (abs >= TB) return `${trim(bytes / TB)} TB`;
  if (abs >= GB) return `${trim(bytes / GB)} GB`;
  if (abs >= MB) return `${trim(bytes / MB)} MB`;
  if (abs >= KB) return `${trim(bytes / KB)} KB`;
  return `${Math.round(bytes)} B`;
}

/** A duration: "125 ms", "1.5 s", "66 s", "2 min 5 s". */
export function formatSeconds(seconds: number): string {
  // Under a second, in milliseconds: a microVM's sourced 125 ms would otherwise read as 0.1 s.
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 120) return `${trim(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

const TWO_DECIMALS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** CPU cores: "0.25 cores", "1 core", "16 cores". */
export function formatCores(cores: number): string {
  const text = TWO_DECIMALS.format(Math.round(cores * 100) / 100);
  return `${text} ${cores === 1 ? 'core' : 'cores'}`;
}
