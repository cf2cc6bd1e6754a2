// Injected by the build from package.json; "dev" when run from source.
declare const __RETAKE_VERSION__: string | undefined;
export const VERSION: string = typeof __RETAKE_VERSION__ === 'string' ? __RETAKE_VERSION__ : 'dev';
