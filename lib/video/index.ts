export * from './schema';
export * from './capabilities';
export * from './validate';
export * from './timing';
export * from './quality';
export * from './defaults';
export * from './geometry';
export * from './paint-order';
