/** A setting (site.config.ts or a QUIRE_ variable) the build cannot use: its message names it and the fix. */
export class SettingError extends Error {
  override name = 'SettingError';
}
