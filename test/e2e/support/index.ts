// Everything a browser test needs: the fixture server and the browser with the built extension.
export * from './fixture-server';
export * from './browser';
export * from './pages';
export * from './wait';
