import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KbisFieldsDto, ReviewValuesInput } from '@shared/api/onboarding';
import { MAX_DIRIGEANTS } from '@shared/api/onboarding';
import { REVIEW_FIELDS } from '@shared/onboarding/review-fields';
import type { ReviewField } from '@shared/onboarding/review-fields';
import { Button, ErrorBanner, Field } from '../../ui/components';
import { SaveStatus } from './SaveStatus';
import { useIssueText } from './StepError';
import type { StepProps } from './wizard-kit';
import { LOW_CONFIDENCE, useStepSave } from './wizard-kit';

const LONG_FIELDS: ReadonlySet<ReviewField> = new Set(['activite', 'adresse_siege']);

/** Each officer's inputs, with the label key of each (numbered: "Nom du dirigeant 1"). */
const DIRIGEANT_PARTS = [
  ['nom', 'dirigeantNom'],
  ['prenoms', 'dirigeantPrenoms'],
  ['role', 'dirigeantRole'],
] as const;

function sourceField(field: ReviewField): keyof KbisFieldsDto {
  return field === 'capital_amount' || field === 'capital_currency' ? 'capital' : field;
}

export function ReviewStep({ draft, onDraft }: StepProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const review = draft.review;
  const [values, setValues] = useState<ReviewValuesInput>(() => ({
    ...review?.values,
    dirigeants: (review?.values.dirigeants ?? review?.fields.dirigeants.value ?? []).map((d) => ({
      ...d,
    })),
  }));
  const save = useStepSave('review', values, onDraft);
  const dirigeantsHelpId = useId();
  if (!review) return null;
  const fields = review.fields;
  const dirigeants = values.dirigeants ?? [];
  const setDirigeants = (next: NonNullable<ReviewValuesInput['dirigeants']>) =>
    setValues((current) => ({ ...current, dirigeants: next }));
  const dirigeantsCorrected = review.corrected.includes('dirigeants');
  const dirigeantsConfidence = fields.dirigeants.confidence;
  const dirigeantsLow =
    !dirigeantsCorrected && dirigeants.length > 0 && dirigeantsConfidence < LOW_CONFIDENCE;
  const dirigeantsHelp = dirigeantsCorrected
    ? t('onboarding.review.corrected')
    : `${t('onboarding.review.confidence', { value: Math.round(dirigeantsConfidence * 100) })}${dirigeantsLow ? ` — ${t('onboarding.review.lowConfidence')}` : ''}`;

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save.advance();
      }}
    >
      <h2>{t('onboarding.review.title')}</h2>
      <p className="muted">{t('onboarding.review.help')}</p>
      <p>
        {t('onboarding.review.documentType', {
          type: t(`onboarding.review.types.${fields.document_type.value}`),
        })}
      </p>
      <ErrorBanner error={save.error} />
      <div className="grid-2">
        {REVIEW_FIELDS.map((field) => {
          const source = sourceField(field);
          const confidence = fields[source].confidence;
          const corrected = review.corrected.includes(source);
          const value = values[field] ?? '';
          const low = !corrected && value.trim() !== '' && confidence < LOW_CONFIDENCE;
          const percent = Math.round(confidence * 100);
          const help = corrected
            ? t('onboarding.review.corrected')
            : `${t('onboarding.review.confidence', { value: percent })}${low ? ` — ${t('onboarding.review.lowConfidence')}` : ''}`;
          return (
            <div
              key={field}
              className={`onb-review-field ${low ? 'onb-low' : ''} ${LONG_FIELDS.has(field) ? 'onb-wide' : ''}`}
              data-confidence={confidence}
            >
              <Field
                label={t(`onboarding.fields.${field}`)}
                error={issueText(save.issues[field])}
                help={help}
              >
                {(props) =>
                  LONG_FIELDS.has(field) ? (
                    <textarea
                      {...props}
                      name={field}
                      rows={3}
                      value={value}
                      onChange={(event) =>
                        setValues((current) => ({ ...current, [field]: event.target.value }))
                      }
                    />
                  ) : (
                    <input
                      {...props}
                      name={field}
                      value={value}
                      placeholder={field.startsWith('date_') ? 'AAAA-MM-JJ' : undefined}
                      onChange={(event) =>
                        setValues((current) => ({ ...current, [field]: event.target.value }))
                      }
                    />
                  )
                }
              </Field>
            </div>
          );
        })}
      </div>
      <fieldset
        className={`onb-dirigeants ${dirigeantsLow ? 'onb-low' : ''}`}
        data-confidence={dirigeantsConfidence}
        aria-describedby={dirigeantsHelpId}
      >
        <legend>{t('onboarding.review.dirigeants')}</legend>
        <p id={dirigeantsHelpId} className="field-help">
          {dirigeantsHelp}
        </p>
        {dirigeants.length === 0 ? (
          <p className="muted">{t('onboarding.review.noDirigeants')}</p>
        ) : null}
        {dirigeants.map((dirigeant, index) => {
          const number = index + 1;
          const update = (patch: Partial<typeof dirigeant>) =>
            setDirigeants(dirigeants.map((d, i) => (i === index ? { ...d, ...patch } : d)));
          return (
            <div
              key={index}
              className="card onb-dirigeant"
              role="group"
              aria-label={t('onboarding.review.dirigeantGroup', { index: number })}
            >
              <div className="grid-2">
                {DIRIGEANT_PARTS.map(([part, label]) => (
                  <Field
                    key={part}
                    label={t(`onboarding.review.${label}`, { index: number })}
                    error={issueText(save.issues[`dirigeants.${index}.${part}`])}
                    required={part !== 'prenoms'}
                  >
                    {(props) => (
                      <input
                        {...props}
                        name={`dirigeants.${index}.${part}`}
                        autoComplete="off"
                        value={dirigeant[part]}
                        onChange={(event) => update({ [part]: event.target.value })}
                      />
                    )}
                  </Field>
                ))}
              </div>
              <Button
                aria-label={t('onboarding.review.removeDirigeantLabel', { index: number })}
                onClick={() => setDirigeants(dirigeants.filter((_, i) => i !== index))}
              >
                {t('onboarding.review.removeDirigeant')}
              </Button>
            </div>
          );
        })}
        <Button
          disabled={dirigeants.length >= MAX_DIRIGEANTS}
          onClick={() => setDirigeants([...dirigeants, { nom: '', prenoms: '', role: '' }])}
        >
          {t('onboarding.review.addDirigeant')}
        </Button>
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
