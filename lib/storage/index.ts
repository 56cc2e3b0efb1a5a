export * from './storage';
export * from './s3-storage';
