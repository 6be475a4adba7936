/** Page header: title, language switch, evaluation date, and the rules version and hash every result rests on. */
import { AsOfField } from './AsOfField.tsx';
import { DraftsLink } from './DraftsLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LargeTypeSwitch } from './LargeTypeSwitch.tsx';
import { useLandmarkName, useShell, useMessages } from './app-context.ts';

/** The header band; its second half (the intro, the date, the rules version) once `meta` is true (a step of its own in
 * drawing the page: App.tsx). */
export function Header({ meta }: { meta: boolean }) {
  const { rules, view } = useShell();
  const m = useMessages();
  const landmark = useLandmarkName();
  const { version, hash } = rules;
  return (
    <header class="site-header" aria-label={landmark}>
      <div class="header-bar">
        <h1 tabIndex={-1}>{m.title}</h1>
        <div class="header-tools">
          <DraftsLink />
          <LargeTypeSwitch />
          <LanguageSwitch />
        </div>
      </div>
      {meta && (
        <>
          <p class="intro">{m.intro}</p>
          <div class="header-meta">
            <AsOfField />
            <p class="version" data-testid="rules-version">
              {m.rulesVersion(version, hash)}
              {' · '}
              <a href={view.href('about')} aria-current={view.view.value === 'about' ? 'page' : undefined}>
                {m.aboutLink}
              </a>
            </p>
          </div>
        </>
      )}
    </header>
  );
}
