import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { Command } from '../../../shared/domain/commands';
import { useAppStore } from '../../store/store-context';
import { describeRefusal } from '../../ui/describe-refusal';
import { languageOf } from '../../../shared/i18n/languages';

/**
 * Dispatches commands to the open plan. A refusal comes back as a message for
 * the field that caused it, and is also announced, so it is never silent.
 */
export function usePlanDispatch(): (commands: Command[]) => string | null {
  const dispatch = useAppStore((s) => s.dispatch);
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  return useCallback(
    (commands: Command[]) => {
      const refusal = dispatch(commands);
      if (!refusal) return null;
      const message = describeRefusal(refusal, t, language);
      toast.error(message);
      return message;
    },
    [dispatch, t, language],
  );
}
