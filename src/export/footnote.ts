import { FACTS, formatDisk, formatMemory, GUEST_OSES, type Host } from '../model/index.ts';

/** A source in a few words: the part before its details in brackets or after a colon. */
function briefSource(source: string): string {
  return source.split(/ \(|: /)[0]!.trim();
}

/**
 * The picture's footnote, one paragraph a line: the machine, guest OS and hypervisor the picture assumes, then where
 * the figures come from (each source once) and how many of them the reader changed.
 */
export function pictureFootnote(host: Host): string[] {
  const hardware = host.hardware;
  const guest = GUEST_OSES[host.guestOs];
  const hypervisor = host.hypervisor === 'type-1' ? 'a type-1 hypervisor on bare metal' : 'a type-2 hypervisor on a host OS';
  const changed = FACTS.filter((fact) => host.facts[fact.id] !== fact.defaultValue).length;
  const sources = [...new Set(FACTS.map((fact) => briefSource(fact.source)))];
  return [
    `Assumptions: one ${hardware.name.toLowerCase()} (${hardware.cores} cores, ${formatMemory(hardware.memoryBytes)} of memory, ` +
      `${formatDisk(hardware.diskBytes)} of disk). Each house is a virtual machine with its own ${guest.name.toLowerCase()} ` +
      `(${guest.example}) under ${hypervisor}; the apartments are containers sharing the host’s one kernel and container engine.`,
    `Figures are teaching defaults${changed > 0 ? ` (${changed} changed by the reader)` : ''}, not a benchmark; sources: ${sources.join('; ')}.`,
  ];
}
