import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnboardingDraft, ProfileDraft } from '@shared/api/onboarding';
import { SERVICES, SKILLS, WEEK_DAYS } from '@shared/api/onboarding';
import { Button, ErrorBanner, Field } from '../../ui/components';
import { SaveStatus } from './SaveStatus';
import { useIssueText } from './StepError';
import type { StepProps } from './wizard-kit';
import { useStepSave } from './wizard-kit';

/** "27 avenue de la Somme 33700 Mérignac" → line, postcode, city: the head office as a default. */
function addressFrom(draft: OnboardingDraft): ProfileDraft['workshopAddress'] {
  const text = draft.review?.fields.adresse_siege.value ?? '';
  const match = /^(.*?)[\s,]+(\d{5})\s+(.+)$/.exec(text.trim());
  return match
    ? { line: match[1] ?? '', postalCode: match[2] ?? '', city: match[3] ?? '' }
    : { line: text, postalCode: '', city: '' };
}

function initialProfile(draft: OnboardingDraft): ProfileDraft {
  return (
    draft.profile ?? {
      services: [],
      brands: '',
      certifications: '',
      openingHours: WEEK_DAYS.map((day) => ({
        day,
        closed: day === 'sun',
        open: '08:00',
        close: day === 'sat' ? '12:00' : '18:00',
      })),
      technicians: [{ name: '', skills: [] }],
      workshopAddress: addressFrom(draft),
    }
  );
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

export function ProfileStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [values, setValues] = useState<ProfileDraft>(() => initialProfile(draft));
  const save = useStepSave('profile', values, onDraft);
  const set = (patch: Partial<ProfileDraft>) => setValues((current) => ({ ...current, ...patch }));
  const setAddress = (key: keyof ProfileDraft['workshopAddress'], value: string) =>
    set({ workshopAddress: { ...values.workshopAddress, [key]: value } });

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save.advance();
      }}
    >
      <h2>{t('onboarding.profile.title')}</h2>
      <ErrorBanner error={save.error} />
      <fieldset className="checkboxes onb-services">
        <legend>{t('onboarding.profile.services')}</legend>
        {SERVICES.map((service) => (
          <label key={service}>
            <input
              type="checkbox"
              checked={values.services.includes(service)}
              onChange={(event) =>
                set({ services: toggle(values.services, service, event.target.checked) })
              }
            />
            {t(`onboarding.profile.serviceNames.${service}`)}
          </label>
        ))}
        {save.issues.services ? (
          <p className="field-error" role="alert">
            {issueText(save.issues.services)}
          </p>
        ) : null}
      </fieldset>
      <div className="grid-2">
        <Field label={t('onboarding.profile.brands')} help={t('onboarding.profile.brandsHelp')}>
          {(props) => (
            <input
              {...props}
              value={values.brands}
              onChange={(e) => set({ brands: e.target.value })}
            />
          )}
        </Field>
        <Field
          label={t('onboarding.profile.certifications')}
          help={t('onboarding.profile.certificationsHelp')}
        >
          {(props) => (
            <input
              {...props}
              value={values.certifications}
              onChange={(e) => set({ certifications: e.target.value })}
            />
          )}
        </Field>
      </div>
      <fieldset>
        <legend>{t('onboarding.profile.hours')}</legend>
        <table className="table onb-hours">
          <thead>
            <tr>
              <th scope="col">{t('onboarding.profile.day')}</th>
              <th scope="col">{t('onboarding.profile.closed')}</th>
              <th scope="col">{t('onboarding.profile.opens')}</th>
              <th scope="col">{t('onboarding.profile.closes')}</th>
            </tr>
          </thead>
          <tbody>
            {values.openingHours.map((hours, index) => {
              const day = t(`onboarding.profile.days.${hours.day}`);
              const update = (patch: Partial<typeof hours>) =>
                set({
                  openingHours: values.openingHours.map((h, i) =>
                    i === index ? { ...h, ...patch } : h,
                  ),
                });
              const issue = issueText(save.issues[`openingHours.${index}`]);
              return (
                <tr key={hours.day} className={issue ? 'field-invalid' : ''}>
                  <th scope="row">
                    {day}
                    {issue ? (
                      <span className="field-error" role="alert">
                        {' '}
                        {issue}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${day} : ${t('onboarding.profile.closed')}`}
                      checked={hours.closed}
                      onChange={(e) => update({ closed: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      aria-label={`${day} : ${t('onboarding.profile.opens')}`}
                      disabled={hours.closed}
                      value={hours.open}
                      onChange={(e) => update({ open: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="time"
                      aria-label={`${day} : ${t('onboarding.profile.closes')}`}
                      disabled={hours.closed}
                      value={hours.close}
                      onChange={(e) => update({ close: e.target.value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {save.issues.openingHours ? (
          <p className="field-error" role="alert">
            {issueText(save.issues.openingHours)}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('onboarding.profile.technicians')}</legend>
        {values.technicians.map((technician, index) => {
          const label = technician.name.trim() || String(index + 1);
          const update = (patch: Partial<typeof technician>) =>
            set({
              technicians: values.technicians.map((x, i) => (i === index ? { ...x, ...patch } : x)),
            });
          return (
            <div key={index} className="card onb-technician">
              <Field
                label={t('onboarding.profile.technicianName', { index: index + 1 })}
                error={issueText(save.issues[`technicians.${index}.name`])}
                required
              >
                {(props) => (
                  <input
                    {...props}
                    value={technician.name}
                    onChange={(e) => update({ name: e.target.value })}
                  />
                )}
              </Field>
              <fieldset className="checkboxes">
                <legend>{t('onboarding.profile.skills', { name: label })}</legend>
                {SKILLS.map((skill) => (
                  <label key={skill}>
                    <input
                      type="checkbox"
                      checked={technician.skills.includes(skill)}
                      onChange={(e) =>
                        update({ skills: toggle(technician.skills, skill, e.target.checked) })
                      }
                    />
                    {t(`onboarding.profile.skillNames.${skill}`)}
                  </label>
                ))}
              </fieldset>
              <Button
                onClick={() =>
                  set({ technicians: values.technicians.filter((_, i) => i !== index) })
                }
              >
                {t('onboarding.profile.removeTechnician', { name: label })}
              </Button>
            </div>
          );
        })}
        {save.issues.technicians ? (
          <p className="field-error" role="alert">
            {issueText(save.issues.technicians)}
          </p>
        ) : null}
        <Button
          onClick={() => set({ technicians: [...values.technicians, { name: '', skills: [] }] })}
        >
          {t('onboarding.profile.addTechnician')}
        </Button>
      </fieldset>
      <fieldset>
        <legend>{t('onboarding.profile.address')}</legend>
        <div className="grid-2">
          <Field
            label={t('onboarding.profile.addressLine')}
            error={issueText(save.issues['workshopAddress.line'])}
            required
          >
            {(props) => (
              <input
                {...props}
                autoComplete="street-address"
                value={values.workshopAddress.line}
                onChange={(e) => setAddress('line', e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('onboarding.profile.postalCode')}
            error={issueText(save.issues['workshopAddress.postalCode'])}
            required
          >
            {(props) => (
              <input
                {...props}
                autoComplete="postal-code"
                inputMode="numeric"
                value={values.workshopAddress.postalCode}
                onChange={(e) => setAddress('postalCode', e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('onboarding.profile.city')}
            error={issueText(save.issues['workshopAddress.city'])}
            required
          >
            {(props) => (
              <input
                {...props}
                autoComplete="address-level2"
                value={values.workshopAddress.city}
                onChange={(e) => setAddress('city', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <div className="actions">
        <SaveStatus status={save.status} />
        <Button type="submit" variant="primary" disabled={save.pending}>
          {t('onboarding.continue')}
        </Button>
      </div>
    </form>
  );
}
