import { navigate } from '../../routing/useHashRoute';
import { IgnoredParams } from '../logGrid/IgnoredParams';
import type { IgnoredParam } from '../logGrid/readRoute';

interface IgnoredLinkParamsProps {
  ignored: readonly IgnoredParam[];
  /** The page's own link without what it ignores, which the notice's button opens. */
  path: string;
  /** The page's title, which takes the focus once the notice and its button are gone. */
  titleId: string;
  /** What the page shows meanwhile, after "so" (see IgnoredParams). */
  meanwhile: string;
  /** What the button shows without them: "the change". */
  showing: string;
}

/**
 * Under the title of a diff, history or bulk page, or of a client's page on its Sessions or Coverage view: the parameters of its link
 * it does not use, each with why, as the Risk page and the grids name them. The page still shows what it
 * can; nothing is shown when the link holds none.
 */
export function IgnoredLinkParams({ ignored, path, titleId, meanwhile, showing }: IgnoredLinkParamsProps) {
  if (ignored.length === 0) return null;
  const showWithout = () => {
    navigate(path);
    document.getElementById(titleId)?.focus();
  };
  return <IgnoredParams ignored={ignored} onShowWithout={showWithout} meanwhile={meanwhile} showing={showing} />;
}
