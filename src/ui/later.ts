import { createElement } from 'react';
import { selectEmbedded } from '../store/selectors.ts';
import { useStore } from '../store/store.ts';
import { DOWNLOAD_BUTTONS, SHARE_BUTTONS } from './buttonWords.ts';
import { deferred } from './deferred.tsx';

/** The room a step's activity takes while its code arrives (sized in story.css), so the picture below stays put. */
const waiting = (activity: string) => createElement('div', { className: 'activity activity-waiting', 'data-activity': activity, 'aria-hidden': true });

/**
 * A row of buttons of the same words as the part that will stand there, hidden and inert (first-screen.css): it takes
 * exactly the part's room, in any font, so the claim beside the share tools and the heading below the picture stay
 * where they are when the part arrives. The words are the buttons' own (buttonWords.ts).
 */
const sameRoom = (className: string, words: readonly string[]) =>
  createElement('div', { className: `${className} room-waiting`, 'aria-hidden': true, inert: true }, ...words.map((word) => createElement('button', { key: word, type: 'button', tabIndex: -1 }, word)));

/** The share tools' room, in the masthead; embedded, the share tools are not shown at all. */
function ShareToolsWaiting() {
  return useStore(selectEmbedded) ? null : sameRoom('share-tools', Object.values(SHARE_BUTTONS));
}

// Parts of the page kept out of its first script: none is needed to paint the first screen, and each loads at once
// after it (see main.tsx), so they are there by the time a reader scrolls or clicks.
export const Assumptions = deferred('assumptions panel', () => import('./Assumptions.tsx').then((m) => m.Assumptions));
export const DownloadPicture = deferred('picture download', () => import('./DownloadPicture.tsx').then((m) => m.DownloadPicture), sameRoom('download-picture', Object.values(DOWNLOAD_BUTTONS)));
export const ShareTools = deferred('share tools', () => import('./Share.tsx').then((m) => m.ShareTools), createElement(ShareToolsWaiting));
// The legends come with the pictures they explain, which load apart too (sceneCode.ts).
export const Legend = deferred('legend', () => import('./Legend.tsx').then((m) => m.Legend));
// Shown only when asked for (?, or the Keys button; G): the list of keys and the go-to field come as one part.
export const PresenterDialog = deferred('presenter’s dialog', () => import('./KeysDialog.tsx').then((m) => m.PresenterDialog));
// The QR code and its encoder load only when a presenter asks for them (Q): preloadLater leaves them out.
export const QrDialog = deferred('QR code', () => import('./QrDialog.tsx').then((m) => m.QrDialog));
// Below the picture and the Add buttons, where the first screen does not reach.
export const CostLedger = deferred('table of costs', () => import('./CostLedger.tsx').then((m) => m.CostLedger));
export const HostControls = deferred('machine and view settings', () => import('./HostControls.tsx').then((m) => m.HostControls));
export const WorkloadList = deferred('list of workloads', () => import('./WorkloadList.tsx').then((m) => m.WorkloadList));
export const StartupRace = deferred('start-up race', () => import('./story/StartupRace.tsx').then((m) => m.StartupRace), waiting('race'));
export const Prediction = deferred('question', () => import('./story/Prediction.tsx').then((m) => m.Prediction), waiting('prediction'));
export const UnwantedGuests = deferred('unwanted guests activity', () => import('./story/UnwantedGuests.tsx').then((m) => m.UnwantedGuests), waiting('guests'));
export const SceneNote = deferred('note beside the picture', () => import('./SceneNotes.tsx').then((m) => m.SceneNote));
export const RaceTerms = deferred('what the race counts', () => import('./story/StartupRace.tsx').then((m) => m.RaceTerms));
export const MiddleGrounds = deferred('list of middle grounds', () => import('./story/UnwantedGuests.tsx').then((m) => m.MiddleGrounds));

/** Starts loading every deferred part; resolves when all have arrived. */
export function preloadLater(): Promise<unknown> {
  return Promise.all([Assumptions, DownloadPicture, ShareTools, Legend, PresenterDialog, CostLedger, HostControls, WorkloadList, StartupRace, RaceTerms, Prediction, UnwantedGuests, MiddleGrounds, SceneNote].map((part) => part.preload()));
}
