import type { LogLevel } from '@nestjs/common';

import type { EnvironmentVariables } from './env.validation';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

// LOG_LEVEL names the most verbose level shown; Nest wants the list of levels to show.
export function nestLogLevels(level: EnvironmentVariables['LOG_LEVEL']): LogLevel[] {
  return ORDER.slice(0, ORDER.indexOf(level) + 1);
}

// The same threshold for the Temporal SDK's Rust core and worker logs.
export function temporalLogLevel(
  level: EnvironmentVariables['LOG_LEVEL'],
): 'ERROR' | 'WARN' | 'INFO' | 'DEBUG' | 'TRACE' {
  switch (level) {
    case 'fatal':
    case 'error':
      return 'ERROR';
    case 'warn':
      return 'WARN';
    case 'log':
      return 'INFO';
    case 'debug':
      return 'DEBUG';
    case 'verbose':
      return 'TRACE';
  }
}
