export * from './calendar-date';
export * from './holiday-schedule';
export * from './working-day-calendar';
export * from './time-profile';
export * from './deadline-planner';
export * from './supervision-planner';
