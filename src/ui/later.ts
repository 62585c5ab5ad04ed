import { deferred } from './deferred.tsx';

// Parts of the page kept out of its first script: none is needed to paint the first screen, and each loads at once
// after it (see main.tsx), so they are there by the time a reader scrolls or clicks.
export const Assumptions = deferred(() => import('./Assumptions.tsx').then((m) => m.Assumptions));
export const DownloadPicture = deferred(() => import('./DownloadPicture.tsx').then((m) => m.DownloadPicture));
export const ShareTools = deferred(() => import('./Share.tsx').then((m) => m.ShareTools));
// The legends come with the pictures they explain, which load apart too (sceneCode.ts).
export const StreetLegend = deferred(() => import('./Legend.tsx').then((m) => m.StreetLegend));
export const BuildingLegend = deferred(() => import('./Legend.tsx').then((m) => m.BuildingLegend));
export const StartupRace = deferred(() => import('./story/StartupRace.tsx').then((m) => m.StartupRace));
export const UnwantedGuests = deferred(() => import('./story/UnwantedGuests.tsx').then((m) => m.UnwantedGuests));
export const MiddleGrounds = deferred(() => import('./story/UnwantedGuests.tsx').then((m) => m.MiddleGrounds));

/** Starts loading every deferred part; resolves when all have arrived. */
export function preloadLater(): Promise<unknown> {
  return Promise.all([Assumptions, DownloadPicture, ShareTools, StreetLegend, BuildingLegend, StartupRace, UnwantedGuests, MiddleGrounds].map((part) => part.preload()));
}
