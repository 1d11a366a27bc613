/** Says plainly when the analysis could not cover the article (another language, a capped huge page). */
import type { Analysis } from '../../../core/analysis/contract';
import { groupDigits } from '../../../core/format';

export function AnalysisNotices({ analysis }: { analysis: Analysis }) {
  const { unsupported, truncated } = analysis;
  return (
    <>
      {unsupported ? (
        <p class="gl-notice gl-unsupported" role="note">
          <strong>Gloss cannot analyse this article.</strong> It seems to be in another language, and Gloss reads
          English-language articles only, so no names or quotes are listed.
        </p>
      ) : null}
      {truncated ? (
        <p class="gl-notice gl-truncated" role="note">
          <strong>Only part of this page was analysed.</strong> It is very long, so Gloss read the first{' '}
          {percent(truncated)}% ({groupDigits(truncated.analysedChars)} of {groupDigits(truncated.totalChars)}{' '}
          characters). Names and quotes after that are not listed.
        </p>
      ) : null}
    </>
  );
}

function percent(t: { analysedChars: number; totalChars: number }): number {
  if (t.totalChars <= 0) return 100;
  return Math.max(1, Math.min(99, Math.floor((t.analysedChars / t.totalChars) * 100)));
}
