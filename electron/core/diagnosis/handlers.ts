import type { diagnosisApi } from '@shared/api/diagnosis';
import { AppError } from '@shared/api/errors';
import type { CoreContext } from '../app/core-context';
import type { HandlersOf } from '../app/handlers';
import { DiagnosisService } from './diagnosis-service';
import { lookupDtc } from './dtc-lookup';
import { KnowledgeBaseHolder } from './knowledge-base-loader';
import { RepairOutcomeRepository } from './repair-outcome-repository';
import { exportReportPdf } from './report-export';
import type { RecallService } from '../recalls/recall-service';

/** One knowledge base and one service per core, loaded on the first diagnosis request. */
export function createDiagnosisService(context: CoreContext): DiagnosisService {
  return new DiagnosisService(
    context,
    new KnowledgeBaseHolder(),
    new RepairOutcomeRepository(context.database, context.writer),
  );
}

export function diagnosisHandlers(
  context: CoreContext,
  recalls: RecallService,
  service: DiagnosisService = createDiagnosisService(context),
): HandlersOf<typeof diagnosisApi> {
  return {
    'diagnosis.lookupDtc': async (input) => {
      const result = lookupDtc(input.code, input.lang, service.knowledgeBase());
      // The input schema already checked the code's shape; this is a guard, not a path.
      if (!result) {
        throw new AppError(
          'VALIDATION',
          { fr: `Code défaut invalide : ${input.code}.`, en: `Invalid fault code: ${input.code}.` },
          { code: input.code },
        );
      }
      return result;
    },
    'diagnosis.diagnoseSession': (input) => service.diagnoseSession(input.sessionId),
    'diagnosis.getReport': (input) => service.getReport(input.sessionId),
    'diagnosis.listSessions': async (input) => ({
      sessions: await service.listSessions(input.vehicleId),
    }),
    'diagnosis.recordResolution': (input) => service.recordResolution(input.sessionId, input.text),
    'diagnosis.recordOutcome': (input) => service.repairOutcomes.record(input),
    'diagnosis.listOutcomes': async (input) => ({
      outcomes: await service.repairOutcomes.forSession(input.sessionId),
    }),
    'diagnosis.deleteOutcome': async (input) => {
      await service.repairOutcomes.remove(input.id);
      return { deleted: true as const };
    },
    'diagnosis.exportReportPdf': async (input) => {
      const pdf = await exportReportPdf(context, service, input.sessionId, input.lang, (id) =>
        recalls.forVehicle(id),
      );
      return {
        fileName: pdf.fileName,
        mimeType: 'application/pdf' as const,
        base64: pdf.bytes.toString('base64'),
      };
    },
  };
}
