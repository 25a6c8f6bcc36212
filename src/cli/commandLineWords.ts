import { rejectedCredentialsStep } from '../main/sources/elasticsearch/elasticsearchErrors';

const SETTINGS_STEPS = [true, false].flatMap((usesApiKey) =>
  [true, false].map((expired) => rejectedCredentialsStep(usesApiKey, expired)),
);

/**
 * A sentence of the console's as the command line says it: the step that sends the operator to Settings
 * to mend refused credentials names what the command line reads them from instead (`credentialsStep`).
 */
export function forCommandLine(sentence: string, credentialsStep: string): string {
  return SETTINGS_STEPS.reduce((text, step) => text.split(step).join(credentialsStep), sentence);
}
