// One Lighthouse 12 run (mobile or desktop) against a page, reduced to its four scores and what cost points.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export type FormFactor = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The lowest passing score (0–100) of each category. */
export const THRESHOLDS: Record<Category, number> = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export interface AuditSummary {
  url: string;
  formFactor: FormFactor;
  scores: Record<Category, number>;
  /** The categories below their threshold. */
  below: Category[];
  /** Audits that cost points in a category below its threshold: `category: id (title) value`. */
  failures: string[];
  /** The full Lighthouse result, for reports/lighthouse/. */
  lhr: unknown;
}

/** Audits `url` with the Chrome listening on `port`, with Lighthouse's default (mobile) or desktop config. */
export async function auditPage(
  url: string,
  formFactor: FormFactor,
  port: number,
): Promise<AuditSummary> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`[lighthouse] no result for ${url} (${formFactor})`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    const zero = Object.fromEntries(CATEGORIES.map((id) => [id, 0])) as Record<Category, number>;
    const failures = [`runtime error: ${lhr.runtimeError.message}`];
    return { url, formFactor, scores: zero, below: [...CATEGORIES], failures, lhr };
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const below = CATEGORIES.filter((id) => scores[id] < THRESHOLDS[id]);
  const failures = below.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => {
        const audit = lhr.audits[ref.id];
        return `${id}: ${ref.id} (${audit?.title ?? ''})${audit?.displayValue ? ` ${audit.displayValue}` : ''}`;
      }),
  );
  return { url, formFactor, scores, below, failures, lhr };
}
