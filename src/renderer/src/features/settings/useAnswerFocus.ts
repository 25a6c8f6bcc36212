import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

type Action = 'test' | 'save';

interface AnswerFocus {
  form: RefObject<HTMLFormElement | null>;
  pending: Action | null;
  /** Each runs its request; answers whether the form still holds what was sent, so the answer is said in it. */
  test: () => Promise<boolean>;
  save: () => Promise<boolean>;
}

/**
 * Where the keyboard goes once a Test or Save is answered (a cancelled Test's Cancel button goes with it):
 * the first field found at fault takes the focus, to be mended; else the form's own message (a cluster not
 * reached), which sits above the fields, out of sight of the buttons in a short window; else the button
 * pressed takes it back. What is at fault is centred, so the sentence saying why shows with it. Taken
 * out of the form while the request ran (to answer a Remove question), the keyboard stays where it went:
 * the answer is said in the form, and pulling the focus there would leave a question unanswered; the
 * fields found at fault then say their errors at once (`fieldErrorsSaidAtOnce`), each after its label.
 */
export function useAnswerFocus({ form, pending, test, save }: AnswerFocus) {
  const testButton = useRef<HTMLButtonElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const formError = useRef<HTMLParagraphElement>(null);
  const outcomeLine = useRef<HTMLParagraphElement>(null);
  /**
   * What the press found is said just below the buttons, and kept in view with the button that has the
   * focus while the list above grows (a saved connection is listed once Settings are read again), until
   * the focus moves on.
   */
  const outcomeInView = useRef(false);
  const [answered, setAnswered] = useState<{ action: Action; count: number } | null>(null);
  const [fieldErrorsSaidAtOnce, setFieldErrorsSaidAtOnce] = useState(false);
  useEffect(() => {
    if (!answered || focusWentElsewhere(form.current)) return;
    const atFault = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formError.current;
    if (atFault) {
      atFault.scrollIntoView({ block: 'center' });
      atFault.focus({ preventScroll: true });
    } else {
      (answered.action === 'test' ? testButton : saveButton).current?.focus();
      outcomeInView.current = true;
      outcomeLine.current?.scrollIntoView({ block: 'nearest' });
    }
  }, [answered, form]);
  useLayoutEffect(() => {
    if (outcomeInView.current) outcomeLine.current?.scrollIntoView({ block: 'nearest' });
  });
  // While one runs, both buttons keep the focus (`aria-disabled`) and a press does nothing.
  const run = (action: Action) => {
    if (pending !== null) return;
    outcomeInView.current = false;
    setFieldErrorsSaidAtOnce(false);
    void (action === 'test' ? test() : save()).then((said) => {
      if (!said) return;
      // Set with the answer's errors, in the render that shows them: a field's error is an alert as it appears.
      setFieldErrorsSaidAtOnce(focusWentElsewhere(form.current));
      setAnswered((last) => ({ action, count: (last?.count ?? 0) + 1 }));
    });
  };
  const onFormFocus = () => {
    outcomeInView.current = false;
  };
  return { run, onFormFocus, testButton, saveButton, formError, outcomeLine, fieldErrorsSaidAtOnce };
}

/** Whether the focus is on a control outside `form`; not when it was lost, its control gone with the request. */
function focusWentElsewhere(form: HTMLFormElement | null): boolean {
  const focused = document.activeElement;
  return focused !== null && focused !== document.body && form !== null && !form.contains(focused);
}
