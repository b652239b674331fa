/**
 * Unit scope. Every unit carries a materialised path of ids ("/1/14/3051/"), so
 * "is this unit inside my subtree" is a prefix test, the same in SQL (LIKE) and here.
 */
export function isWithinScope(targetPath: string, scopePaths: readonly string[]): boolean {
  return scopePaths.some((scope) => targetPath.startsWith(scope));
}

export function childPath(parentPath: string, id: number): string {
  return `${parentPath}${id}/`;
}

export type ScopeRelation = 'own' | 'below' | 'above' | 'other';

export function relationTo(targetPath: string, scopePath: string): ScopeRelation {
  if (targetPath === scopePath) return 'own';
  if (targetPath.startsWith(scopePath)) return 'below';
  if (scopePath.startsWith(targetPath)) return 'above';
  return 'other';
}
