export * from './window.ts';
export * from './moves.ts';
export * from './permutation.ts';
export * from './association.ts';
