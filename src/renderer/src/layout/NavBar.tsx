import { useOperator } from '../features/access/OperatorContext';
import { TimeZoneSwitch } from '../features/timeZone/TimeZoneSwitch';
import { sectionsFor } from './sections';

export function NavBar({ route }: { route: string }) {
  const sections = sectionsFor(useOperator());
  return (
    <nav className="nav" aria-label="Sections">
      <span className="brand">Audit Console</span>
      {sections.map((section) => (
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
