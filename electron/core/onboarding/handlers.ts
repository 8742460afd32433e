import type { onboardingApi } from '@shared/api/onboarding';
import type { CoreContext } from '../app/core-context';
import type { HandlersOf } from '../app/handlers';
import type { OnboardingOptions } from './onboarding-service';
import { OnboardingService, onboardingOptionsFromEnv } from './onboarding-service';

/**
 * The `onboarding.*` namespace. The service owns one OCR worker (started on the first scan,
 * released when idle) and the registry retry timer; both stop when the core closes.
 */
export function onboardingHandlers(
  context: CoreContext,
  options: OnboardingOptions = onboardingOptionsFromEnv(),
): HandlersOf<typeof onboardingApi> {
  const service = new OnboardingService(context, options);
  service.start();
  context.onClose(() => service.close());
  return {
    'onboarding.getDraft': () => service.getDraft(),
    'onboarding.saveStep': (input) => {
      switch (input.step) {
        case 'account':
          return service.saveAccount(input.values, input.advance);
        case 'review':
          return service.saveReview(input.values, input.advance);
        case 'profile':
          return service.saveProfile(input.values, input.advance);
        case 'affiliation':
          return service.saveAffiliation(input.values, input.advance);
      }
    },
    'onboarding.goToStep': (input) => service.goToStep(input.step),
    'onboarding.uploadDocument': (input) => service.uploadDocument(input),
    'onboarding.readDocument': (input) => service.readDocument(input.taskId),
    'onboarding.runChecks': () => service.runChecks(),
    'onboarding.retryRegistryChecks': () => service.retryDue(true),
    'onboarding.activate': () => service.activate(),
    'onboarding.startNew': () => service.startNew(),
    'onboarding.getProfile': (input) => service.getProfile(input.id),
  };
}
