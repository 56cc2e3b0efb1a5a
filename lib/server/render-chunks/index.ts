export * from './claim-render-chunk';
export * from './ensure-render-chunk';
export * from './finish-render-chunk';
export * from './get-render-chunk';
export * from './heartbeat-render-chunk';
