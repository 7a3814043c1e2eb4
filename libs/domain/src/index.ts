export * from './matters/matter-commands';
export * from './matters/matter-rejection';
export * from './matters/matter-state-machine';
export * from './units/member-unit.types';
export * from './units/member-units';
export * from './units/member-units.data';
export * from './time/shanghai-date';
