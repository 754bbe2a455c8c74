export * from './audit';
export * from './beds';
export * from './facility';
export * from './movements';
export * from './persons';
export * from './settings';
export * from './stays';
export * from './users';
