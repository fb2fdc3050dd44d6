// One replica of the demo (laptop or phone): a Repo over its own in-memory store, a skewable clock.
import { DictDatastore } from '@project-hub/datastore';
import { HybridClock, Repo, type MergeReport, type Version } from '@project-hub/dronestore';
import { Note, NOTE_NAME, type Field, type NoteInstance } from './note.ts';

/** How a version came to a replica. */
export type VersionOrigin = 'commit' | 'merge' | 'received';

/** One entry in a replica's chain of versions. */
export interface ChainEntry {
  readonly version: Version;
  readonly origin: VersionOrigin;
}

/** A replica: its repository, its clock (with an adjustable skew) and the note being edited. */
export class Replica {
  readonly name: string;
  readonly clock: HybridClock;
  readonly repo: Repo;
  /** Milliseconds added to the real time by this replica's clock. */
  skewMs = 0;
  note: NoteInstance;
  readonly chain: ChainEntry[] = [];

  constructor(name: string, now: () => number = Date.now) {
    this.name = name;
    this.clock = new HybridClock({ replica: name, wall: () => now() + this.skewMs });
    this.repo = new Repo(new DictDatastore(), { clock: this.clock });
    this.note = new Note(NOTE_NAME, { clock: this.clock });
  }

  /** Sets a field from user input (coerced by the attribute; may throw a TypeError). */
  edit(field: Field, value: unknown): void {
    this.note.set(field, value);
  }

  /** Commits the edits and stores the version; returns it, or undefined when nothing changed. */
  async commit(): Promise<Version | undefined> {
    const before = this.note.version;
    const version = this.note.commit();
    if (version === before) return undefined;
    await this.repo.put(this.note);
    this.chain.push({ version, origin: 'commit' });
    return version;
  }

  /** Drops uncommitted edits by reloading the stored version. */
  async discard(): Promise<void> {
    const stored = await this.repo.get(this.note.key, Note);
    this.note = stored ?? new Note(NOTE_NAME, { clock: this.clock });
  }

  /** Merges another replica's latest committed version into this one's repository. */
  async receive(version: Version): Promise<MergeReport> {
    const first = !(await this.repo.contains(version.key));
    const report = await this.repo.merge(version);
    if (report.changed) {
      this.note = (await this.repo.get(version.key, Note)) as NoteInstance;
      this.chain.push({ version: report.version, origin: first ? 'received' : 'merge' });
    }
    return report;
  }
}
