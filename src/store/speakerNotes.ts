// The presenter's notes for each step of the story, shown only in the speaker's window (src/ui/speaker/). Every figure
// in them is one the app shows on that step, in its picture, its captions, its costs or its step's words, as the
// page opens the step; none is from anywhere else. Kept out of the first script (vite.config.ts): only the speaker's
// window loads it.

/** One step's notes, in the four parts a presenter reads from. */
export interface SpeakerNote {
  /** The title of the step the notes belong to: a test holds the notes to the story's order. */
  readonly step: string;
  readonly pointAt: string;
  readonly sayAloud: string;
  readonly ask: string;
  /** What a good answer to the question says, in a line. */
  readonly listenFor: string;
  readonly wrongAnswer: string;
}

/** The parts in the order they are shown, with their headings. */
export const NOTE_PARTS: readonly { readonly part: Exclude<keyof SpeakerNote, 'step'>; readonly heading: string }[] = [
  { part: 'pointAt', heading: 'Point at' },
  { part: 'sayAloud', heading: 'Say aloud' },
  { part: 'ask', heading: 'Ask the class' },
  { part: 'listenFor', heading: 'Listen for' },
  { part: 'wrongAnswer', heading: 'A common wrong answer' },
];

/** In the order of STEPS, one for each step. */
export const SPEAKER_NOTES: readonly SpeakerNote[] = [
  {
    step: 'Seven apps, one small computer, two ways to house them',
    pointAt: 'The “No land left” sign at the end of the street, then the free room still left in the building.',
    sayAloud: 'Five houses fill 7 GiB of the board’s 8 GiB; all seven apartments fit in 4.8 GiB.',
    ask: 'Same seven apps, same machine: where did the street’s memory go?',
    listenFor: 'Into the houses themselves: each boots a guest OS of its own, in a VM rounded up to its size.',
    wrongAnswer:
      '“The apps run leaner in containers.” No: each app needs the same memory on both sides. The street’s costs ' +
      'show it: 3.4 GiB is held by the VMs beyond guest and app, and every house boots a guest OS of its own.',
  },
  {
    step: 'What the picture means',
    pointAt:
      'The hatching: a guest kernel inside each house, the host’s one kernel under the building. Then the ringed ' +
      'hypervisor under the street and the engine in the building’s basement.',
    sayAloud: 'Before any app, the street pays 1 GiB for its hypervisor and monitors; the building 1.1 GiB for its kernel, engine and shims.',
    ask: 'Why are both sides drawn to one scale?',
    listenFor: 'So that the same memory is the same land, and the two places can be compared by eye.',
    wrongAnswer:
      '“A container is a small VM with a tiny OS inside.” No: it boots nothing. It is a group of processes on the ' +
      'host’s kernel, with its own view of files, network and process ids.',
  },
  {
    step: 'Every house has every room',
    pointAt: 'The ringed guest OS in each house, and the empty rooms above its app.',
    sayAloud: 'The 256 MiB app gets a 512 MiB house: over 200 MiB of it is held unused.',
    ask: 'The Alpine guest keeps under 40 MiB. Why is the house still twice the size of the app?',
    listenFor: 'VM sizes double: guest and app are rounded up to the next size, and the rest is held unused.',
    wrongAnswer:
      '“The empty rooms are free for the next house.” No: VMs come in sizes that double, and a VM’s memory stays ' +
      'held by its house, busy or not. The costs show 436 MiB held beyond guest and app for these two houses.',
  },
  {
    step: 'One set of plumbing for the whole building',
    pointAt: 'The building’s one ringed kernel and its engine, then the four guest kernels, one in every house.',
    sayAloud: 'The same four apps, 1.3 GiB of them: the street uses 5 GiB, the building 2.3 GiB.',
    ask: 'Add a fifth tenant to each side. What more does each side pay?',
    listenFor: 'The building pays for the app alone; the street for the app, another guest OS and the rounding up.',
    wrongAnswer:
      '“The building’s platform, 1.1 GiB, is bigger than the hypervisor’s 1 GiB, so containers cost more.” It is ' +
      'paid once. Each house pays for its own guest OS on top of the hypervisor, and the VM holds more again.',
  },
  {
    step: 'Rent exactly what you need',
    pointAt: 'The four apartments, from the studio cache to the penthouse Java service, then the houses they became.',
    sayAloud: 'The apps need 5.8 GiB on both sides; the street uses 13 GiB of 16, the building 6.8 GiB.',
    ask: 'The database needs more memory tonight. What changes for its apartment, and what for its house?',
    listenFor: 'The apartment’s limit is raised while it runs; the house moves to a larger VM size and holds all of it.',
    wrongAnswer:
      '“A VM only takes the memory its app is using.” Its virtual processors time-share the host’s cores, but its ' +
      'memory stays held, busy or not: here 6 GiB is held by the VMs beyond guest and app.',
  },
  {
    step: 'Furnished from the basics up',
    pointAt: 'Take the class’s guess first. Then the ringed “alpine ×4” chip in the basement and the four apartments it links to; then “node.js ×3”.',
    sayAloud: 'The alpine base layer is 8.4 MB. Shared layers, 234 MB, are stored once, and save 413 MB.',
    ask: 'One apartment writes a file. What do its neighbours on the same layer see?',
    listenFor: 'Nothing: the write lands in that container’s own thin top layer, and the shared layers stay as they were.',
    wrongAnswer:
      '“They all see it: they share the layer.” No: shared layers are read-only, and each container writes only to ' +
      'its own thin top layer. The neighbours see nothing of it.',
  },
  {
    step: 'The start-up race',
    pointAt: 'Take the class’s guess first: answering starts the race. Then watch its two results fill in, apartments ready and houses ready.',
    sayAloud: 'Every apartment is ready after 2.5 s; the last house after 10 s.',
    ask: 'What does neither clock count?',
    listenFor: 'Fetching the images, and creating a cloud instance: both clocks leave them out.',
    wrongAnswer:
      '“Containers win because they skip the app’s own start-up.” No: both wait for the same apps. A house first ' +
      'boots an operating system, 7 to 9 seconds for a stock Ubuntu cloud image on KVM; docker run takes about ' +
      'half a second.',
  },
  {
    step: 'Unwanted guests',
    pointAt: 'Take the class’s guess first: answering lets the attacker into web server 1. Then compare the red rings on the two sides.',
    sayAloud: 'One kernel flaw from web server 1 reaches all 4 apartments; on the street the hypervisor keeps the other 3 houses apart.',
    ask: 'If these four tenants were four customers, where would you draw the line?',
    listenFor: 'Between customers: a VM or microVM for each, and containers only among one customer’s own services.',
    wrongAnswer:
      '“VMs cannot be escaped.” They can: VENOM, in 2015, escaped through QEMU’s floppy drive. A house is one more ' +
      'boundary to break, not a perfect one, which is why clouds give each customer its own VM.',
  },
  {
    step: 'Can a VM run Docker? Yes',
    pointAt: 'The one ringed house, with the whole building standing inside it on its guest OS.',
    sayAloud: 'Six apartments in one house, and room for 12 GiB more on the 16 GiB laptop.',
    ask: 'Where do Docker Desktop’s containers run on a Mac?',
    listenFor: 'In a Linux VM that Docker Desktop runs: the building stands inside one house.',
    wrongAnswer:
      '“Docker in a VM means paying a VM for every container.” No: you pay for one guest OS, once. The six ' +
      'services as six houses would use 8 GiB (the costs, below); as apartments 3.8 GiB.',
  },
  {
    step: 'Your turn',
    pointAt: 'The Add buttons, the VM optimisations, and the assumptions, where every figure links to its source.',
    sayAloud: 'Before any tenant the street pays 1 GiB and the building 1.1 GiB: every gap above that is what the tenants bring.',
    ask: 'Turn on page merging and linked clones. Does the street catch up?',
    listenFor: 'Closer, not level: every house still boots and keeps its own operating system.',
    wrongAnswer:
      '“With both on, VMs are as dense as containers.” From step 9’s six services, page merging gives back 1.1 GiB, ' +
      'yet the street still uses 7 GiB to the building’s 3.8 GiB, and every house still boots its own OS.',
  },
];
