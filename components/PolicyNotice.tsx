import { t } from '@/lib/i18n/t';
import { lockedFields, type Policy } from '@/lib/settings/policy';
import { policyProblemText } from '@/lib/settings/policy-text';

/**
 * What the organisation's policy does on this page: that it sets some settings, and each part of
 * it that is ignored as not valid. Nothing at all when there is no policy.
 */
export function PolicyNotice({ policy }: { policy: Policy }) {
  // The diary turned off by the policy counts as a setting it sets.
  const sets = lockedFields(policy).length > 0;
  if (!sets && policy.problems.length === 0) return null;
  return (
    <div class="notice policy-notice">
      {sets && <p>{t('policy_notice')}</p>}
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
