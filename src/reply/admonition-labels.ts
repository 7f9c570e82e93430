import type { AdmonitionKind } from '../engine/index.js';

/** How each kind of admonition is labelled when shown ("Tip: …"), in Discord and on the console alike. */
export const ADMONITION_LABELS: Readonly<Record<AdmonitionKind, string>> = {
  note: 'Note',
  tip: 'Tip',
  info: 'Info',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  danger: 'Danger',
};
