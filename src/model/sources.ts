import { FACTS, type FactDefinition, type FactId } from './facts.ts';

/**
 * Where each figure of the facts table is written: a page, repository file or paper a reader can open, and the figure
 * as it is written there, so that a sceptic can find it; and a note of what the figure covers and which way it leans.
 * Apart from `facts.ts` so that the first screen, which computes with the numbers, does not carry the citations:
 * the assumptions panel, the picture's footnote and docs/SOURCES.md read them from here.
 */
export interface FactSource {
  readonly title: string;
  /** A URL a reader can open; for a repository, the file at the commit that was read. */
  readonly url: string;
  /** The figure as the source states it, in its own words. */
  readonly stated: string;
  /** The day the source was read, YYYY-MM-DD. */
  readonly read: string;
}

/** A fact with its source and its note. */
export interface SourcedFact extends FactDefinition {
  readonly source: FactSource;
  /** What the figure covers and what it leaves out, and which way that leans. */
  readonly note: string;
}

const READ = '2026-12-01';

const UBUNTU_REQUIREMENTS = {
  title: 'Ubuntu Server documentation: System requirements (24.04 LTS, amd64)',
  url: 'https://documentation.ubuntu.com/server/reference/installation/system-requirements/',
  read: READ,
} as const;
const TIERHIVE_ALPINE = {
  title: 'TierHive: Minimising Alpine 3.23 on a KVM VPS (the “Before” listing, a fresh deploy after cloud-init)',
  url: 'https://tierhive.com/blog/tierhive-howto/how-to-run-alpine-with-just-23mb-ram',
  read: READ,
} as const;
const OSINFO_ALPINE = {
  title: 'libosinfo osinfo-db: Alpine Linux 3.23 (the VM sizing database of virt-install and GNOME Boxes)',
  url: 'https://gitlab.com/libosinfo/osinfo-db/-/blob/main/data/os/alpinelinux.org/alpinelinux-3.23.xml.in',
  read: READ,
} as const;
const FIRECRACKER_SPEC = {
  title: 'Firecracker SPECIFICATION.md',
  url: 'https://github.com/firecracker-microvm/firecracker/blob/81b38b9dad6056d7a48073e95ac5a9aed51cb2ab/SPECIFICATION.md',
  read: READ,
} as const;
const REPO_INFO = 'https://github.com/docker-library/repo-info/blob';

const CITATIONS: Readonly<Record<FactId, { readonly source: FactSource; readonly note: string }>> = {
  hostOsMemoryMiB: {
    source: { ...UBUNTU_REQUIREMENTS, stated: 'Minimum RAM: 1 GB (cloud images)' },
    note: 'The one general-purpose OS under the building, and under a type-2 hypervisor: the documented floor of Ubuntu Server, taken as 1 GiB.',
  },
  hostOsDiskGB: {
    source: { ...UBUNTU_REQUIREMENTS, stated: 'Minimum storage: 5 GB (ISO installs)' },
    note: 'The host’s own install. A type-1 hypervisor’s management domain is a Linux install too, and is given the same.',
  },
  hypervisorMemoryMiB: {
    source: {
      title: 'XenServer documentation: Changing the Control Domain Memory',
      url: 'https://docs.xenserver.com/en-us/xencenter/current-release/hosts-control-domain-memory',
      stated: 'Citrix recommends that you do not reduce the dom0 memory below 1 GiB.',
      read: READ,
    },
    note: 'A type-1 hypervisor runs on the hardware and schedules the guests; Xen’s dom0 (like Hyper-V’s root partition) holds the drivers and the management tools. XenServer gives dom0 more on larger hosts, so the floor favours VMs. Under a type-2 hypervisor the host OS pays instead.',
  },
  vmmOverheadMiB: {
    source: { ...FIRECRACKER_SPEC, stated: 'Firecracker’s virtual machine manager threads have a memory overhead <= 5 MiB' },
    note: 'Measured for a 1 vCPU, 128 MiB microVM. Classic monitors such as QEMU emulate more devices and spend more: this favours VMs.',
  },
  vmSmallestMiB: {
    source: {
      title: 'Amazon EC2 User Guide: Burstable performance instances',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/t2-instances.html',
      stated: 'offering as low as 2 vCPUs and 0.5 GiB of memory',
      read: READ,
    },
    note: 'VMs are rented and planned in sizes that double (EC2’s “General purpose instances” table runs a1.medium 2 GiB to a1.4xlarge 32 GiB): a VM’s memory is its guest OS and app rounded up to the next size.',
  },
  engineMemoryMiB: {
    source: {
      title: 'Docker Community Forums: Docker memory usage (dockerd 18.09.1 after start)',
      url: 'https://forums.docker.com/t/docker-memory-usage/65343',
      stated: 'We see dockerd taking up upto 57MB RES Memory (top: RES 57208)',
      read: READ,
    },
    note: 'The building manager, once per host: dockerd’s resident memory, 57,208 KiB. containerd’s own daemon is not in it, which favours containers a little.',
  },
  engineDiskMB: {
    source: {
      title: 'docker-library/repo-info: docker:29.8.0-dind',
      url: `${REPO_INFO}/6920603f6b235541954715bc503c44f3f43f0187/repos/docker/local/29.8-dind.md`,
      stated: 'Virtual Size: ~ 377.93 Mb (total size of all layers on-disk)',
      read: READ,
    },
    note: 'The whole Docker-in-Docker image: the engine plus an Alpine base, git, buildx and compose. More than the engine alone, so this leans against containers.',
  },
  runtimeMemoryMiB: {
    source: {
      title: 'containerd pull request 1767: linux/shim: reduce memory overhead by using ttrpc',
      url: 'https://github.com/containerd/containerd/pull/1767',
      stated: 'RSS 9376 → 5248 (KiB per running container’s shim)',
      read: READ,
    },
    note: 'The small shim process that watches each container: about 5 MiB resident (1.2 MiB proportional). No kernel, no services.',
  },
  writableLayerKB: {
    source: {
      title: 'Docker Docs: Storage drivers (the docker ps -s example)',
      url: 'https://docs.docker.com/engine/storage/drivers/',
      stated: 'Each of these containers only takes up 36k of space on the filesystem. (writable layers: 0B, then 5B, of a virtual 7.75MB)',
      read: READ,
    },
    note: 'What each container keeps of its own: its writable layer (bytes, when data lives in volumes) and its metadata and logs.',
  },
  containerStartSeconds: {
    source: {
      title: 'moby/moby issue 38077: Docker takes a really long time to start / stop containerized processes',
      url: 'https://github.com/moby/moby/issues/38077',
      stated: 'On an i7 2.8ghz eight core CPU the same command took 500ms (time docker run --rm busybox true)',
      read: READ,
    },
    note: 'The whole docker run round trip with the image already pulled: namespaces, cgroups, network, the first process. A maintainer measured 1.28 s on a 2-vCPU cloud VM in the same thread; slow machines take seconds.',
  },
  generalGuestMemoryMiB: {
    source: {
      title: 'Ubuntu Discourse: SSHd now uses socket-based activation (Ubuntu 22.10 and later)',
      url: 'https://discourse.ubuntu.com/t/sshd-now-uses-socket-based-activation-ubuntu-22-10-and-later/30189',
      stated: 'A default Ubuntu 22.04 LXD image at release time used 65MiB of RAM',
      read: READ,
    },
    note: 'Ubuntu’s services and userland at rest, measured as a container: a VM’s own kernel comes on top, so this favours VMs.',
  },
  generalGuestMinimumMiB: {
    source: { ...UBUNTU_REQUIREMENTS, stated: 'Minimum RAM: 1 GB (cloud images)' },
    note: 'A whole VM, app included, is never given less than this.',
  },
  generalGuestDiskGB: {
    source: { ...UBUNTU_REQUIREMENTS, stated: 'In theory you could go even lower, like 2.5 GB for cloud image installs' },
    note: 'The smallest disk a cloud-image install fits on, so what it stores is at most this.',
  },
  generalGuestDiskAllocatedGB: {
    source: { ...UBUNTU_REQUIREMENTS, stated: 'Suggested minimum storage: 25 GB or more' },
    note: 'The size each VM’s virtual disk is given. A thin disk (qcow2’s default) stores only what is written, so the host counts what is used.',
  },
  vmBootSeconds: {
    source: {
      title: 'Depot blog: How we got microVMs booting in under a second (the unoptimised baseline)',
      url: 'https://depot.dev/blog/optimizing-microvm-boot-times',
      stated: 'Our unoptimized baseline lands between 7 and 9 seconds.',
      read: READ,
    },
    note: 'A stock Ubuntu cloud image on Cloud Hypervisor and KVM, on a bare-metal host, to a usable userspace with the network up. It leaves out creating the VM and fetching its image: cloud instances are quoted at tens of seconds to minutes. Used for both guests; a trimmed guest boots faster.',
  },
  minimalGuestMemoryMiB: {
    source: { ...TIERHIVE_ALPINE, stated: 'Mem: total 91, used 38, buff/cache 28 (free -m)' },
    note: 'A freshly deployed Alpine VM, kernel allocations included; its 28 MiB of caches are left out, which favours VMs.',
  },
  minimalGuestMinimumMiB: {
    source: { ...OSINFO_ALPINE, stated: '<minimum> … <ram>134217728</ram>' },
    note: 'The minimum a VM tool will give an Alpine guest. The same entry recommends 768 MiB.',
  },
  minimalGuestDiskMiB: {
    source: { ...TIERHIVE_ALPINE, stated: '/dev/vda 953.0M size, 164.4M used (df)' },
    note: 'The installed Alpine system, kernel and modules included.',
  },
  minimalGuestDiskAllocatedGiB: {
    source: { ...OSINFO_ALPINE, stated: '<minimum> … <storage>1073741824</storage>' },
    note: 'The size each VM’s virtual disk is given; a thin disk stores only what is used.',
  },
  microvmMinimumMiB: {
    source: { ...FIRECRACKER_SPEC, stated: 'a microVM with 1 CPUs and 128 MiB of RAM, and a guest OS with the Firecracker-tuned kernel' },
    note: 'The microVM Firecracker measures its boot and overhead on. A microVM is sized to its app and minimal guest, in MiB, not in doubling sizes.',
  },
  microvmBootSeconds: {
    source: { ...FIRECRACKER_SPEC, stated: 'It takes <= 125 ms to go from receiving the Firecracker InstanceStart API call to the start of the Linux guest user-space /sbin/init process.' },
    note: 'On M5D.metal and M6G.metal hosts, with a minimal kernel and root file system and the serial console off.',
  },
  mergedPagesPercent: {
    source: {
      title: 'Barker et al. (USENIX ATC ’12): An Empirical Study of Memory Sharing in Virtual Machines, abstract',
      url: 'https://www.usenix.org/conference/atc12/technical-sessions/presentation/barker',
      stated: 'absolute sharing levels (excluding zero pages) generally remain under 15%',
      read: READ,
    },
    note: 'Used only when page merging is on, at the top of that range: it favours VMs. Earlier studies reported 30% or more; most sharing is inside one VM, not between VMs.',
  },
  alpineImageMB: {
    source: { title: 'docker-library/repo-info: alpine:3.24.2', url: `${REPO_INFO}/7859ce442d87572265f77dfce85c80f8d40ff85b/repos/alpine/local/3.24.2.md`, stated: 'Virtual Size: ~ 8.42 Mb (total size of all layers on-disk)', read: READ },
    note: 'The base of the official nginx, node and redis alpine images (3.8 MB compressed to download).',
  },
  debianImageMB: {
    source: { title: 'docker-library/repo-info: debian:trixie-slim', url: `${REPO_INFO}/029a6a7362cedcc060abd73f6f43fda5c5728880/repos/debian/local/13-slim.md`, stated: 'Virtual Size: ~ 78.64 Mb (total size of all layers on-disk)', read: READ },
    note: 'postgres:18 and python:3.14-slim are built FROM debian:trixie-slim (their Dockerfiles).',
  },
  ubuntuImageMB: {
    source: { title: 'docker-library/repo-info: ubuntu:26.04', url: `${REPO_INFO}/34e0037a44e0990e8bd1ee7cc265e12874b1c0ed/repos/ubuntu/local/latest.md`, stated: 'Virtual Size: ~ 100.17 Mb (total size of all layers on-disk)', read: READ },
    note: 'eclipse-temurin:25-jdk is built FROM ubuntu:26.04. The same distribution as a VM’s 2.5 GB disk, as a container base.',
  },
  nginxImageMB: {
    source: { title: 'docker-library/repo-info: nginx:1.31.4-alpine', url: `${REPO_INFO}/3821bb47c40fc979b62d55cfaf4f7af78bac275c/repos/nginx/local/1.31.4-alpine3.24.md`, stated: 'Virtual Size: ~ 62.82 Mb (total size of all layers on-disk)', read: READ },
    note: 'The nginx layers are this less the alpine base.',
  },
  nodeImageMB: {
    source: { title: 'docker-library/repo-info: node:24-alpine', url: `${REPO_INFO}/680e90cf33798bbbf2010b0100255d091c02fcc0/repos/node/local/24-alpine.md`, stated: 'Virtual Size: ~ 170.75 Mb (total size of all layers on-disk)', read: READ },
    note: 'The Node.js runtime layers are this less the alpine base.',
  },
  redisImageMB: {
    source: { title: 'docker-library/repo-info: redis:8.10.1-alpine', url: `${REPO_INFO}/348b32e593167028da9f656dd588e331c409ed59/repos/redis/local/8.10.1-alpine.md`, stated: 'Virtual Size: ~ 118.62 Mb (total size of all layers on-disk)', read: READ },
    note: 'This build includes the Redis modules. The Redis layers are this less the alpine base.',
  },
  postgresImageMB: {
    source: { title: 'docker-library/repo-info: postgres:18.4', url: `${REPO_INFO}/537f5806d95b0243877116925fad8a221fd836ab/repos/postgres/local/latest.md`, stated: 'Virtual Size: ~ 456.26 Mb (total size of all layers on-disk)', read: READ },
    note: 'The PostgreSQL layers are this less the debian base.',
  },
  pythonImageMB: {
    source: { title: 'docker-library/repo-info: python:3.14.7-slim-trixie', url: `${REPO_INFO}/87d2c47713d426149a0b9e05abd3f4e6878051e0/repos/python/local/3-slim-trixie.md`, stated: 'Virtual Size: ~ 119.66 Mb (total size of all layers on-disk)', read: READ },
    note: 'The Python runtime layers are this less the debian base.',
  },
  temurinImageMB: {
    source: { title: 'docker-library/repo-info: eclipse-temurin:25-jdk', url: `${REPO_INFO}/d8491959f9345a586452478766b7a8070db59823/repos/eclipse-temurin/local/25-jdk.md`, stated: 'Virtual Size: ~ 413.99 Mb (total size of all layers on-disk)', read: READ },
    note: 'An OpenJDK build; its JDK layers are this less the ubuntu base.',
  },
};

/** Every fact, in display order, with where it is written. */
export const SOURCED_FACTS: readonly SourcedFact[] = FACTS.map((fact) => ({ ...fact, ...CITATIONS[fact.id] }));
