// Types for electron-native.mjs, which stays plain JavaScript because `npm start` runs it before any build.
export declare const HEADERS_URL: string;
export declare const ELECTRON_GYP_DIR: string;
export declare function installedElectronVersion(projectRoot: string): string;
export declare function nativeBindingPath(projectRoot: string, electronVersion: string, platform?: string, arch?: string): string;
export declare function gypEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function gypArgs(command: 'install' | 'rebuild', electronVersion: string, arch?: string): string[];
export declare function ensureElectronNative(options: {
  projectRoot: string;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
  run?: (args: string[], cwd: string, env: NodeJS.ProcessEnv) => number;
}): string;
