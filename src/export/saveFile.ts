// Hands a file to the browser's downloads: the way a page saves something it made itself.
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has its own copy once it has started; a minute is ample for the browser to take it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
