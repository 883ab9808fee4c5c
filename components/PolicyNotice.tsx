import { t } from '@/lib/i18n/t';
import type { Policy } from '@/lib/settings/policy';
import { policyProblemText } from '@/lib/settings/policy-text';

/**
 * What the organisation's policy does on this page: that it sets some settings, and each part of
 * it that is ignored as not valid. Nothing at all when there is no policy.
 */
export function PolicyNotice({ policy }: { policy: Policy }) {
  if (policy.locked.length === 0 && policy.problems.length === 0) return null;
  return (
    <div class="notice policy-notice">
      {policy.locked.length > 0 && <p>{t('policy_notice')}</p>}
      {policy.problems.length > 0 && (
        <ul>
          {policy.problems.map((problem) => (
            <li key={JSON.stringify(problem)}>{policyProblemText(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
