// The notes beside the pictures that only some views show, loaded after the first render (ui/later.ts).

/** Beside the row of microVMs: what a microVM is, where clouds use one, and the other middle ground. */
export function MicrovmNote() {
  return (
    <p className="microvm-note">
      Firecracker boots a microVM to its first process in 125 ms or less (1 vCPU, 128 MiB, a minimal kernel) with at
      most 5 MiB of its own memory, and was built for AWS Lambda and Fargate, which run workloads on it (Agache et
      al., NSDI ’20). Kata Containers gives each pod such a VM. Each guest keeps its own page cache, where
      containers on one kernel share theirs: the picture counts only a guest’s resident memory, so it flatters
      microVMs a little. gVisor is the other middle ground: a user-space kernel, written in Go, that stands in
      front of the host’s kernel.
    </p>
  );
}

/** Beside Docker inside a VM: the answer to "can a VM run Docker?", and where a reader meets it on a laptop. */
export function NestedNote() {
  return (
    <div className="nested-note">
      <h3>Can a VM run Docker?</h3>
      <p>
        Yes. Rent a virtual machine in a cloud and run a container engine in it, and your containers share that VM’s
        kernel. Docker Desktop on a Mac or a Windows PC does the same: its containers run in a Linux VM (Docker’s
        documentation on its virtual machine managers and its WSL 2 backend). You pay for one guest OS, once, and the
        apartments inside cost what they cost in any building.
      </p>
      <p>
        The house still has its own plumbing (its guest kernel and services), so the building inside it has a little
        less room than one standing on the bare lot.
      </p>
    </div>
  );
}

/** The note beside the microVMs' row or the Docker house (one part loaded after the page). */
export function SceneNote({ of }: { of: 'microvms' | 'nested' }) {
  return of === 'microvms' ? <MicrovmNote /> : <NestedNote />;
}
