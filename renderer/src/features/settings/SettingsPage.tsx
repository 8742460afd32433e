import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Settings } from '@shared/api/settings';
import { useMutation, useQuery } from '../../api/hooks';
import { LANGUAGE_STORAGE_KEY } from '../../i18n';
import { Button, ErrorBanner, Field } from '../../ui/components';
import { THEME_STORAGE_KEY, applyTheme, currentTheme } from '../../app/theme';

export default function SettingsPage() {
  const { t, i18n } = useTranslation();
  const settings = useQuery('settings.get', {}, []);
  const info = useQuery('system.info', {}, []);
  const update = useMutation('settings.update');
  const [theme, setTheme] = useState(currentTheme);

  const changeLanguage = async (language: Language) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    await i18n.changeLanguage(language);
    await update.run({ language });
  };

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <ErrorBanner error={settings.error ?? update.error} />
      <fieldset className="segmented">
        <legend>{t('settings.language')}</legend>
        {(['fr', 'en'] as const).map((language) => (
          <label key={language} className={i18n.language === language ? 'active' : ''}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={i18n.language === language}
              onChange={() => void changeLanguage(language)}
            />
            {language === 'fr' ? 'Français' : 'English'}
          </label>
        ))}
      </fieldset>
      <fieldset className="segmented">
        <legend>{t('settings.theme')}</legend>
        {(['dark', 'light'] as const).map((value) => (
          <label key={value} className={theme === value ? 'active' : ''}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => {
                localStorage.setItem(THEME_STORAGE_KEY, value);
                applyTheme(value);
                setTheme(value);
              }}
            />
            {value === 'dark' ? t('settings.themeDark') : t('settings.themeLight')}
          </label>
        ))}
      </fieldset>
      {settings.data ? (
        <GarageForm
          key={JSON.stringify(settings.data)}
          settings={settings.data}
          pending={update.pending}
          onSave={(values) => void update.run(values)}
        />
      ) : null}
      <h2>{t('settings.about')}</h2>
      {info.data ? (
        <p className="muted">
          {t('settings.version', {
            version: info.data.appVersion,
            schema: info.data.schemaVersion,
            dataDir: info.data.dataDir,
          })}
        </p>
      ) : null}
    </section>
  );
}

function GarageForm({
  settings,
  pending,
  onSave,
}: {
  settings: Settings;
  pending: boolean;
  onSave: (values: { adapter: string; garage: Settings['garage'] }) => void;
}) {
  const { t } = useTranslation();
  const [garageName, setGarageName] = useState(settings.garage.name ?? '');
  const [siret, setSiret] = useState(settings.garage.siret ?? '');
  const [adapter, setAdapter] = useState(settings.adapter);
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ adapter, garage: { ...settings.garage, name: garageName, siret } });
      }}
    >
      <h2>{t('settings.garage')}</h2>
      <div className="grid-2">
        <Field label={t('settings.garageName')}>
          {(props) => (
            <input
              {...props}
              value={garageName}
              onChange={(event) => setGarageName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings.siret')}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={siret}
              onChange={(event) => setSiret(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('settings.adapter')} help={t('settings.adapterHelp')}>
          {(props) => (
            <input
              {...props}
              className="mono"
              value={adapter}
              onChange={(event) => setAdapter(event.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" disabled={pending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
