export * from './charge-credits';
export * from './get-balance';
export * from './grant-credits';
export * from './list-ledger';
export * from './record-movement';
export * from './refund-credits';
