// Where the app reads its compiled data. `?data=<folder>` points it at another corpus of the same shape
// (the benchmark's synthetic sets, a test fixture); anything but a plain relative folder name is refused.
const SAFE_FOLDER = /^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*$/;
export const DEFAULT_DATA_FOLDER = 'data';

export function dataFolderFrom(search: string): string {
  const requested = new URLSearchParams(search).get('data');
  return requested && SAFE_FOLDER.test(requested) ? requested : DEFAULT_DATA_FOLDER;
}

export const DATA_FOLDER =
  typeof window === 'undefined' ? DEFAULT_DATA_FOLDER : dataFolderFrom(window.location.search);
