import { formatDisk, formatMemory, GUEST_OSES, type Host } from '../model/index.ts';
import { SOURCED_FACTS, type FactSource } from '../model/sources.ts';

/** A source in a few words: its title before the colon that starts its details. */
function briefSource(source: FactSource): string {
  return source.title.split(/: /)[0]!.trim();
}

/**
 * The picture's footnote, one paragraph a line: the machine, guest OS and hypervisor the picture assumes, then where
 * the figures come from (each source once) and how many of them the reader changed.
 */
export function pictureFootnote(host: Host): string[] {
  const hardware = host.hardware;
  const guest = GUEST_OSES[host.guestOs];
  const hypervisor = host.hypervisor === 'type-1' ? 'a type-1 hypervisor with its management domain' : 'a type-2 hypervisor on a host OS';
  const optimised = [host.optimisations.mergePages ? 'page merging (KSM)' : null, host.optimisations.linkedClones ? 'linked clones' : null].filter(Boolean);
  const changed = SOURCED_FACTS.filter((fact) => host.facts[fact.id] !== fact.defaultValue).length;
  const sources = [...new Set(SOURCED_FACTS.map((fact) => briefSource(fact.source)))];
  return [
    `Assumptions: one ${hardware.name.toLowerCase()} (${hardware.cores} cores, ${formatMemory(hardware.memoryBytes)} of memory, ` +
      `${formatDisk(hardware.diskBytes)} of disk). Each house is a virtual machine with its own ${guest.name.toLowerCase()} ` +
      `(${guest.example}) under ${hypervisor}, its memory rounded up to a VM size${optimised.length > 0 ? `, with ${optimised.join(' and ')}` : ''}; the apartments are containers sharing the host’s one kernel and container engine.`,
    `Figures are sourced defaults${changed > 0 ? ` (${changed} changed by the reader)` : ''}, not a benchmark; sources: ${sources.join('; ')}.`,
  ];
}
