import { useMemo } from 'react';
import { classLink } from '../../store/classLink.ts';
import { STEPS } from '../../store/steps.ts';
import { useStore } from '../../store/store.ts';
import { useSceneCode } from '../sceneCode.ts';
import { HandoutSources } from './HandoutSources.tsx';
import { HandoutStep } from './HandoutStep.tsx';
import { handoutPages } from './pages.ts';

/** The page's address without its query: the explainer itself, from any link to it. */
function explainerAddress(): string {
  return window.location.href.split(/[?#]/)[0]!;
}

/**
 * The printable handout: every step of the story on a page of its own (title, words, the pictures of its scenario
 * and its key figures), then the sources. It is drawn once, from the store as it stands: a print is a snapshot.
 */
export function Handout() {
  const { code } = useSceneCode();
  const pages = useMemo(() => handoutPages(useStore.getState(), code), [code]);
  const address = explainerAddress();
  return (
    <article className="handout" aria-labelledby="handout-title">
      <header className="handout-cover">
        <h1 id="handout-title">Houses &amp; Apartments</h1>
        <p>
          Containers are not lightweight virtual machines: the story in {STEPS.length} steps, one to a page, and the
          sources at the end.
        </p>
      </header>
      {pages.map((page) => (
        <HandoutStep key={page.number} page={page} />
      ))}
      {/* The shortest link to what the page showed (the step alone while its scenario is the step's own): on paper a
          link is typed. */}
      <HandoutSources pageLink={address} scenarioLink={address + classLink(useStore.getState())} />
    </article>
  );
}
