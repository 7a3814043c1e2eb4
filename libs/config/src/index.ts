export * from './app-config';
export * from './app-config.module';
export * from './env.validation';
export * from './log-levels';
