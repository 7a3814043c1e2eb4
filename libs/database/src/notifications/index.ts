export * from './notification-texts';
export * from './notification-writer';
export * from './outbound-channel';
