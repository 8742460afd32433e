import { AppError } from '@shared/api/errors';
import type { VehicleRecall } from '@shared/api/recalls';
import type { Lang } from '@shared/diagnosis';
import { notFound } from '../db/synced-writer';
import { DEFAULT_ADAPTER, SettingsRepository } from '../settings/settings-repository';
import type { DiagnosisContext, DiagnosisService } from './diagnosis-service';
import { renderReportPdf } from './report-pdf';

export interface ExportedPdf {
  fileName: string;
  bytes: Buffer;
}

function safeFilePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/**
 * The stored report of a session as a PDF with the garage's header. A session not diagnosed yet
 * is refused rather than diagnosed here: exporting must never change what was stored.
 */
export async function exportReportPdf(
  context: DiagnosisContext,
  service: DiagnosisService,
  sessionId: string,
  lang: Lang,
  recallsOf: (vehicleId: string) => Promise<VehicleRecall[]> = async () => [],
): Promise<ExportedPdf> {
  const db = context.database.db;
  const session = await db
    .selectFrom('diagnosticSession')
    .select(['id', 'vehicleId', 'startedAt', 'technician', 'mileageKm'])
    .where('id', '=', sessionId)
    .where('deletedAt', 'is', null)
    .executeTakeFirst();
  if (!session) throw notFound('diagnosticSession', sessionId);
  const stored = await service.getReport(sessionId);
  if (!stored) {
    throw new AppError(
      'NOT_FOUND',
      {
        fr: 'Cette session n’a pas encore de rapport : lancez d’abord le diagnostic.',
        en: 'This session has no report yet: run the diagnosis first.',
      },
      { sessionId, reason: 'no_report' },
    );
  }
  const vehicle =
    session.vehicleId === null
      ? null
      : ((await db
          .selectFrom('vehicle')
          .select(['plate', 'vin', 'make', 'model', 'year', 'engine'])
          .where('id', '=', session.vehicleId)
          .executeTakeFirst()) ?? null);
  const mileage =
    session.mileageKm ??
    (session.vehicleId === null
      ? null
      : ((
          await db
            .selectFrom('mileageReading')
            .select('km')
            .where('vehicleId', '=', session.vehicleId)
            .where('deletedAt', 'is', null)
            .where('readAt', '<=', session.startedAt)
            .orderBy('readAt', 'desc')
            .executeTakeFirst()
        )?.km ?? null));
  const settings = await new SettingsRepository(context.database, {
    adapter: DEFAULT_ADAPTER,
  }).get();
  const recalls = session.vehicleId === null ? [] : await recallsOf(session.vehicleId);
  const contextReasons = new Map(
    service.knowledgeBase().contextRules.map((rule) => [rule.id, rule.reason] as const),
  );
  const bytes = await renderReportPdf({
    stored,
    session: { startedAt: session.startedAt, technician: session.technician, mileageKm: mileage },
    vehicle,
    garage: settings.garage,
    lang,
    recalls,
    contextReasons,
  });
  const who = safeFilePart(vehicle?.plate ?? vehicle?.vin ?? sessionId.slice(0, 8));
  const prefix = lang === 'fr' ? 'diagnostic' : 'diagnosis';
  return { fileName: `${prefix}-${who}-${session.startedAt.slice(0, 10)}.pdf`, bytes };
}
