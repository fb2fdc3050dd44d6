// Runs TypeDoc with typedoc-plugin-markdown over the packages' entry points, in memory.
import { relative } from 'node:path';
import {
  Application,
  Logger,
  LogLevel,
  type MinimalNode,
  type MinimalSourceFile,
  type ProjectReflection,
} from 'typedoc';
import { MarkdownPageEvent } from 'typedoc-plugin-markdown';
import type { EntryPoint } from './entry-points.ts';

/** TypeDoc's markdown for one entry point, and the file name its links to it use. */
export interface GeneratedModule {
  entry: EntryPoint;
  /** TypeDoc's own page name for it (`datastore.md`): other pages link to it by this name. */
  url: string;
  markdown: string;
}

/** An export without a TSDoc comment, or another problem TypeDoc found. */
export class ApiReferenceError extends Error {
  override readonly name = 'ApiReferenceError';
  readonly code = 'ERR_API_REFERENCE';
}

// Markdown that reads well through our pipeline: signatures in ts fences, parameters as tables.
const OPTIONS = {
  plugin: ['typedoc-plugin-markdown'],
  router: 'module',
  readme: 'none',
  hidePageTitle: true,
  hideBreadcrumbs: true,
  hidePageHeader: true,
  useCodeBlocks: true,
  useHTMLAnchors: true,
  parametersFormat: 'table',
  interfacePropertiesFormat: 'table',
  classPropertiesFormat: 'table',
  typeDeclarationFormat: 'table',
  enumMembersFormat: 'table',
  propertyMembersFormat: 'table',
  excludePrivate: true,
  excludeInternal: true,
  disableSources: true,
  // A new export without documentation fails the build (see generateModules).
  validation: { notDocumented: true, invalidLink: true, notExported: true },
  // Every export and every method, accessor and constructor; not yet every property (see README).
  requiredToBeDocumented: [
    'Enum',
    'EnumMember',
    'Variable',
    'Function',
    'Class',
    'Interface',
    'Method',
    'Accessor',
    'TypeAlias',
  ],
  treatValidationWarningsAsErrors: true,
  logLevel: LogLevel.Warn,
};

/** Collects TypeDoc's warnings and errors instead of printing them. */
class CollectingLogger extends Logger {
  readonly problems: string[] = [];
  override log(message: string, level: LogLevel): void {
    if (level >= LogLevel.Warn) this.problems.push(message);
  }
  // Where: `src/lib/texchat/inline.ts:37`, as the rest of the build reports places.
  protected override addContext(
    message: string,
    _level: LogLevel,
    ...args: [MinimalNode?] | [number, MinimalSourceFile]
  ): string {
    const [file, pos] =
      typeof args[0] === 'number'
        ? [args[1] as MinimalSourceFile, args[0]]
        : [args[0]?.getSourceFile(), args[0]?.getStart()];
    if (!file || pos === undefined) return message;
    const line = file.getLineAndCharacterOfPosition(pos).line + 1;
    return `${relative(process.cwd(), file.fileName)}:${line}: ${message}`;
  }
}

/** Converts and renders the entry points; throws an ApiReferenceError listing every problem. */
export async function generateModules(
  entries: readonly EntryPoint[],
  outDir: string,
  tsconfig = 'tsconfig.typedoc.json',
): Promise<GeneratedModule[]> {
  const app = await Application.bootstrapWithPlugins({
    ...OPTIONS,
    tsconfig,
    entryPoints: entries.map((entry) => entry.file),
    // Only our packages must be documented, not what they re-export from elsewhere.
    packagesRequiringDocumentation: [...new Set(entries.map(packageNameOf))],
    out: outDir,
  } as Parameters<typeof Application.bootstrapWithPlugins>[0]);
  const logger = new CollectingLogger();
  app.logger = logger;
  const project = await app.convert();
  if (project) {
    hideRepeatedMembers(project);
    app.validate(project);
  }
  if (!project || logger.problems.length > 0) throw problemsError(logger.problems);
  const pages: { url: string; model: { name: string }; contents: string }[] = [];
  // typedoc-plugin-markdown emits its own page event under the same name as TypeDoc's.
  app.renderer.on(MarkdownPageEvent.END as 'endPage', (event) => {
    const page = event as unknown as MarkdownPageEvent;
    pages.push({
      url: page.url,
      model: page.model as { name: string },
      contents: page.contents ?? '',
    });
  });
  await app.generateOutputs(project);
  return entries.map((entry) => {
    const name = moduleName(entry, entries);
    const page = pages.find((candidate) => candidate.model.name === name);
    if (!page)
      throw new ApiReferenceError(
        `[api] TypeDoc wrote no page for ${entry.file} (module "${name}")`,
      );
    return { entry, url: page.url, markdown: page.contents };
  });
}

/** `@project-hub/datastore/fs` → `@project-hub/datastore`. */
function packageNameOf(entry: EntryPoint): string {
  return entry.specifier.split('/').slice(0, 2).join('/');
}

/** TypeDoc names a module by its path from the entry points' common folder, without /index. */
function moduleName(entry: EntryPoint, entries: readonly EntryPoint[]): string {
  if (entries.length === 1) return entry.file.replace(/^.*\//, '').replace(/\.ts$/, '');
  return entry.file
    .replace(/^src\/lib\//, '')
    .replace(/\.ts$/, '')
    .replace(/\/index$/, '');
}

/** Members a class only inherits, and the protected overrides of the store hooks (`_get`, …),
 * are documented once, on the base class; repeating them on every store buried the rest. */
function hideRepeatedMembers(project: ProjectReflection): void {
  for (const reflection of Object.values(project.reflections)) {
    if (!reflection.isDeclaration()) continue;
    const inherited = reflection.inheritedFrom !== undefined;
    const protectedOverride = reflection.flags.isProtected && reflection.overwrites !== undefined;
    if ((inherited || protectedOverride) && reflection.parent?.isDeclaration())
      project.removeReflection(reflection);
  }
}

function problemsError(problems: string[]): ApiReferenceError {
  const undocumented = problems.some((problem) => /does not have any documentation/.test(problem));
  const hint = undocumented
    ? 'Every export needs a TSDoc comment: add /** what it is and does */ right above it (and above each public member).'
    : 'Fix the TSDoc comment TypeDoc names.';
  return new ApiReferenceError(
    `[api] the API reference cannot be generated:\n${problems.map((problem) => `- ${problem}`).join('\n')}\n${hint}`,
  );
}
