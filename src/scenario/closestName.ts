/**
 * The candidate nearest to `word` by edit distance, for "did you mean" hints; undefined when
 * nothing is close (more than a third of the word, at least 2 edits, would have to change).
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions each cost 1 (two-row dynamic programme). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/** `; did you mean "x"?`-style suffix text, or an empty string when nothing but the word itself is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const best = closestName(word, candidates);
  // the word itself is no suggestion: the problem lies elsewhere
  return best === undefined || best === word ? '' : `; did you mean "${best}"?`;
}
