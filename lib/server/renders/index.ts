export * from './claim-render';
export * from './complete-render';
export * from './fail-render';
export * from './heartbeat';
export * from './lease';
export * from './renders-to-requeue';
export * from './start-render';
