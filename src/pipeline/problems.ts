// Problems found while compiling, each placed at the line of the field it names. A problem that only
// names an id whose declaration did not load is counted, not listed: it follows from another one.
import type { Located } from './read-yaml.ts';

/** Where a message about `record` points: the line of the field the message starts with, if any. */
export function placeOf(record: Located, message: string): string {
  const field = /^([A-Za-z_]\w*(?:\[\d+\])?(?:\.\w+)?)[:\s]/.exec(message)?.[1];
  return `${record.file}:${field && record.fieldLine ? record.fieldLine(field) : record.line}`;
}

export interface FollowOn {
  count: number;
  /** The files whose declarations did not load, named in the summary. */
  files: string[];
}

export class Problems {
  readonly list: string[] = [];
  private count = 0;
  private readonly files = new Set<string>();
  private readonly unloaded: Map<string, string>;

  /** `unloaded`: id → the file that declares it but did not load (did not parse, or was rejected). */
  constructor(unloaded: ReadonlyMap<string, string> = new Map()) {
    this.unloaded = new Map(unloaded);
  }

  /** Marks an id whose record was rejected: later problems that only name it follow from that. */
  reject(id: unknown, file: string): void {
    if (typeof id === 'string' && !this.unloaded.has(id)) this.unloaded.set(id, file);
  }

  add(record: Located, prefix: string, message: string, unknownId?: string): void {
    const from = unknownId === undefined ? undefined : this.unloaded.get(unknownId);
    if (from === undefined) this.list.push(`${placeOf(record, message)}: ${prefix}${message}`);
    else {
      this.count++;
      this.files.add(from);
    }
  }

  get followOn(): FollowOn {
    return { count: this.count, files: [...this.files].sort() };
  }
}
