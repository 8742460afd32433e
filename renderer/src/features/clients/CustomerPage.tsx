import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@shared/workshop/phone';
import type { Vehicle } from '@shared/api/vehicles';
import { useMutation, useQuery } from '../../api/hooks';
import { navigate } from '../../app/router';
import { Button, ConfirmDialog, ErrorBanner } from '../../ui/components';
import { VehicleRecalls } from '../recalls/VehicleRecalls';
import { CustomerForm } from './CustomerForm';
import { VehicleForm } from './VehicleForm';

type Mode = 'view' | 'edit' | 'newVehicle' | 'editVehicle';

function vehicleLabel(vehicle: Vehicle): string {
  return (
    [vehicle.plate, vehicle.make, vehicle.model].filter(Boolean).join(' · ') || (vehicle.vin ?? '')
  );
}

export function CustomerPage({
  id,
  mode,
  vehicleId,
}: {
  id: string;
  mode: Mode;
  vehicleId: string | null;
}) {
  const { t } = useTranslation();
  const isNew = id === 'new';
  const { data, error } = useQuery('customers.get', isNew ? null : { id }, [
    'customer',
    'vehicle',
    'mileageReading',
  ]);
  const deleteCustomer = useMutation('customers.delete');
  const deleteVehicle = useMutation('vehicles.delete');
  const [confirm, setConfirm] = useState<
    { kind: 'customer' } | { kind: 'vehicle'; vehicle: Vehicle } | null
  >(null);

  if (isNew) {
    return (
      <section className="page" aria-labelledby="customer-title">
        <h1 id="customer-title">{t('clients.newCustomer')}</h1>
        <CustomerForm customer={null} />
      </section>
    );
  }
  if (error) {
    return (
      <section className="page">
        <ErrorBanner error={error} />
        <Button onClick={() => navigate('/clients')}>{t('common.back')}</Button>
      </section>
    );
  }
  if (!data) return <p className="page muted">{t('app.loading')}</p>;
  const { customer, vehicles } = data;
  const name =
    customer.kind === 'company'
      ? (customer.companyName ?? '')
      : [customer.lastName?.toUpperCase(), customer.firstName].filter(Boolean).join(' ');

  if (mode === 'edit') {
    return (
      <section className="page" aria-labelledby="customer-title">
        <h1 id="customer-title">{name}</h1>
        <CustomerForm key={customer.revision} customer={customer} />
      </section>
    );
  }
  if (mode === 'newVehicle' || mode === 'editVehicle') {
    const vehicle = vehicles.find((candidate) => candidate.id === vehicleId) ?? null;
    return (
      <section className="page" aria-labelledby="vehicle-title">
        <h1 id="vehicle-title">
          {vehicle ? vehicleLabel(vehicle) : t('clients.addVehicle')} — {name}
        </h1>
        <VehicleForm key={vehicle?.revision ?? 'new'} customerId={customer.id} vehicle={vehicle} />
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="customer-title">
      <header className="page-header">
        <div>
          <p className="muted">
            <a href="#/clients">{t('clients.title')}</a> / {t('clients.detailTitle')}
          </p>
          <h1 id="customer-title">{name}</h1>
        </div>
        <div className="actions">
          <Button onClick={() => navigate(`/clients/${customer.id}/edit`)}>
            {t('common.edit')}
          </Button>
          <Button variant="danger" onClick={() => setConfirm({ kind: 'customer' })}>
            {t('clients.deleteCustomer')}
          </Button>
        </div>
      </header>
      <ErrorBanner error={deleteCustomer.error ?? deleteVehicle.error} />
      <dl className="details">
        <dt>{t('customer.phone')}</dt>
        <dd>{customer.phone ? formatPhone(customer.phone) : t('common.none')}</dd>
        <dt>{t('customer.email')}</dt>
        <dd>{customer.email ?? t('common.none')}</dd>
        <dt>{t('customer.addressLine')}</dt>
        <dd>
          {[customer.addressLine, customer.postalCode, customer.city].filter(Boolean).join(', ') ||
            t('common.none')}
        </dd>
        <dt>{t('customer.consents')}</dt>
        <dd>
          {[
            customer.consentSms ? 'SMS' : null,
            customer.consentEmail ? 'E-mail' : null,
            customer.consentMarketing ? 'Marketing' : null,
          ]
            .filter(Boolean)
            .join(', ') || t('common.none')}
        </dd>
      </dl>
      <header className="page-header">
        <h2>{t('clients.vehicles')}</h2>
        <Button variant="primary" onClick={() => navigate(`/clients/${customer.id}/vehicles/new`)}>
          + {t('clients.addVehicle')}
        </Button>
      </header>
      {vehicles.length === 0 ? <p className="empty">{t('clients.noVehicles')}</p> : null}
      <ul className="cards" aria-label={t('clients.vehicles')}>
        {vehicles.map((vehicle) => (
          <li key={vehicle.id} className="card">
            <p className="plate plate-large">{vehicle.plate ?? t('common.none')}</p>
            <p>
              <strong>
                {[vehicle.make, vehicle.model, vehicle.year].filter(Boolean).join(' ')}
              </strong>
            </p>
            <p className="mono">{vehicle.vin ?? t('common.none')}</p>
            <p className="muted">
              {vehicle.fuel ? t(`vehicle.fuels.${vehicle.fuel}`) : null}
              {vehicle.lastMileageKm !== null
                ? ` · ${vehicle.lastMileageKm.toLocaleString('fr-FR')} km`
                : null}
            </p>
            {vehicle.vinCheckDigitWarning ? (
              <p className="banner banner-warning">{t('vehicle.vinCheckDigitWarning')}</p>
            ) : null}
            <VehicleRecalls vehicleId={vehicle.id} />
            <div className="actions">
              <Button onClick={() => navigate(`/clients/${customer.id}/vehicles/${vehicle.id}`)}>
                {t('common.edit')}
              </Button>
              <Button variant="danger" onClick={() => setConfirm({ kind: 'vehicle', vehicle })}>
                {t('common.delete')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={confirm !== null}
        title={
          confirm?.kind === 'vehicle' ? t('clients.deleteVehicle') : t('clients.deleteCustomer')
        }
        body={
          confirm?.kind === 'vehicle'
            ? t('clients.deleteVehicleConfirm', { label: vehicleLabel(confirm.vehicle) })
            : t('clients.deleteCustomerConfirm', { name, count: vehicles.length })
        }
        confirmLabel={t('common.delete')}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const current = confirm;
          setConfirm(null);
          if (current?.kind === 'vehicle') void deleteVehicle.run({ id: current.vehicle.id });
          else
            void deleteCustomer.run({ id: customer.id }).then((done) => {
              if (done) navigate('/clients');
            });
        }}
      />
    </section>
  );
}
