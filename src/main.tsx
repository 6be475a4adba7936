/** Entry point: builds the state from the compiled ruleset and renders the page. */
import { render } from 'preact';
import ruleset from 'virtual:ruleset';
import { createAppState } from './state/index.ts';
import { App } from './ui/App.tsx';
import { AppContext } from './ui/app-context.ts';
import './ui/styles.css';

const root = document.getElementById('app');
if (root) {
  render(
    <AppContext.Provider value={createAppState(ruleset)}>
      <App />
    </AppContext.Provider>,
    root,
  );
}
