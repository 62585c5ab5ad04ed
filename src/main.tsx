import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadSceneCode } from './ui/sceneCode.ts';
import { preloadLater } from './ui/later.ts';
import { readEnvironment } from './ui/environment.ts';
import { FIRST_SCREEN, firstScreenKey, PRERENDERED } from './ui/firstScreen.ts';
import { Page } from './ui/Page.tsx';
import { useStore } from './store/store.ts';
import './ui/styles/index.css';

// The drawing code is fetched at once, beside the first render, not after it.
void loadSceneCode().catch(() => {
  // Each scene says so in the page and offers to try again.
});

// The page's surroundings are read once, here, and the page opens as its link says before the first render.
useStore.getState().start(readEnvironment(window));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// index.html holds the first screen prerendered for the page opened with no query string (scripts/prerender.mjs),
// with the key of the state it shows. Opened in that same state, at the top level, the page takes that markup over
// (hydrates it); opened any other way (a link to another step or state, embedded, reduced motion), it renders
// afresh, as a page with an empty #root does. public/first-screen.js has hidden the markup meanwhile.
const prerendered = root.getAttribute(PRERENDERED);
const hydrate =
  prerendered !== null &&
  prerendered === firstScreenKey(useStore.getState()) &&
  window.top === window.self &&
  !document.documentElement.hasAttribute(FIRST_SCREEN);
// Two other windows share this entry: ?print=1 opens the printable handout in place of the page, and ?speaker=1 the
// presenter's own window (notes, the next step, a timer) that S opens. Either replaces the page.
const query = new URLSearchParams(window.location.search);
const handout = () => import('./ui/handout/index.tsx');
if (query.get('print') === '1') void handout().then((code) => code.openHandout(root));
else if (query.get('speaker') === '1') void import('./ui/speaker/SpeakerView.tsx').then((code) => code.openSpeakerPage(root));
else {
  if (hydrate) {
    // The markup is the app's from the first commit on: the styles that held its room until then step aside.
    hydrateRoot(root, <Page onShown={() => root.removeAttribute(PRERENDERED)} />);
  } else {
    root.replaceChildren();
    root.removeAttribute(PRERENDERED);
    createRoot(root).render(<Page />);
  }
  // The rest of the page's code (panels below the fold, dialogs, the story's activities) follows straight after, and
  // the handout's after them, ready to be drawn as a print begins (without it, a print shows the page as it stands).
  void preloadLater()
    .catch(() => undefined)
    .then(handout)
    .then((code) => code.printAsHandout())
    .catch(() => undefined);
}
