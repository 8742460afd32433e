import { useTranslation } from 'react-i18next';

/** Modules not built yet say so plainly: no fake data anywhere. */
export function ComingSoon({ module }: { module: string }) {
  const { t } = useTranslation();
  return (
    <section className="page coming-soon" aria-labelledby="coming-soon-title">
      <h1 id="coming-soon-title">{module}</h1>
      <p className="badge badge-neutral">{t('comingSoon.title')}</p>
      <p>{t('comingSoon.body', { module })}</p>
    </section>
  );
}
