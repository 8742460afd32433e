import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@shared/workshop/phone';
import type { Customer } from '@shared/api/customers';
import { CustomerInput } from '@shared/api/customers';
import { useMutation } from '../../api/hooks';
import { navigate, routeParams } from '../../app/router';
import { Button, ErrorBanner, Field } from '../../ui/components';
import type { FieldErrors } from './form-errors';
import { fieldErrorsFromApi, fieldErrorsFromZod } from './form-errors';

type TextField =
  | 'firstName'
  | 'lastName'
  | 'companyName'
  | 'phone'
  | 'email'
  | 'addressLine'
  | 'postalCode'
  | 'city'
  | 'notes';

interface Draft {
  kind: 'person' | 'company';
  texts: Record<TextField, string>;
  consentSms: boolean;
  consentEmail: boolean;
  consentMarketing: boolean;
}

function draftFrom(customer: Customer | null): Draft {
  const text = (value: string | null | undefined) => value ?? '';
  return {
    kind: customer?.kind ?? 'person',
    texts: {
      firstName: text(customer?.firstName),
      lastName: text(customer?.lastName),
      companyName: text(customer?.companyName),
      phone: customer?.phone ? formatPhone(customer.phone) : '',
      email: text(customer?.email),
      addressLine: text(customer?.addressLine),
      postalCode: text(customer?.postalCode),
      city: text(customer?.city),
      notes: text(customer?.notes),
    },
    consentSms: customer?.consentSms ?? false,
    consentEmail: customer?.consentEmail ?? false,
    consentMarketing: customer?.consentMarketing ?? false,
  };
}

export function CustomerForm({ customer }: { customer: Customer | null }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(customer));
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation('customers.create');
  const update = useMutation('customers.update');
  const apiError = customer ? update.error : create.error;

  const setText = (field: TextField, value: string) =>
    setDraft((current) => ({ ...current, texts: { ...current.texts, [field]: value } }));

  const submit = async () => {
    const values = {
      kind: draft.kind,
      ...draft.texts,
      consentSms: draft.consentSms,
      consentEmail: draft.consentEmail,
      consentMarketing: draft.consentMarketing,
    };
    const local = CustomerInput.safeParse(values);
    if (!local.success) {
      setErrors(fieldErrorsFromZod(local.error));
      return;
    }
    setErrors({});
    const saved = customer
      ? await update.run({ id: customer.id, revision: customer.revision, values })
      : await create.run(values);
    if (!saved) return;
    // Coming from the Atelier with a VIN read from the car: go straight to the vehicle form.
    const handed = routeParams();
    navigate(
      !customer && handed.has('vin')
        ? `/clients/${saved.id}/vehicles/new?${handed.toString()}`
        : `/clients/${saved.id}`,
    );
  };

  const allErrors = { ...fieldErrorsFromApi(apiError), ...errors };
  const text = (
    field: TextField,
    options: { type?: string; autoComplete?: string; required?: boolean } = {},
  ) => (
    <Field
      label={t(`customer.${field}`)}
      error={allErrors[field] ? t(allErrors[field]) : null}
      required={options.required ?? false}
    >
      {(props) => (
        <input
          {...props}
          name={field}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          value={draft.texts[field]}
          onChange={(event) => setText(field, event.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorBanner error={apiError && apiError.code !== 'BAD_REQUEST' ? apiError : null} />
      <fieldset className="segmented">
        <legend>{t('customer.kind')}</legend>
        {(['person', 'company'] as const).map((kind) => (
          <label key={kind} className={draft.kind === kind ? 'active' : ''}>
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => setDraft((current) => ({ ...current, kind }))}
            />
            {t(`customer.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        {draft.kind === 'company' ? text('companyName', { required: true }) : null}
        {text('lastName', { required: draft.kind === 'person', autoComplete: 'family-name' })}
        {text('firstName', { autoComplete: 'given-name' })}
        {text('phone', { type: 'tel', autoComplete: 'tel' })}
        {text('email', { type: 'email', autoComplete: 'email' })}
        {text('addressLine', { autoComplete: 'street-address' })}
        {text('postalCode', { autoComplete: 'postal-code' })}
        {text('city', { autoComplete: 'address-level2' })}
      </div>
      <fieldset className="checkboxes">
        <legend>{t('customer.consents')}</legend>
        {(['consentSms', 'consentEmail', 'consentMarketing'] as const).map((consent) => (
          <label key={consent}>
            <input
              type="checkbox"
              name={consent}
              checked={draft[consent]}
              onChange={(event) =>
                setDraft((current) => ({ ...current, [consent]: event.target.checked }))
              }
            />
            {t(`customer.${consent}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('customer.notes')}>
        {(props) => (
          <textarea
            {...props}
            name="notes"
            rows={3}
            value={draft.texts.notes}
            onChange={(event) => setText('notes', event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <Button onClick={() => navigate(customer ? `/clients/${customer.id}` : '/clients')}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" disabled={create.pending || update.pending}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
