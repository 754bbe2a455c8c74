// Types for electron-builder-hooks.mjs (plain JavaScript: electron-builder loads it directly).
export declare function beforeBuild(context: { appDir: string }): boolean;
export declare function restoreNodeBuild(): void;
