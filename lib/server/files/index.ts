export * from './delete-file';
export * from './get-file-or-throw';
export * from './list-files';
export * from './quota';
export * from './serialize-file';
export * from './upload-files';
