import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/use-error-message';
import { toast } from '../../ui/toast';
import { useLocation } from 'wouter';
import { ApiError } from '../../../shared/api/envelope';
import { useAppStore } from '../../store/store-context';
import { FileButton } from '../../ui/FileButton';

/** The host's cap; checked here too so a huge file is refused before it is sent. */
const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Opens a plan file from another machine as a new plan, then shows it. A bad
 * file is refused whole by the host, with what is wrong and where; nothing is
 * created.
 */
export function ImportPlanButton() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [, navigate] = useLocation();
  const importPlanFile = useAppStore((s) => s.importPlanFile);

  const load = async (file: File) => {
    if (file.size > MAX_PLAN_FILE_BYTES) {
      toast.error(
        t('library.importTooLarge', {
          size: (Math.ceil((file.size / 1048576) * 10) / 10).toString(),
        }),
      );
      return;
    }
    try {
      const state = await importPlanFile(await file.text());
      toast.success(t('library.imported', { name: state.doc.name }));
      navigate(`/plans/${state.doc.id}`);
    } catch (error) {
      toast.error(
        error instanceof ApiError
          ? t('library.importRefused', { file: file.name, message: errorMessage(error) })
          : t('errors.network'),
        { duration: 15_000 },
      );
    }
  };

  return (
    <FileButton
      label={t('library.importPlan')}
      accept=".json,application/json"
      onFile={(file) => void load(file)}
    />
  );
}
