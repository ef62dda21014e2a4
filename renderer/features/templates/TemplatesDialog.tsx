import { Tabs } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { useErrorMessage } from '../../ui/use-error-message';
import { ApplyTemplateForm } from './ApplyTemplateForm';
import { SaveTemplateForm } from './SaveTemplateForm';
import './templates.css';

/** From the open plan: keep parts of it as a template, or bring in a template's parts. */
export function TemplatesDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const doc = useAppStore((s) => s.current?.doc);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const errorMessage = useErrorMessage();
  const [tab, setTab] = useState<'save' | 'apply'>('save');

  useEffect(() => {
    if (open) loadTemplates().catch((error: unknown) => toast.error(errorMessage(error)));
  }, [open, loadTemplates, errorMessage]);

  if (!doc) return null;
  const close = () => onOpenChange(false);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('templates.dialogTitle')}
      description={t('templates.dialogDescription')}
    >
      <Tabs.Root
        value={tab}
        onValueChange={(value) => setTab(value === 'apply' ? 'apply' : 'save')}
      >
        <Tabs.List className="tabs" aria-label={t('templates.dialogTitle')}>
          <Tabs.Trigger className="tab" value="save">
            {t('templates.saveTab')}
          </Tabs.Trigger>
          <Tabs.Trigger className="tab" value="apply">
            {t('templates.applyTab')}
          </Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="save" className="tab-panel">
          <SaveTemplateForm doc={doc} onDone={close} />
        </Tabs.Content>
        <Tabs.Content value="apply" className="tab-panel">
          <ApplyTemplateForm doc={doc} onDone={close} />
        </Tabs.Content>
      </Tabs.Root>
    </Dialog>
  );
}
