// Where a frame's main-thread time goes, from a Chrome trace: each event's self time (its duration less its
// children's) is put in one of a few buckets, and events are split into frames at the marks the page leaves in
// requestAnimationFrame (performance.mark('frame')).

/** Trace event names, by the bucket DevTools' Performance panel shows them in. */
const BUCKETS = {
  script: ['FunctionCall', 'EvaluateScript', 'v8.compile', 'V8.Execute', 'TimerFire', 'FireAnimationFrame', 'EventDispatch',
    'RunMicrotasks', 'v8.callFunction', 'MajorGC', 'MinorGC', 'BlinkGC.AtomicPhase'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'],
  layout: ['Layout', 'UpdateLayerTree', 'HitTest', 'IntersectionObserverController::computeIntersections'],
  paint: ['Paint', 'PaintImage', 'PrePaint', 'Decode Image', 'RasterTask'],
  layerize: ['Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit', 'LayerTreeHostImpl::PrepareToDraw', 'UpdateLayers'],
};
const BUCKET_OF = new Map(Object.entries(BUCKETS).flatMap(([bucket, names]) => names.map((name) => [name, bucket])));
/** An event's bucket. The garbage collector's phases (V8.GC_SCAVENGER_…, many names) are script's, as in DevTools; what
 * is left, mostly RunTask's own time between its children (the scheduler, uninstrumented work), is other. */
const bucketOf = (name) => BUCKET_OF.get(name) ?? (name.startsWith('V8.GC') ? 'script' : 'other');
export const BUCKET_NAMES = [...Object.keys(BUCKETS), 'other'];

/** The renderer's main thread: the one thread named CrRendererMain that holds the page's frame marks. */
function mainThread(events) {
  const marks = events.filter((e) => e.name === 'frame' && e.cat?.includes('blink.user_timing'));
  if (marks.length === 0) return null;
  return { pid: marks[0].pid, tid: marks[0].tid, marks: marks.map((e) => e.ts).sort((a, b) => a - b) };
}

/** Self time (µs) of every complete event on one thread, with its start. */
function selfTimes(events, pid, tid) {
  const complete = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = [];
  const stack = [];
  for (const event of complete) {
    while (stack.length && stack.at(-1).end <= event.ts) stack.pop();
    const record = { name: event.name, ts: event.ts, self: event.dur, end: event.ts + event.dur };
    if (stack.length) stack.at(-1).record.self -= event.dur;
    stack.push({ end: record.end, record });
    out.push(record);
  }
  return out;
}

/**
 * The split of a median frame: frames are the spans between consecutive marks; the frame whose busy time is the
 * median is reported, bucket by bucket, in ms, with the median busy time.
 */
export function medianFrameSplit(traceEvents) {
  const thread = mainThread(traceEvents);
  if (!thread || thread.marks.length < 3) return null;
  const frames = thread.marks.slice(1).map(() => Object.fromEntries(BUCKET_NAMES.map((b) => [b, 0])));
  const records = selfTimes(traceEvents, thread.pid, thread.tid);
  let f = 0;
  for (const record of records) {
    if (record.ts < thread.marks[0]) continue;
    while (f < frames.length && record.ts >= thread.marks[f + 1]) f += 1;
    if (f >= frames.length) break;
    frames[f][bucketOf(record.name)] += Math.max(0, record.self) / 1000;
  }
  const busy = (frame) => BUCKET_NAMES.reduce((sum, b) => sum + frame[b], 0);
  const sorted = [...frames].sort((a, b) => busy(a) - busy(b));
  const median = sorted[Math.floor(sorted.length / 2)];
  return { ...median, busy: busy(median), frames: frames.length };
}
