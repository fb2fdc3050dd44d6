// "Last updated": each content file's last commit date, read from git once per build (one
// `git log` for all files, cached). Without usable history (no git, not a repository, a shallow
// clone where every file would get the same date) pages show no date rather than a wrong one.
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

/** The ISO date of the last commit that touched `file` (relative to the repository root), if known. */
export function lastUpdated(file: string): string | undefined {
  cache ??= readHistory();
  return cache.get(file);
}

/** Parses `git log --format=%x00%cI --name-only` output: newest first, so a file's first date wins. */
export function parseHistory(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) if (!dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** A date as readers see it, the same in every time zone: `6 December 2026`. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

function readHistory(): Map<string, string> {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git('rev-parse', '--is-shallow-repository').trim() !== 'false') return new Map();
    const root = git('rev-parse', '--show-prefix').trim();
    const log = git('log', '--format=%x00%cI', '--name-only', '--no-renames', '--', 'content');
    // Paths in the log are from the repository root; pages ask relative to the project.
    return new Map(
      [...parseHistory(log)].map(([file, date]) => [file.slice(root.length), date] as const),
    );
  } catch {
    return new Map();
  }
}
