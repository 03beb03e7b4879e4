import { parentPort, workerData } from 'node:worker_threads';
import type { KitOptions } from '../kit/options.js';
import { Renderer } from '../kit/render-jobs.js';
import { fontStack } from '../layout/render-pdf.js';
import { saveBuildCaches, prepareBuildThread } from './caches.js';
import { nodeJobOutput } from './job-output.js';
import { nodeFiles } from './node-files.js';
import { toWire, type FromWorker, type ToWorker } from './render-pool.js';

/** A render thread: receives the lessons once, then jobs; answers with the files it wrote. */
const { options } = workerData as { options: KitOptions };
// Parse the fonts now, while the main thread is still reading the lessons.
prepareBuildThread(options);
fontStack(options.font, nodeFiles);

let renderer: Renderer | undefined;
let epoch: number | undefined;
const port = parentPort!;
port.on('message', (m: ToWorker) => {
  if (m.type === 'context') {
    // Watch mode sends a context per rebuild: templates stay compiled while they are unchanged.
    const same = m.context.templatesEpoch !== undefined && m.context.templatesEpoch === epoch;
    renderer = new Renderer(m.context, nodeFiles, nodeJobOutput, same ? renderer?.compiledTemplates : undefined);
    epoch = m.context.templatesEpoch;
    return;
  }
  if (m.type === 'finish') {
    saveBuildCaches();
    port.postMessage({ type: 'finished' } satisfies FromWorker);
    return;
  }
  renderer!.run(m.job).then(
    (files) => port.postMessage({ type: 'done', id: m.id, files } satisfies FromWorker),
    (e: unknown) => port.postMessage({ type: 'failed', id: m.id, error: toWire(e) } satisfies FromWorker),
  );
});
