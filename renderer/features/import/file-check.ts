/** What the import accepts before anything is sent: the same limits the back end enforces, said sooner. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileRefusal = 'type' | 'size' | 'empty';

/** Why a chosen file cannot be imported, or null when it may be sent. */
export function refuseFile(name: string, bytes: number): FileRefusal | null {
  if (!/\.(xlsx|csv)$/i.test(name)) return 'type';
  if (bytes === 0) return 'empty';
  if (bytes > MAX_IMPORT_BYTES) return 'size';
  return null;
}

/** The file's bytes as base64 (what `import.open` takes), read in the browser. */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(file);
  });
}
