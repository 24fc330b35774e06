// Pure: which npm package (or which folder of the app) a bundled module belongs to.

/** `node_modules/@scope/name/...` → `@scope/name`; app files → `src/<folder>`. */
export function packageOf(moduleId: string): string {
  const path = moduleId.replace(/\\/g, '/').replace(/\?.*$/, '');
  const inModules = path.lastIndexOf('/node_modules/');
  if (inModules >= 0) {
    const [first, second] = path.slice(inModules + '/node_modules/'.length).split('/');
    return first?.startsWith('@') ? `${first}/${second ?? ''}` : (first ?? path);
  }
  const inSrc = path.indexOf('/src/');
  if (inSrc >= 0) {
    const [folder, file] = path.slice(inSrc + '/src/'.length).split('/');
    return `src/${file === undefined ? '(root)' : folder}`;
  }
  return path.startsWith('\0') ? '(bundler runtime)' : path;
}
