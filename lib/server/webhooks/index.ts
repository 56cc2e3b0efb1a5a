export * from './attempt-delivery';
export * from './dispatch-due-webhooks';
export * from './enqueue-webhook';
export * from './list-webhook-deliveries';
export * from './webhook-secret';
export * from './webhook-signature';
export * from './webhook-target';
export * from './enqueue-asset-event';
