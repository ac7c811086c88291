export * from './sheet';
export * from './layouts';
export * from './compare';
export * from './xlsx';
