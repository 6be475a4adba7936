/** Entry point: builds the state from the compiled ruleset and renders the page. */
import { render } from 'preact';
import ruleset from 'virtual:ruleset';
import { createAppState } from './state/index.ts';
import { App } from './ui/App.tsx';
import { AppContext } from './ui/app-context.ts';
import './ui/styles.css';

const root = document.getElementById('app');
if (root) {
  const state = createAppState(ruleset, { hash: location.hash });
  window.addEventListener('hashchange', () => state.view.follow(location.hash));
  render(
    <AppContext.Provider value={state}>
      <App />
    </AppContext.Provider>,
    root,
  );
}
