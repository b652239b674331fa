export * from './text/fold.ts';
export * from './auth/roles.ts';
export * from './auth/scope.ts';
export * from './auth/policies.ts';
export * from './auth/password.ts';
export * from './units/levels.ts';
