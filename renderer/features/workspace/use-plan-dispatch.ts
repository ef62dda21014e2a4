import { useCallback } from 'react';
import { toast } from 'sonner';
import type { Command } from '../../../shared/domain/commands';
import { useAppStore } from '../../store/store-context';

/**
 * Dispatches commands to the open plan. A refusal comes back as a message for
 * the field that caused it, and is also announced, so it is never silent.
 */
export function usePlanDispatch(): (commands: Command[]) => string | null {
  const dispatch = useAppStore((s) => s.dispatch);
  return useCallback(
    (commands: Command[]) => {
      const refused = dispatch(commands);
      if (refused) toast.error(refused);
      return refused;
    },
    [dispatch],
  );
}
