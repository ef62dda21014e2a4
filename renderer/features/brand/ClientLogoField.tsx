import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { FileButton } from '../../ui/FileButton';
import { useErrorMessage } from '../../ui/use-error-message';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { keepLogoFile } from './logo-file';
import { useImageUrl } from './use-brand';
import './brand.css';

/** The client's logo for the PDF's cover: kept in the library, set on the plan (undoable). */
export function ClientLogoField() {
  const { t } = useTranslation();
  const logoId = useAppStore((s) => s.current?.doc.clientLogoId ?? null);
  const client = useAppStore((s) => s.current?.doc.client ?? '');
  const addImage = useAppStore((s) => s.addImage);
  const dispatch = usePlanDispatch();
  const errorMessage = useErrorMessage();
  const { url } = useImageUrl(logoId);
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File) => {
    setError(null);
    try {
      const kept = await keepLogoFile(file, addImage, t);
      if ('refused' in kept) setError(kept.refused);
      else dispatch([{ type: 'plan.setMeta', patch: { clientLogoId: kept.id } }]);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <div className="brand-logo-field">
      <span className="field-label">{t('brand.clientLogo')}</span>
      {url ? (
        <img
          className="brand-logo-preview"
          src={url}
          alt={t('brand.clientLogoOf', { client: client.trim() || t('brand.theClient') })}
        />
      ) : (
        <p className="muted">{t('brand.noClientLogo')}</p>
      )}
      <div className="row-buttons">
        <FileButton
          label={t('brand.chooseClientLogo')}
          accept=".png,.svg,image/png,image/svg+xml"
          onFile={(file) => void choose(file)}
        />
        {logoId && (
          <button
            type="button"
            className="btn"
            onClick={() => dispatch([{ type: 'plan.setMeta', patch: { clientLogoId: null } }])}
          >
            {t('brand.removeClientLogo')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
