/** Every wire shape of the sync server's API (spec/api.md), used by the Worker and the extension. */
export * from './text';
export * from './records';
export * from './errors';
export * from './sync';
export * from './auth';
export * from './queries';
export * from './compare';
