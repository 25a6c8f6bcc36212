import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TimeZoneChoice } from '../../../../shared/domain/preferences';
import { useApi } from '../../api/ApiContext';
import { zoneOf } from '../../format/formatTimestamp';

export interface TimeZoneState {
  choice: TimeZoneChoice;
  /** The IANA zone times are shown in ("UTC" for UTC). */
  zone: string;
  choose: (choice: TimeZoneChoice) => void;
  /** Why the last choice could not be kept, if it could not. */
  saveError: string | null;
}

const TimeZoneContext = createContext<TimeZoneState>({
  choice: 'local',
  zone: zoneOf('local'),
  choose: () => undefined,
  saveError: null,
});

/** Every view reads times through this: the operator's choice of local time or UTC, kept in main per operator. */
export function TimeZoneProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [choice, setChoice] = useState<TimeZoneChoice>('local');
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.displayPreferences({}).then((result) => {
      if (live && result.ok) setChoice(result.data.timeZone);
    });
    return () => {
      live = false;
    };
  }, [api]);
  const choose = useCallback(
    (next: TimeZoneChoice) => {
      setChoice(next);
      setSaveError(null);
      void api.saveDisplayPreferences({ timeZone: next }).then((result) => {
        if (!result.ok) setSaveError(`Shown for now, but not kept for next time: ${result.message}`);
      });
    },
    [api],
  );
  const state = useMemo(() => ({ choice, zone: zoneOf(choice), choose, saveError }), [choice, choose, saveError]);
  return <TimeZoneContext.Provider value={state}>{children}</TimeZoneContext.Provider>;
}

export function useTimeZone(): TimeZoneState {
  return useContext(TimeZoneContext);
}
