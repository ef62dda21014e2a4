import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { ApiError } from '../../../shared/api/envelope';
import { useAppStore } from '../../store/store-context';
import { FileButton } from '../../ui/FileButton';
import { useErrorMessage } from '../../ui/use-error-message';

/** The host's cap; checked here too so a huge file is refused before it is sent. */
const MAX_TEMPLATE_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Adds a template file (from a colleague, or another computer) to the library's templates.
 * A bad file is refused whole by the host, with what is wrong; nothing is added.
 */
export function ImportTemplateButton() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const importTemplateFile = useAppStore((s) => s.importTemplateFile);

  const load = async (file: File) => {
    if (file.size > MAX_TEMPLATE_FILE_BYTES) {
      toast.error(
        t('templates.importTooLarge', {
          size: (Math.ceil((file.size / 1048576) * 10) / 10).toString(),
        }),
      );
      return;
    }
    try {
      const template = await importTemplateFile(await file.text());
      toast.success(t('templates.imported', { name: template.name }));
    } catch (error) {
      toast.error(
        error instanceof ApiError
          ? t('templates.importRefused', { file: file.name, message: errorMessage(error) })
          : t('errors.network'),
        { duration: 15_000 },
      );
    }
  };

  return (
    <FileButton
      label={t('templates.importFile')}
      accept=".json,application/json"
      onFile={(file) => void load(file)}
    />
  );
}
