export * from './get-remote-words';
