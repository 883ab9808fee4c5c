/**
 * The organisation's policy in the user's words: what in it is ignored, and why. The rules are
 * in ./policy.ts; the words here, in the user's language.
 */

import { t } from '@/lib/i18n/t';
import { fieldLabel } from './fields';
import type { LockedField, PolicyProblem } from './policy';

/** "Sitting time before a break (sitMinutes)": the page's label, and the policy's key. */
export function policyFieldName(key: LockedField): string {
  return t('settings_import_field', fieldLabel(key), key);
}

/** One sentence for a part of the policy that is ignored. */
export function policyProblemText(problem: PolicyProblem): string {
  switch (problem.kind) {
    case 'unknown':
      return t('policy_unknown', problem.key);
    case 'unknown-lock':
      return t('policy_unknown_lock', problem.name);
    case 'invalid':
      if (problem.key === 'lockedSettings') return t('policy_invalid_locked');
      if (problem.key === 'painDiaryAllowed') return t('policy_invalid_pain_diary');
      return t('policy_invalid', policyFieldName(problem.key));
  }
}
