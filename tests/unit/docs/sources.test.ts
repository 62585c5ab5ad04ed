import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FactGroup } from '../../../src/model/index.ts';
import { SOURCED_FACTS as FACTS, type SourcedFact } from '../../../src/model/sources.ts';

// docs/SOURCES.md is written from the facts table, so that it can never say other than the app: this test fails
// when the two differ. After changing a fact, run `UPDATE_SOURCES=1 npx vitest run tests/unit/docs` to rewrite it.

const PATH = new URL('../../../docs/SOURCES.md', import.meta.url);

const GROUP_TITLES: Record<FactGroup, string> = {
  host: 'The host, its hypervisor and VM sizes',
  engine: 'The container engine',
  'guest-general': 'General-purpose guest OS (Ubuntu Server)',
  'guest-minimal': 'Minimal guest OS (Alpine)',
  microvm: 'MicroVMs (Firecracker)',
  optimisations: 'VM optimisations',
  images: 'Official images',
};

/** Claims the page's words make without a figure of the model, with where each is written. */
const CLAIMS: readonly { claim: string; title: string; url: string; stated: string }[] = [
  { claim: 'KSM was built to fit more VMs into memory, and costs CPU', title: 'Linux kernel docs: Kernel Samepage Merging (admin-guide/mm/ksm)', url: 'https://docs.kernel.org/admin-guide/mm/ksm.html', stated: 'to fit more virtual machines into physical memory … KSM’s scans may use a lot of processing power: some installations will disable KSM for that reason.' },
  { claim: 'Shared pages leak through timing', title: 'Security implications of memory deduplication in a virtualized environment (DSN 2013), IBM Research publication page', url: 'https://research.ibm.com/publications/security-implications-of-memory-deduplication-in-a-virtualized-environment', stated: 'writing to a shared page would incur a longer access time than those non-shared' },
  { claim: 'Linked clones: a qcow2 image on a backing file stores only its differences', title: 'QEMU docs: QEMU disk image utility (qemu-img create)', url: 'https://www.qemu.org/docs/master/tools/qemu-img.html', stated: 'the image will record only the differences from BACKING_FILE' },
  { claim: 'VM disks grow as they are written (thin)', title: 'QEMU docs: Disk Images', url: 'https://www.qemu.org/docs/master/system/images.html', stated: 'growable disk images (their size increase as non empty sectors are written)' },
  { claim: 'A virtio balloon takes memory back from a guest, with its cooperation', title: 'Firecracker docs: Using the balloon device with Firecracker', url: 'https://github.com/firecracker-microvm/firecracker/blob/81b38b9dad6056d7a48073e95ac5a9aed51cb2ab/docs/ballooning.md', stated: 'used to reclaim and give back guest memory through API commands issued by the host' },
  { claim: 'Type 1: Xen runs on the hardware, schedules vCPUs, and has dom0', title: 'Xen Project admin guide: Introduction', url: 'https://xenbits.xen.org/docs/latest/admin-guide/introduction.html', stated: 'Xen is an open source, bare metal hypervisor … Dom0 takes the role of control domain … Xen manages RAM, schedules virtual CPUs on the available physical CPUs' },
  { claim: 'Type 1: Hyper-V has a root partition', title: 'Microsoft: Hypervisor Top-Level Functional Specification, glossary', url: 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/tlfs', stated: 'The root partition (a.k.a the "parent" or "host") is a privileged management partition.' },
  { claim: 'vCPUs time-share cores and may be overcommitted', title: 'Linux kernel docs: Paravirt preferred CPUs (scheduler/sched-paravirt)', url: 'https://kernel.org/doc/html/next/scheduler/sched-paravirt.html', stated: 'In paravirtualized environments CPU overcommit is a common scenario … The hypervisor needs to preempt one vCPU to run another.' },
  { claim: 'A guest escaped through emulated hardware', title: 'NVD: CVE-2015-3456 (VENOM)', url: 'https://nvd.nist.gov/vuln/detail/CVE-2015-3456', stated: 'The Floppy Disk Controller (FDC) in QEMU … allows local guest users to … possibly execute arbitrary code' },
  { claim: 'Docker Desktop runs containers in a Linux VM', title: 'Docker Docs: Virtual Machine Manager for Docker Desktop on Mac', url: 'https://docs.docker.com/desktop/features/vmm/', stated: 'Docker Desktop supports multiple Virtual Machine Managers (VMMs) to power the Linux VM that runs containers.' },
  { claim: 'On Windows, Docker Desktop uses the WSL 2 VM', title: 'Docker Docs: Docker Desktop WSL 2 backend on Windows', url: 'https://docs.docker.com/desktop/features/wsl/', stated: 'Windows Subsystem for Linux (WSL) 2 is a full Linux kernel built by Microsoft' },
  { claim: 'Lambda began with one VM per customer', title: 'Firecracker FAQ: Why did you develop Firecracker?', url: 'https://github.com/firecracker-microvm/firecracker/blob/81b38b9dad6056d7a48073e95ac5a9aed51cb2ab/FAQ.md', stated: 'At launch we used per-customer EC2 instances to provide strong security and isolation between customers.' },
  { claim: 'Lambda and Fargate run on Firecracker', title: 'Agache et al.: Firecracker: Lightweight Virtualization for Serverless Applications (NSDI ’20), abstract', url: 'https://www.usenix.org/conference/nsdi20/presentation/agache', stated: 'We have deployed Firecracker in two publically-available serverless compute services at AWS (Lambda and Fargate)' },
  { claim: 'Kata Containers: a VM with its own kernel per pod', title: 'Kata Containers: quick start guide', url: 'https://github.com/kata-containers/kata-containers/blob/7c6ba40c54ea29b459b4997cff948caaba4e658b/docs/quick-start-guide.md', stated: 'With Kata, each pod runs in a VM with its own guest kernel' },
  { claim: 'gVisor: a user-space kernel in front of the host’s', title: 'gVisor README', url: 'https://github.com/google/gvisor/blob/3c5eee17dc45659fb86843531074f38e78e0cc35/README.md', stated: 'It is an application kernel that implements a Linux-like interface. Unlike Linux, it is written in a memory-safe language (Go) and runs in userspace.' },
  { claim: 'Containers sharing a layer share its cached pages', title: 'Docker Docs: OverlayFS storage driver (page caching)', url: 'https://docs.docker.com/engine/storage/drivers/overlayfs-driver/', stated: 'Multiple containers accessing the same file share a single page cache entry for that file.' },
  { claim: 'Running speed: containers equal or better; both need I/O tuning', title: 'Felter, Ferreira, Rajamony, Rubio: An Updated Performance Comparison of Virtual Machines and Linux Containers (IBM Research RC25482, 2014), abstract', url: 'https://dominoweb.draco.res.ibm.com/0929052195dd819c85257d2300681e7b.html', stated: 'containers result in equal or better performance than VM in almost all cases. Both VMs and containers require tuning to support I/O-intensive applications.' },
  { claim: 'Cloud VM start-up takes tens of seconds to minutes', title: 'Razavi, van der Kolk, Kielmann: Prebaked µVMs (ICDCS 2015), abstract', url: 'https://doi.org/10.1109/ICDCS.2015.33', stated: 'virtual machine (VM) startup times are in the order of several minutes, or at best, several tens of seconds' },
  { claim: 'The official images’ bases', title: 'Dockerfiles: postgres 18/trixie, python 3.14/slim-trixie, nginx mainline/alpine-slim, node 24/alpine3.24, redis alpine, eclipse-temurin 25/jdk/ubuntu/resolute', url: 'https://github.com/docker-library/postgres/blob/6edb0a8c4def40c371514b34aef9037ec82d9110/18/trixie/Dockerfile', stated: 'FROM debian:trixie-slim (postgres, python slim); FROM alpine:3.23 or 3.24 (nginx, node, redis); FROM ubuntu:26.04 (eclipse-temurin)' },
];

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function factRow(fact: SourcedFact): string {
  const { source } = fact;
  return `| ${cell(fact.label)} | ${fact.defaultValue} ${fact.unit} | [${cell(source.title)}](${source.url}) | “${cell(source.stated)}” | ${source.read} | ${cell(fact.note)} |`;
}

function sourcesMarkdown(): string {
  const lines = [
    '# Sources',
    '',
    'Every figure the explainer computes with, where it is written, and the words to look for there. This file is',
    'written from `src/model/facts.ts` and `src/model/sources.ts` by `UPDATE_SOURCES=1 npx vitest run tests/unit/docs`; a unit test fails when the',
    'two differ. The research behind each choice, with what did not hold, is in `docs/sources-research.md`.',
    '',
  ];
  for (const [group, title] of Object.entries(GROUP_TITLES) as [FactGroup, string][]) {
    lines.push(`## ${title}`, '', '| figure | value | source | as stated there | read | note |', '| --- | --- | --- | --- | --- | --- |');
    for (const fact of FACTS.filter((candidate) => candidate.group === group)) lines.push(factRow(fact));
    lines.push('');
  }
  lines.push('## Claims in the text', '', '| claim | source | as stated there |', '| --- | --- | --- |');
  for (const claim of CLAIMS) lines.push(`| ${cell(claim.claim)} | [${cell(claim.title)}](${claim.url}) | “${cell(claim.stated)}” |`);
  lines.push('', '## The explainer’s own figures', '');
  lines.push(
    'The example app’s working sets, its apps’ start times and its own top layers (site, deps, code, jar, db init) are',
    'round figures of this explainer, identical on both sides. A guest’s resident memory is drawn as two equal rooms,',
    'kernel and services: the sources give only their sum.',
    '',
  );
  return lines.join('\n');
}

describe('docs/SOURCES.md', () => {
  it('lists every fact with its value, its source link, the words it states, the day it was read and its note', () => {
    const expected = sourcesMarkdown();
    if (process.env.UPDATE_SOURCES === '1') writeFileSync(PATH, expected);
    const written = readFileSync(PATH, 'utf8');
    expect(written).toBe(expected);
    for (const fact of FACTS) expect(written, fact.id).toContain(fact.source.url);
  });
});
