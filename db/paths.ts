import { fileURLToPath } from 'node:url';

/** The committed migrations beside this file, for Node runs (tests, web host, demo, bench). */
export const sourceMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
