const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook the back end sent as base64, as a file the browser (or Electron) saves under its own name. */
export function downloadBase64(fileName: string, base64: string, type = XLSX): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; release it once the event loop is past it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
