// Saving a file the app made (CSV, partner file, chart picture): the browser downloads it under its name.

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next tick: revoking right after click() can cancel the download in Chromium.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** CSV the app writes already starts with a BOM, so Excel reads it as UTF-8; no second one is added. */
export function downloadCsv(content: string, fileName: string) {
  downloadBlob(new Blob([content], { type: 'text/csv;charset=utf-8' }), fileName);
}
