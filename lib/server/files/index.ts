export * from './delete-file';
export * from './file-type-param';
export * from './get-file-or-throw';
export * from './list-files';
export * from './quota';
export * from './serialize-file';
export * from './upload-files';
