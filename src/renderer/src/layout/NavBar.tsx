import { TimeZoneSwitch } from '../features/timeZone/TimeZoneSwitch';

export interface Section {
  path: string;
  label: string;
}

export const SECTIONS: readonly Section[] = [
  { path: '/logs', label: 'Operational logs' },
  { path: '/clients', label: 'Clients' },
  { path: '/investigations', label: 'Investigations' },
  { path: '/risk', label: 'Risk' },
  { path: '/journal', label: 'Journal' },
  { path: '/settings', label: 'Settings' },
];

export function NavBar({ route }: { route: string }) {
  return (
    <nav className="nav" aria-label="Sections">
      <span className="brand">Audit Console</span>
      {SECTIONS.map((section) => (
        <a
          key={section.path}
          href={`#${section.path}`}
          aria-current={route.startsWith(section.path) ? 'page' : undefined}
        >
          {section.label}
        </a>
      ))}
      <TimeZoneSwitch />
    </nav>
  );
}
