import { SOURCED_FACTS, type FactSource, type SourcedFact } from '../../model/sources.ts';

interface SourceGroup {
  readonly source: FactSource;
  readonly facts: SourcedFact[];
}

/** The facts grouped by where they are written, in the facts table's order: one entry per page or paper. */
function bySource(): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const fact of SOURCED_FACTS) {
    const key = `${fact.source.url} ${fact.source.title}`;
    const group = groups.get(key) ?? { source: fact.source, facts: [] };
    group.facts.push(fact);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The handout's last pages: every figure's source, its address written out (a printed link must show where it goes)
 * and the words it states, then the explainer's own links.
 */
export function HandoutSources({ pageLink, scenarioLink }: { pageLink: string; scenarioLink: string }) {
  return (
    <section className="handout-page handout-sources" aria-labelledby="handout-sources">
      <h2 id="handout-sources">Sources</h2>
      <p>
        Every figure in these pages is a sourced default of a teaching model, not a benchmark. Each is written here as
        its source states it.
      </p>
      <ol>
        {bySource().map(({ source, facts }) => (
          <li key={`${source.url} ${source.title}`}>
            <cite>{source.title}</cite>
            <br />
            <a href={source.url}>{source.url}</a> <span className="handout-read">(read {source.read})</span>
            <ul>
              {facts.map((fact) => (
                <li key={fact.id}>
                  {fact.label}: <q>{fact.source.stated}</q>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3>The explainer</h3>
      <p>
        Houses &amp; Apartments, to try every step yourself: <a href={pageLink}>{pageLink}</a>
      </p>
      <p>
        The page as it stood when this was printed, to open again: <a href={scenarioLink}>{scenarioLink}</a>
      </p>
    </section>
  );
}
