export * from './convert-preview';
export * from './create-preview';
export * from './delete-preview';
export * from './get-preview-or-throw';
export * from './get-preview';
export * from './get-public-preview';
export * from './parse-preview-config-or-throw';
export * from './render-preview';
