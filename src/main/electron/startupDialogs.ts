import { dialog } from 'electron';
import type { AskAtStart } from '../startup/checkSettingsAtStart';
import { describeStartupFailure } from '../startup/describeStartupFailure';

/** Asks a start-up question in a window; closing it picks the last, safe choice. */
export const askInWindow: AskAtStart = async (question) => {
  const safe = question.choices.length - 1;
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: question.choices.map((choice) => choice.label),
    defaultId: safe,
    cancelId: safe,
    noLink: true,
  });
  return question.choices[response]?.id ?? question.choices[safe]?.id ?? 'quit';
};

/** Says in a window why the console could not start. */
export function showStartupFailure(error: unknown): void {
  const { title, message } = describeStartupFailure(error);
  dialog.showErrorBox(title, message);
}
