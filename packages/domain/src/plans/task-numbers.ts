/**
 * The number a new task gets when inserted under a dimension: the next "g.k" of the group
 * holding that dimension ("3.4" after "3.3"), else the next top-level number.
 */
export function nextTaskNumber(
  groups: readonly { number: string; dimensionCodes: readonly string[] }[],
  tasks: readonly { number: string }[],
  dimensionCode: string,
): string {
  const top = dimensionCode.split('.')[0]!;
  const group = groups.find((g) => g.dimensionCodes.some((c) => c === dimensionCode || c === top));
  const taken = new Set(tasks.map((t) => t.number));
  if (group) {
    const prefix = `${group.number}.`;
    const last = Math.max(
      0,
      ...tasks
        .filter((t) => t.number.startsWith(prefix))
        .map((t) => Number(t.number.slice(prefix.length).split('.')[0]))
        .filter(Number.isFinite),
    );
    let k = last + 1;
    while (taken.has(`${prefix}${k}`)) k++;
    return `${prefix}${k}`;
  }
  const lastTop = Math.max(
    0,
    ...tasks.map((t) => Number(t.number.split('.')[0])).filter(Number.isFinite),
  );
  return String(lastTop + 1);
}
