export * from './schema';
export * from './validate';
export * from './timing';
export * from './quality';
export * from './defaults';
