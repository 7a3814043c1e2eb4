// Task queue names shared by the API (which starts workflows) and the worker (which polls them).
export const DEFAULT_MATTERS_TASK_QUEUE = 'agreed-matters';
