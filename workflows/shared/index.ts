// Scaffolding both workflows share. Deterministic code only.
export * from './continue-as-new';
export * from './handler-lock';
export * from './idempotency';
export * from './projection';
export * from './rejections';
