import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { ACCENT_PATTERN, readableAccent } from '../../../shared/branding/accent';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { FileButton } from '../../ui/FileButton';
import { TextField } from '../../ui/TextField';
import { useErrorMessage } from '../../ui/use-error-message';
import { keepLogoFile } from './logo-file';
import { useBrand } from './use-brand';
import './brand.css';

/**
 * The consultant's brand, for the documents they hand clients: a name, a logo (PNG or SVG,
 * checked in the library) and an accent colour, kept legible on white.
 */
export function BrandDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const brand = useAppStore((s) => s.settings.brand);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const addImage = useAppStore((s) => s.addImage);
  const getImage = useAppStore((s) => s.getImage);
  const shown = useBrand();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(brand.name);
  const [accent, setAccent] = useState(brand.accent ?? '');
  const [logo, setLogo] = useState<{ id: string; url: string } | null>(null);
  const [logoRemoved, setLogoRemoved] = useState(false);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [accentError, setAccentError] = useState<string | null>(null);

  const logoUrl = logo?.url ?? (logoRemoved ? null : shown.logoUrl);
  const accentTyped = accent.trim();
  const accentValid = accentTyped === '' || ACCENT_PATTERN.test(accentTyped);
  const printed = accentValid && accentTyped ? readableAccent(accentTyped) : null;

  const chooseLogo = async (file: File) => {
    setLogoError(null);
    try {
      const kept = await keepLogoFile(file, addImage, t);
      if ('refused' in kept) {
        setLogoError(kept.refused);
        return;
      }
      const { type, base64 } = await getImage(kept.id);
      setLogo({ id: kept.id, url: `data:${type};base64,${base64}` });
      setLogoRemoved(false);
    } catch (error) {
      setLogoError(errorMessage(error));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!accentValid) {
      setAccentError(t('brand.accentInvalid'));
      return;
    }
    try {
      await updateSettings({
        brand: {
          name: name.trim(),
          accent: accentTyped ? accentTyped.toLowerCase() : null,
          logoId: logo?.id ?? (logoRemoved ? null : brand.logoId),
        },
      });
      toast.success(t('brand.saved'));
      onOpenChange(false);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('brand.title')}
      description={t('brand.description')}
    >
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('brand.name')}
          value={name}
          maxLength={80}
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
        <div className="brand-logo-field">
          <span className="field-label">{t('brand.logo')}</span>
          {logoUrl ? (
            <img className="brand-logo-preview" src={logoUrl} alt={t('brand.logoPreview')} />
          ) : (
            <p className="muted">{t('brand.noLogo')}</p>
          )}
          <div className="row-buttons">
            <FileButton
              label={t('brand.chooseLogo')}
              accept=".png,.svg,image/png,image/svg+xml"
              onFile={(file) => void chooseLogo(file)}
            />
            {logoUrl && (
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setLogo(null);
                  setLogoRemoved(true);
                }}
              >
                {t('brand.removeLogo')}
              </button>
            )}
          </div>
          <p className="muted">{t('brand.logoHelp')}</p>
          {logoError && (
            <p className="field-error" role="alert">
              {logoError}
            </p>
          )}
        </div>
        <TextField
          label={t('brand.accent')}
          help={t('brand.accentHelp')}
          value={accent}
          maxLength={7}
          error={accentError}
          onChange={(event) => {
            setAccent(event.target.value);
            setAccentError(null);
          }}
        />
        {printed && (
          <p className="brand-accent-note" role="status">
            <span
              className="brand-swatch"
              style={{ background: printed.color }}
              aria-hidden="true"
            />
            {printed.adjusted
              ? t('brand.accentAdjusted', { color: printed.color })
              : t('brand.accentReads')}
          </p>
        )}
        <DialogActions submitLabel={t('brand.save')} onCancel={() => onOpenChange(false)} />
      </form>
    </Dialog>
  );
}
