/** The census 5-year age groups (0, 1-4, 5-9, ..., 80-84, 85+), as [first age, last age]. */
export const AGE_GROUPS: ReadonlyArray<readonly [number, number]> = [
  [0, 0], [1, 4], [5, 9], [10, 14], [15, 19], [20, 24], [25, 29], [30, 34], [35, 39], [40, 44],
  [45, 49], [50, 54], [55, 59], [60, 64], [65, 69], [70, 74], [75, 79], [80, 84], [85, 110], // 85+ is open-ended (MAX_AGE)
];

/** Column names of the census files, in AGE_GROUPS order: m_0, f_0, m_1_4, ... (male, female interleaved). */
export const AGE_SEX_COLUMNS: readonly string[] = AGE_GROUPS.flatMap(([a, b], i) => {
  const suffix = i === 0 ? '0' : i === AGE_GROUPS.length - 1 ? '85plus' : `${a}_${b}`;
  return [`m_${suffix}`, `f_${suffix}`];
});
