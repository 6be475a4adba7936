/** Page header: title, language switch, evaluation date, and the rules version and hash every result rests on. */
import { AsOfField } from './AsOfField.tsx';
import { DraftsLink } from './DraftsLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LargeTypeSwitch } from './LargeTypeSwitch.tsx';
import { useShell, useMessages } from './app-context.ts';

/** The header band. */
export function Header() {
  const { rules, view } = useShell();
  const m = useMessages();
  const { version, hash } = rules;
  return (
    <header class="site-header">
      <div class="header-bar">
        <h1 tabIndex={-1}>{m.title}</h1>
        <div class="header-tools">
          <DraftsLink />
          <LargeTypeSwitch />
          <LanguageSwitch />
        </div>
      </div>
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
    </header>
  );
}
