import type { ScenarioSpec } from '../model/index.ts';
import type { View } from './types.ts';

/** What a step marks in the picture; the scenes' CSS draws each as a thick ring, never by hue alone. */
export type Highlight = 'free' | 'platform' | 'guest-os' | 'shared-core' | 'units' | 'layers' | 'breach' | 'docker-house';

/** What a ring in the picture marks, said once beneath the step's words. */
export const HIGHLIGHT_WORDS: Readonly<Record<Highlight, string>> = {
  free: 'Ringed in the picture: the memory each side still has free.',
  platform: 'Ringed: what each side runs before any app (the hypervisor; the kernel and the engine).',
  'guest-os': 'Ringed: each house’s own guest OS, and the rooms its VM holds unused.',
  'shared-core': 'Ringed: the building’s one shared kernel, and each house’s own.',
  units: 'Ringed: the apartments, one per container.',
  layers: 'Ringed: the most shared image layer, stored once, and the apartments that use it.',
  breach: 'Ringed in red: what the attacker can reach.',
  'docker-house': 'Ringed: the one VM the whole building stands in.',
};

/** One step of the guided story: it sets up its scenario, marks what it speaks of, and says it in a few words. */
export interface StoryStep {
  readonly title: string;
  /** 80 words or fewer. */
  readonly body: string;
  /** The scenario the step shows; null keeps whatever the reader has built. */
  readonly spec: ScenarioSpec | null;
  readonly view: View;
  readonly highlight: Highlight | null;
  /** A hands-on part shown under the text. */
  readonly activity?: 'race' | 'guests';
  /** A question put before the answer shows in the picture (ui/story/predictions.ts); not on the first step. */
  readonly prediction?: 'layers' | 'race' | 'guests';
}

const SIX_SERVICES = [
  { kind: 'web' },
  { kind: 'api' },
  { kind: 'worker' },
  { kind: 'cache' },
  { kind: 'database' },
  { kind: 'reports' },
] as const;

export const STEPS: readonly StoryStep[] = [
  {
    title: 'Seven apps, one small computer, two ways to house them',
    body:
      'Seven small services on one single-board computer with 8 GiB of memory. On the left each runs in its own virtual ' +
      'machine: a house with its own plumbing. On the right each runs in a container: an apartment in one building. The ' +
      'street ran out of land after five houses; the building let all seven apartments and still has room. Same apps, ' +
      'same machine: what differs is what each tenant must bring along.',
    spec: { hardware: 'small-board', workloads: [...SIX_SERVICES, { kind: 'java' }] },
    view: 'both',
    highlight: 'free',
  },
  {
    title: 'What the picture means',
    body:
      'Land is the machine’s memory, drawn to the same scale on both sides. A house is a virtual machine: the ' +
      'hypervisor gives it virtual hardware and it boots a guest operating system of its own. An apartment is a ' +
      'container: a group of processes with their own view of files, network and process ids, started by the container ' +
      'engine on the host’s one kernel. Hatching marks a kernel wherever one runs.',
    spec: { hardware: 'laptop', workloads: [{ kind: 'web' }, { kind: 'cache' }] },
    view: 'both',
    highlight: 'platform',
  },
  {
    title: 'Every house has every room',
    body:
      'Even a tiny web server needs a whole house. Before its app moves in, a VM boots its own kernel and starts its own ' +
      'services. Here the guest is Alpine, as small as guests get: it keeps under 40 MiB for itself. But VMs come in ' +
      'sizes that double, so the 256 MiB app gets a 512 MiB house, over 200 MiB of it held unused. A studio house ' +
      'does exist now: choose MicroVMs under Show, below the picture.',
    spec: { hardware: 'laptop', guestOs: 'minimal', workloads: [{ kind: 'web', size: 'studio' }, { kind: 'web', size: 'studio' }] },
    view: 'both',
    highlight: 'guest-os',
  },
  {
    title: 'One set of plumbing for the whole building',
    body:
      'The building runs one kernel, the host’s, shared by every apartment, and one building manager: the container ' +
      'engine (dockerd, containerd, runc) that creates apartments and keeps their doors locked with namespaces and ' +
      'cgroups. An apartment brings no kernel and no system services of its own, so it costs little more than the ' +
      'memory its app uses. Every house, meanwhile, pays for its own.',
    spec: { hardware: 'laptop', workloads: [{ kind: 'web' }, { kind: 'api' }, { kind: 'worker' }, { kind: 'cache' }] },
    view: 'both',
    highlight: 'shared-core',
  },
  {
    title: 'Rent exactly what you need',
    body:
      'Apartments come in sizes, from a studio for a small cache to a penthouse for a busy service. A size is a limit on ' +
      'CPU and memory that the kernel enforces with cgroups, and it can change while the tenant lives there. A house is ' +
      'rented by the VM size: its guest OS and app, rounded up to the next size. Its virtual processors time-share the ' +
      'host’s cores as apartments do, but its memory stays held, busy or not.',
    spec: {
      hardware: 'laptop',
      workloads: [
        { kind: 'cache', size: 'studio' },
        { kind: 'api', size: 'one-bedroom' },
        { kind: 'database', size: 'two-bedroom' },
        { kind: 'java', size: 'penthouse' },
      ],
    },
    view: 'both',
    highlight: 'units',
  },
  {
    title: 'Furnished from the basics up',
    body:
      'A container image is built in layers: a small base such as alpine, 8.4 MB, then only what the app needs. ' +
      'Identical layers are stored once and shared read-only; each container writes only to its own thin top layer. ' +
      'Here four apartments share one alpine layer and three share a Node.js runtime. Each house stores its own ' +
      'installed OS, unless its disks are linked clones of one base image.',
    spec: { hardware: 'laptop', workloads: [{ kind: 'web' }, { kind: 'api' }, { kind: 'worker' }, { kind: 'api' }] },
    view: 'both',
    highlight: 'layers',
    prediction: 'layers',
  },
  {
    title: 'The start-up race',
    body:
      'Press Start and every tenant moves in at once. A house boots its own operating system first: 7 to 9 seconds for ' +
      'a stock Ubuntu cloud image on KVM, before any app starts. An apartment needs only its processes started: about ' +
      'half a second for docker run. Neither counts fetching images or creating a cloud instance. Time on screen is ' +
      'squeezed; the clock shows real seconds.',
    spec: { hardware: 'laptop', workloads: [{ kind: 'web' }, { kind: 'api' }, { kind: 'worker' }, { kind: 'cache' }, { kind: 'database' }] },
    view: 'both',
    highlight: null,
    activity: 'race',
    prediction: 'race',
  },
  {
    title: 'Unwanted guests',
    body:
      'Suppose an attacker takes over one tenant. To reach a neighbouring house it must also escape the virtual ' +
      'hardware, which flaws have allowed (VENOM, 2015, in QEMU’s floppy drive). In the building one shared kernel locks ' +
      'every door: one kernel flaw can open them all. So clouds draw the line at the customer: AWS Lambda began with one ' +
      'VM per customer and now gives workloads Firecracker microVMs. Isolation and density pull against each other.',
    spec: { hardware: 'laptop', workloads: [{ kind: 'web' }, { kind: 'api' }, { kind: 'database' }, { kind: 'cache' }] },
    view: 'both',
    highlight: null,
    activity: 'guests',
    prediction: 'guests',
  },
  {
    title: 'Can a VM run Docker? Yes',
    body:
      'Rent a virtual machine in a cloud, install a container engine in it, and your containers share that VM’s ' +
      'kernel. On a Mac or a Windows PC the building already stands inside a house: Docker Desktop runs its containers ' +
      'in a Linux VM. You pay for one guest OS, once; the apartments inside cost what apartments cost anywhere. The ' +
      'house gives the hard boundary, the building inside it the density.',
    spec: { hardware: 'laptop', workloads: SIX_SERVICES },
    view: 'nested',
    highlight: 'docker-house',
  },
  {
    title: 'Your turn',
    body:
      'Add workloads, change their sizes, switch the machine or the guest OS, or change any figure in the assumptions ' +
      'and watch both places respond. Every figure links to its source. Turn on the VM optimisations and see how far ' +
      'page merging and linked clones close the gap, or show MicroVMs, the studio houses in between.',
    spec: null,
    view: 'both',
    highlight: null,
  },
];
