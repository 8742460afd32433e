import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '@shared/workshop/phone';
import { useQuery } from '../../api/hooks';
import { navigate } from '../../app/router';
import { Button, ErrorBanner } from '../../ui/components';
import { CustomerPage } from './CustomerPage';

const SEARCH_STORAGE_KEY = 'novaevo.clients.query';

function CustomerList() {
  const { t } = useTranslation();
  const [query, setQuery] = useState(() => sessionStorage.getItem(SEARCH_STORAGE_KEY) ?? '');
  // Typing stays responsive while the previous results are still on screen.
  const deferredQuery = useDeferredValue(query);
  const { data, error, loading } = useQuery(
    'customers.search',
    { query: deferredQuery, limit: 100 },
    ['customer', 'vehicle'],
  );

  return (
    <section className="page" aria-labelledby="clients-title">
      <header className="page-header">
        <h1 id="clients-title">{t('clients.title')}</h1>
        <Button
          variant="primary"
          onClick={() => navigate('/clients/new')}
          aria-keyshortcuts="Alt+N"
        >
          + {t('clients.newCustomer')}
        </Button>
      </header>
      <div className="search">
        <label htmlFor="customer-search" className="visually-hidden">
          {t('clients.search')}
        </label>
        <input
          id="customer-search"
          type="search"
          autoFocus
          placeholder={t('clients.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            sessionStorage.setItem(SEARCH_STORAGE_KEY, event.target.value);
          }}
        />
        {data ? (
          <span className="muted" aria-live="polite">
            {t('clients.count', { count: data.total })}
            {data.totalCapped ? '+' : ''}
          </span>
        ) : null}
      </div>
      <ErrorBanner error={error} />
      {data && data.items.length === 0 ? (
        <p className="empty">
          {deferredQuery.trim() === ''
            ? t('clients.empty')
            : t('clients.noMatch', { query: deferredQuery })}
        </p>
      ) : null}
      {data && data.items.length > 0 ? (
        <table className={`table ${loading ? 'stale' : ''}`}>
          <thead>
            <tr>
              <th scope="col">{t('clients.columns.name')}</th>
              <th scope="col">{t('clients.columns.phone')}</th>
              <th scope="col">{t('clients.columns.city')}</th>
              <th scope="col">{t('clients.columns.vehicles')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((customer) => (
              <tr
                key={customer.id}
                className="clickable"
                onClick={() => navigate(`/clients/${customer.id}`)}
              >
                <td>
                  <a href={`#/clients/${customer.id}`}>{customer.displayName}</a>
                </td>
                <td>{customer.phone ? formatPhone(customer.phone) : t('common.none')}</td>
                <td>{customer.city ?? t('common.none')}</td>
                <td>
                  {customer.vehicles.map((vehicle) => (
                    <span key={vehicle.id} className="plate" title={vehicle.label}>
                      {vehicle.plate ?? vehicle.label}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** Routes under #/clients: list, new, detail, edit, vehicle forms. */
export default function ClientsPage({ path }: { path: string[] }) {
  const [, second, third, fourth] = path;
  if (!second) return <CustomerList />;
  return (
    <CustomerPage
      id={second}
      mode={
        third === 'edit'
          ? 'edit'
          : third === 'vehicles'
            ? fourth === 'new'
              ? 'newVehicle'
              : 'editVehicle'
            : 'view'
      }
      vehicleId={third === 'vehicles' && fourth !== 'new' ? (fourth ?? null) : null}
    />
  );
}
